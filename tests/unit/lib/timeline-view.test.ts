import { describe, expect, it } from 'vitest';
import { chooseLabels } from '../../../src/lib/geo/labels.ts';
import { chartOf, domainOf } from '../../../src/lib/timeline/chart.ts';
import { disputeWords, eventDateWords, eventName } from '../../../src/lib/timeline/payload.ts';
import { EMPTY_STATE } from '../../../src/lib/timeline/state.ts';
import { chipsOf, periodWords, timelineStatus, withoutChip } from '../../../src/lib/timeline/view-words.ts';
import { monthsOf, zoomed } from '../../../src/lib/timeline/zoom.ts';
import { textWidth } from '../../../src/lib/timeline/text-width.ts';
import { EVENTS, hrefOf } from './support/timeline-items.ts';

const names = { place: (id: string) => ({ sirte: 'سرت' })[id], type: (id: string) => ({ attack: 'هجوم' })[id] };
const utc = (iso: string) => Date.parse(`${iso}T00:00:00Z`);

describe('the chart of a view', () => {
  it('draws only the events the view keeps, in time order: Sirte in 2016', () => {
    const { shown, layout } = chartOf(EVENTS, { ...EMPTY_STATE, from: '2016-01', to: '2016-12', place: 'sirte' }, { orientation: 'horizontal', width: 800, idPrefix: 't', hrefOf });
    expect(shown.every((e) => e.places.includes('sirte'))).toBe(true);
    expect(layout.events.map((e) => e.id)).toEqual(shown.map((e) => e.id));
    expect(shown.map((e) => e.id)).toContain('2016-12-liberated');
    expect(shown.map((e) => e.id)).not.toContain('2015-sirte-taken');
  });

  it('zooms to the chosen period, and to what is left when only a place is chosen', () => {
    expect(domainOf(EVENTS, { ...EMPTY_STATE, from: '2016-05', to: '2016-12' })).toEqual([utc('2016-05-01'), utc('2017-01-01')]);
    const derna = chartOf(EVENTS, { ...EMPTY_STATE, place: 'derna' }, { orientation: 'horizontal', width: 800, idPrefix: 't', hrefOf });
    // «2014» (a foothold in Derna, among other places) to June 2015, a month more on each side.
    expect(derna.layout.domain).toEqual([utc('2013-12-01'), utc('2015-08-01')]);
  });

  it('closes an open end of the period on the events shown', () => {
    const [start, end] = domainOf(EVENTS, { ...EMPTY_STATE, from: '2016-10' })!;
    expect(start).toBe(utc('2016-10-01'));
    expect(end).toBe(utc('2018-02-01'));
  });

  it('names every link for a screen reader and gives each its page', () => {
    const { svg } = chartOf(EVENTS, EMPTY_STATE, { orientation: 'vertical', width: 320, idPrefix: 't', hrefOf });
    const links = svg.children.flatMap((c) => (typeof c === 'string' ? [] : c.children)).filter((c) => typeof c !== 'string' && c.tag === 'a');
    expect(links).toHaveLength(EVENTS.length);
    for (const link of links) if (typeof link !== 'string') expect(link.attrs.href).toMatch(/^\/events\/[a-z0-9-]+\/$/);
  });
});

describe('an event in words, the same at build time and in the browser', () => {
  const pledge = EVENTS.find((e) => e.id === '2014-derna-pledge')!;
  const toll = EVENTS.find((e) => e.id === '2016-05-12-toll')!;
  it('says each claimed date at its precision when the sources disagree', () => {
    expect(eventDateWords(pledge)).toBe('أكتوبر 2014 / 13 نوفمبر 2014');
    expect(eventDateWords(toll)).toBe('مايو 2016 – ديسمبر 2016');
  });
  it('names a mark by its title, date, disagreement and type', () => {
    expect(eventName(pledge)).toBe('مبايعة مسلحين في درنة وإعلان «ولاية»، أكتوبر 2014 / 13 نوفمبر 2014، تختلف المصادر في التاريخ، تصريح أو إعلان');
    expect(disputeWords(toll)).toBe('عدد القتلى');
    expect(disputeWords(EVENTS.find((e) => e.id === '2016-10-siege')!)).toBe('');
  });
});

describe('zooming chooses a period in whole months', () => {
  const whole: [number, number] = [utc('2012-12-01'), utc('2018-02-01')];
  it('keeps the middle half of what is shown', () => {
    expect(zoomed([utc('2016-01-01'), utc('2017-01-01')], whole, 0.5)).toEqual({ from: '2016-04', to: '2016-10' });
  });
  it('doubles it, sliding back inside the archive’s time, and lets go of the period once it covers it all', () => {
    expect(zoomed([utc('2017-01-01'), utc('2018-01-01')], whole, 2)).toEqual({ from: '2016-02', to: '2018-01' });
    expect(zoomed(whole, whole, 2)).toBeNull();
  });
  it('writes an instant range as the months it covers', () => {
    expect(monthsOf(utc('2016-05-12'), utc('2016-12-06'))).toEqual({ from: '2016-05', to: '2016-12' });
  });
});

describe('the view in words', () => {
  it('says each active filter as a chip, in the URL’s order', () => {
    const chips = chipsOf({ from: '2016-05', to: '2016-12', place: 'sirte', type: 'attack', disputed: true }, names);
    expect(chips.map((c) => c.text)).toEqual(['بين مايو 2016 وديسمبر 2016', 'في سرت', 'النوع: هجوم', 'المتنازع عليها فقط']);
    expect(chips[1]!.remove).toBe('إزالة التصفية: في سرت');
  });

  it('removes one filter with its chip, leaving the others', () => {
    const view = { from: '2016-05', to: '2016-12', place: 'sirte', type: null, disputed: true };
    expect(withoutChip(view, 'period')).toEqual({ ...view, from: null, to: null });
    expect(withoutChip(view, 'disputed')).toEqual({ ...view, disputed: false });
  });

  it('names a period in Arabic months', () => {
    expect(periodWords({ from: '2016-05', to: '2016-05' })).toBe('في مايو 2016');
    expect(periodWords({ from: '2016-05', to: null })).toBe('منذ مايو 2016');
    expect(periodWords({ from: null, to: '2016-12' })).toBe('حتى ديسمبر 2016');
  });

  it('counts what the timeline shows with the noun agreeing: «حدثان من 37», «كل الأحداث (37)»', () => {
    expect(timelineStatus(2, 37)).toBe('يعرض الخط الزمني حدثان من 37.');
    expect(timelineStatus(5, 37)).toBe('يعرض الخط الزمني 5 أحداث من 37.');
    expect(timelineStatus(37, 37)).toBe('يعرض الخط الزمني كل الأحداث (37).');
    expect(timelineStatus(0, 37)).toMatch(/^لا أحداث/);
  });
});

describe('which places a map names', () => {
  const at = (id: string, name: string, x: number, y: number, mentions: number) => ({ id, name, x, y, r: 8, mentions });
  it('names the most mentioned first, and skips a name that would cover one already placed', () => {
    const chosen = chooseLabels([at('misrata', 'مصراتة', 100, 100, 12), at('sirte', 'سرت', 110, 102, 53), at('derna', 'درنة', 400, 100, 13)], 5, 14);
    expect([...chosen]).toEqual(['sirte', 'derna']);
  });
  it('leaves out a name that would run into another on its line, so «بن قردان» beside «طرابلس» never reads as one name', () => {
    const tripoli = at('tripoli', 'طرابلس', 200, 100, 28);
    const half = (name: string) => textWidth(name, 14) / 2;
    // The names' boxes 6 px apart: not touching, yet too close.
    const benGardane = at('ben-gardane', 'بن قردان', 200 - half('طرابلس') - 6 - half('بن قردان'), 100, 3);
    expect([...chooseLabels([tripoli, benGardane], 5, 14)]).toEqual(['tripoli']);
    const farther = { ...benGardane, x: benGardane.x - 14 };
    expect([...chooseLabels([tripoli, farther], 5, 14)]).toEqual(['tripoli', 'ben-gardane']);
  });
  it('names no more than it is asked to', () => {
    expect(chooseLabels([at('a', 'أ', 0, 100, 3), at('b', 'ب', 300, 100, 2)], 1, 14).size).toBe(1);
  });
});
