import { describe, expect, it } from 'vitest';
import { dateText } from '../../../src/lib/dates/date.ts';
import { layoutTimeline, type EventLayout, type TimelineItem, type TimelineLayout } from '../../../src/lib/timeline/layout.ts';

/** Events of the seeds' story, with the dates as the articles give them. */
const ITEMS: TimelineItem[] = [
  { id: 'skhirat-agreement', dates: [{ value: '2015-12-17' }] }, // اتفاق الصخيرات، 17 ديسمبر 2015
  { id: 'is-takes-sirte', dates: [{ value: '2015-02' }, { value: '2015-05' }, { value: '2015-06' }] }, // three articles, three dates
  { id: 'bunyan-marsous', dates: [{ from: '2016-05-12', to: '2016-12-06' }] }, // «البنيان المرصوص»
  { id: 'derna-pledge', dates: [{ value: '2014-10' }, { value: '2014-11-13' }] }, // أكتوبر 2014 / 13 نوفمبر 2014
  { id: 'us-strikes', dates: [{ from: '2016-08-01', to: '2016-12' }] },
  { id: 'is-in-libya', dates: [{ value: '2015' }] }, // «عام 2015»
];

const byId = (layout: TimelineLayout, id: string): EventLayout => layout.events.find((e) => e.id === id)!;
const dayWidth = (l: TimelineLayout) => (Math.abs(l.range[1] - l.range[0]) * 86_400_000) / (l.domain[1] - l.domain[0]);

/** Pixel hull of an event, point radii included. */
function hull(l: TimelineLayout, e: EventLayout): [number, number] {
  const lo = Math.min(...e.marks.map((m) => (m.kind === 'point' ? m.cx - l.pointRadius : m.x)));
  const hi = Math.max(...e.marks.map((m) => (m.kind === 'point' ? m.cx + l.pointRadius : m.x + m.width)));
  return [lo, hi];
}

/** A deterministic crowd of events: many overlapping months, days and intervals. */
function crowd(n: number): TimelineItem[] {
  let seed = 7;
  const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  const iso = () => {
    const y = 2014 + Math.floor(next() * 4);
    const m = String(1 + Math.floor(next() * 12)).padStart(2, '0');
    const d = String(1 + Math.floor(next() * 28)).padStart(2, '0');
    const r = next();
    return r < 0.4 ? `${y}-${m}-${d}` : r < 0.9 ? `${y}-${m}` : `${y}`;
  };
  return Array.from({ length: n }, (_, i) => {
    const a = iso();
    const r = next();
    if (r < 0.2) {
      const b = iso();
      const [from, to] = a.slice(0, 7) <= b.slice(0, 7) ? [a.slice(0, 7), b.slice(0, 7)] : [b.slice(0, 7), a.slice(0, 7)];
      return { id: `e${i}`, dates: [{ from, to }] };
    }
    return { id: `e${i}`, dates: r < 0.35 ? [{ value: a }, { value: iso() }] : [{ value: a }] };
  });
}

describe('time runs right to left by default, as the page reads', () => {
  const rtl = layoutTimeline(ITEMS);
  it('puts the Derna pledge (2014) to the right of the Skhirat agreement (2015)', () => {
    expect(rtl.direction).toBe('rtl');
    expect(byId(rtl, 'derna-pledge').marks[0]!.cx).toBeGreaterThan(byId(rtl, 'skhirat-agreement').marks[0]!.cx);
  });
  it('starts the axis at the right edge: the earliest instant has the largest x', () => {
    expect(rtl.range[0]).toBeGreaterThan(rtl.range[1]);
  });
  it('labels the ticks from right to left in chronological order', () => {
    const xs = rtl.ticks.map((t) => t.x);
    expect(xs).toEqual([...xs].sort((a, b) => b - a));
  });
});

describe('time can run left to right as an option', () => {
  const rtl = layoutTimeline(ITEMS);
  const ltr = layoutTimeline(ITEMS, { direction: 'ltr' });
  it('puts the Derna pledge to the left of the Skhirat agreement', () => {
    expect(byId(ltr, 'derna-pledge').marks[0]!.cx).toBeLessThan(byId(ltr, 'skhirat-agreement').marks[0]!.cx);
  });
  it('is the mirror image of the right-to-left layout, with the same lanes', () => {
    for (const e of rtl.events) {
      const f = byId(ltr, e.id);
      expect(f.lane).toBe(e.lane);
      e.marks.forEach((m, i) => {
        expect(f.marks[i]!.cx).toBeCloseTo(rtl.width - m.cx, 6);
        expect(f.marks[i]!.width).toBeCloseTo(m.width, 6);
      });
    }
  });
});

describe('precision is visible', () => {
  const l = layoutTimeline(ITEMS);
  it('draws the Skhirat agreement, known to the day, as a point', () => {
    const [mark] = byId(l, 'skhirat-agreement').marks;
    expect(mark!.kind).toBe('point');
    expect(mark!.width).toBe(0);
  });
  it('draws «أكتوبر 2014» as a band as wide as October, far wider than a day', () => {
    const october = byId(l, 'derna-pledge').marks.find((m) => dateText(m.date) === '2014-10')!;
    expect(october.kind).toBe('band');
    expect(october.width).toBeCloseTo(31 * dayWidth(l), 6);
    expect(october.width).toBeGreaterThan(10 * dayWidth(l));
  });
  it('draws «عام 2015» as a band as wide as the year, twelve times a month', () => {
    const year = byId(l, 'is-in-libya').marks[0]!;
    const may = byId(l, 'is-takes-sirte').marks.find((m) => dateText(m.date) === '2015-05')!;
    expect(year.width / may.width).toBeCloseTo(365 / 31, 6);
  });
  it('draws «البنيان المرصوص» (12 May – 6 December 2016) as a bar covering those days', () => {
    const [bar] = byId(l, 'bunyan-marsous').marks;
    expect(bar!.kind).toBe('bar');
    expect(bar!.width).toBeCloseTo(209 * dayWidth(l), 6);
  });
  it('keeps a very short band visible with a least width', () => {
    const narrow = layoutTimeline([{ id: 'x', dates: [{ value: '2016-02' }] }, { id: 'y', dates: [{ value: '1990' }] }], { width: 300, minWidth: 3 });
    expect(byId(narrow, 'x').marks[0]!.width).toBe(3);
  });
});

describe('an event whose sources disagree shows every claim and the span between them', () => {
  const l = layoutTimeline(ITEMS);
  const sirte = byId(l, 'is-takes-sirte');
  it('shows the fall of Sirte at February, May and June 2015, one band each, in time order', () => {
    expect(sirte.marks.map((m) => dateText(m.date))).toEqual(['2015-02', '2015-05', '2015-06']);
    expect(sirte.marks.every((m) => m.kind === 'band')).toBe(true);
  });
  it('draws a line from the first claim to the last', () => {
    const xs = sirte.marks.map((m) => m.cx);
    expect(sirte.span!.x).toBeCloseTo(Math.min(...xs), 6);
    expect(sirte.span!.x + sirte.span!.width).toBeCloseTo(Math.max(...xs), 6);
  });
  it('mixes precisions: October 2014 is a band, 13 November 2014 a point, on one line', () => {
    const derna = byId(l, 'derna-pledge');
    expect(derna.marks.map((m) => m.kind)).toEqual(['band', 'point']);
    expect(derna.span).not.toBeNull();
  });
  it('draws no span line for an event with one date', () => {
    expect(byId(l, 'skhirat-agreement').span).toBeNull();
  });
  it('runs the event from its earliest claim to the end of its latest', () => {
    expect(sirte.start).toBe(Date.UTC(2015, 1, 1));
    expect(sirte.end).toBe(Date.UTC(2015, 6, 1));
  });
});

describe('nothing overlaps', () => {
  for (const direction of ['rtl', 'ltr'] as const) {
    it(`keeps a gap between any two events of a lane, among 80 crowded events (${direction})`, () => {
      const l = layoutTimeline(crowd(80), { direction, gap: 6 });
      expect(l.events.length).toBe(80);
      for (const a of l.events) {
        for (const b of l.events) {
          if (a === b || a.lane !== b.lane) continue;
          const [a0, a1] = hull(l, a);
          const [b0, b1] = hull(l, b);
          expect(a1 + 6 <= b0 + 1e-9 || b1 + 6 <= a0 + 1e-9).toBe(true);
        }
      }
    });
  }
  it('keeps every mark inside the drawing and every lane above the axis', () => {
    const l = layoutTimeline(crowd(80));
    for (const e of l.events) {
      const [lo, hi] = hull(l, e);
      expect(lo).toBeGreaterThanOrEqual(0);
      expect(hi).toBeLessThanOrEqual(l.width);
      expect(e.y).toBeLessThan(l.axisY);
      expect(e.y).toBe(l.top + e.lane * l.laneHeight + l.laneHeight / 2);
    }
    expect(l.height).toBeGreaterThan(l.axisY);
  });
  it('grows taller with more lanes, and uses one lane when nothing overlaps', () => {
    const one = layoutTimeline([{ id: 'a', dates: [{ value: '2014-10' }] }, { id: 'b', dates: [{ value: '2016-12-05' }] }]);
    expect(one.lanes).toBe(1);
    const many = layoutTimeline(crowd(80));
    expect(many.lanes).toBeGreaterThan(1);
    expect(many.height - one.height).toBe((many.lanes - 1) * many.laneHeight);
  });
});

describe('order and domain', () => {
  it('returns events in chronological order whatever order they came in', () => {
    const ids = layoutTimeline(ITEMS).events.map((e) => e.id);
    expect(ids).toEqual(['derna-pledge', 'is-in-libya', 'is-takes-sirte', 'skhirat-agreement', 'bunyan-marsous', 'us-strikes']);
  });
  it('pads the domain by a month at each end so the first and last marks are not clipped', () => {
    const l = layoutTimeline(ITEMS);
    expect(l.domain).toEqual([Date.UTC(2014, 8, 1), Date.UTC(2017, 1, 1)]);
  });
  it('refuses an event with no date, naming it', () => {
    expect(() => layoutTimeline([{ id: 'no-date', dates: [] }])).toThrow(/no-date/);
  });
  it('lays out an empty timeline without failing', () => {
    const l = layoutTimeline([]);
    expect(l.events).toEqual([]);
    expect(l.lanes).toBe(0);
  });
});
