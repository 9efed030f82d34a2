import { describe, expect, it } from 'vitest';
import { lexiconGroups, searchLexicon, searchRecords } from '../../../src/data/join/search.ts';
import { articles, eventView, places } from './fixtures.ts';

const records = searchRecords(articles, places, eventView.events);

describe('what search indexes', () => {
  it('is one record per article (newest first), per gazetteer place, then per event (chronological)', () => {
    expect(records.map((r) => [r.type, r.url])).toEqual([
      ['article', '/articles/2016-12-sirte-reuters/'],
      ['article', '/articles/2016-05-misrata/'],
      ['article', '/articles/2016-is-leaving/'],
      ...places.map((p) => ['place', `/places/${p.id}/`]),
      ['event', '/events/2014-derna-pledge/'],
      ['event', '/events/2016-12-sirte-liberated/'],
    ]);
  });

  it('indexes an article’s title and text as written, filtered by its places, publisher, dates and the years of the events it is quoted for', () => {
    expect(records[0]).toEqual({
      url: '/articles/2016-12-sirte-reuters/',
      type: 'article',
      title: 'القوات تسيطر على سرت',
      text: `القوات تسيطر على سرت\n${articles[0]!.text}`,
      detail: '5 ديسمبر 2016 · رويترز',
      filters: { type: ['article'], place: ['sirte', 'giza-bahriya'], publisher: ['رويترز'], year: ['2016'], month: ['2016-12'], eventYear: ['2016'] },
      date: '2016-12-05',
    });
    // Known only to the year, an article falls in every month of it.
    expect(records[2]?.filters.month).toHaveLength(12);
  });

  it('indexes a place by all its names, its kind and its country', () => {
    expect(records.find((r) => r.url === '/places/misrata/')).toMatchObject({ title: 'مصراتة', text: 'مصراتة\nمصراته، Misrata — مدينة، ليبيا', detail: 'مدينة، ليبيا', filters: { type: ['place'], place: ['misrata'] } });
  });

  it('indexes an event with the sentences its sources are quoted for, dated by its first day', () => {
    const sirte = records.find((r) => r.url === '/events/2016-12-sirte-liberated/');
    expect(sirte?.text).toContain('«وانطلقت القوات من مصراته نحو سرت!» (هجوم قرب مصراتة)');
    expect(sirte).toMatchObject({ detail: 'ديسمبر 2016', date: '2016-12', filters: { type: ['event'], place: ['sirte', 'giza-bahriya'], eventYear: ['2016'] } });
  });
});

describe('the lexicon the search page reads queries with', () => {
  it('holds every place’s names, its Arabic name first, then the alias groups', () => {
    const groups = lexiconGroups(places.slice(0, 1), [{ id: 'islamic-state', label: 'داعش', names: ['داعش', 'تنظيم الدولة'] }]);
    expect(groups).toEqual([
      { id: 'sirte', names: ['سرت', 'سرته', 'Sirte'] },
      { id: 'islamic-state', names: ['داعش', 'تنظيم الدولة'] },
    ]);
  });

  it('lists each month of publication once, in order', () => {
    const file = searchLexicon([], articles.slice(0, 2).map((a) => a.article), 1);
    expect(file).toMatchObject({ months: ['2016-05', '2016-12'], shards: 1, types: { article: 'مقال', place: 'مكان', event: 'حدث' } });
  });
});
