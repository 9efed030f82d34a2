import { describe, expect, it } from 'vitest';
import { citationsByArticle, eventViews } from '../../../src/data/join/events.ts';
import { eventSchema } from '../../../src/schemas/event.ts';
import { articlesBySlug, eventView, events, placeNames } from './fixtures.ts';

const [derna, sirte] = eventView.events;

describe('event view-models', () => {
  it('come in chronological order, each with its page', () => {
    expect(eventView.events.map((e) => [e.id, e.href, e.year])).toEqual([
      ['2014-derna-pledge', '/events/2014-derna-pledge/', 2014],
      ['2016-12-sirte-liberated', '/events/2016-12-sirte-liberated/', 2016],
    ]);
  });

  it('name their places as the gazetteer does, each linking its page', () => {
    expect(sirte?.places).toEqual([
      { id: 'sirte', name: 'سرت', href: '/places/sirte/' },
      { id: 'giza-bahriya', name: 'الجيزة البحرية', href: '/places/giza-bahriya/' },
    ]);
  });

  it('give each claim its article, its own date at its precision, and a link to the quote in the article', () => {
    const [first, second] = sirte!.claims;
    expect(first).toMatchObject({ id: '2016-12-sirte-liberated-1', anchor: 'quote-2016-12-sirte-liberated-1', article: { slug: '2016-12-sirte-reuters' }, date: { label: '5 ديسمبر 2016' } });
    expect(first?.href.startsWith('/articles/2016-12-sirte-reuters/#quote-2016-12-sirte-liberated-1')).toBe(true);
    expect(second).toMatchObject({ article: { slug: '2016-05-misrata' }, date: null });
  });

  it('write the event’s date at its precision, and its type in Arabic', () => {
    expect(sirte).toMatchObject({ date: { label: 'ديسمبر 2016' }, typeLabel: 'تغيّر السيطرة', disputed: false });
    expect(derna).toMatchObject({ date: { label: 'أكتوبر 2014' }, typeLabel: 'مبايعة' });
  });

  it('mark as disputed an event whose sources give dates neither of which holds the other, and draw each date', () => {
    const disputed = eventSchema.parse({
      ...events[1],
      id: '2014-derna-disputed',
      date: { from: '2014-10', to: '2014-11-13' },
      claims: [
        { article: '2016-is-leaving', quote: 'غادر مقاتلون ليبيا نحو الموصل في العراق.', date: { value: '2014-10' } },
        { article: '2016-12-sirte-reuters', quote: 'أعلنت القوات الموالية للحكومة سيطرتها الكاملة على سرت.', date: { value: '2014-11-13' } },
      ],
    });
    const [view] = eventViews([disputed], articlesBySlug, placeNames).events;
    expect(view).toMatchObject({ disputed: true, dateConflict: true });
    expect(view?.dates.map((d) => d.label)).toEqual(['أكتوبر 2014', '13 نوفمبر 2014']);
  });
});

describe('the timeline', () => {
  it('offers the types and places present, with their counts, and the events by year', () => {
    expect(eventView.timeline.types.map((t) => [t.id, t.label, t.count])).toEqual([
      ['control-change', 'تغيّر السيطرة', 1],
      ['pledge', 'مبايعة', 1],
    ]);
    expect(eventView.timeline.places.map((p) => [p.id, p.name, p.count])).toEqual([
      ['giza-bahriya', 'الجيزة البحرية', 1],
      ['derna', 'درنة', 1],
      ['sirte', 'سرت', 1],
    ]);
    expect(eventView.timeline.years.map((y) => [y.year, y.events.map((e) => e.id)])).toEqual([
      [2014, ['2014-derna-pledge']],
      [2016, ['2016-12-sirte-liberated']],
    ]);
  });

  it('lets a reader choose a period from the month before the first event to the month after the last', () => {
    expect(eventView.timeline.months).toEqual({ from: '2014-09', to: '2017-01' });
  });
});

describe('the sentences each article is quoted for', () => {
  it('list, by article, each quote with its anchor and its event', () => {
    const cited = citationsByArticle(eventView.events);
    expect([...cited.keys()].sort()).toEqual(['2016-05-misrata', '2016-12-sirte-reuters', '2016-is-leaving']);
    expect(cited.get('2016-12-sirte-reuters')).toEqual([
      {
        anchor: 'quote-2016-12-sirte-liberated-1',
        quote: 'أعلنت القوات الموالية للحكومة سيطرتها الكاملة على سرت.',
        event: { id: '2016-12-sirte-liberated', title: 'تحرير سرت', href: '/events/2016-12-sirte-liberated/' },
      },
    ]);
  });
});
