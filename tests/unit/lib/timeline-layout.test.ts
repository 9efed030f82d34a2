import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { figureConflicts, hasDateConflict, timelineDates } from '../../../src/lib/events/index.ts';
import { groupOf } from '../../../src/lib/timeline/groups.ts';
import { layoutHorizontal } from '../../../src/lib/timeline/horizontal.ts';
import { itemKind, type TimelineItem } from '../../../src/lib/timeline/items.ts';
import type { ChartLayout, DrawnEvent } from '../../../src/lib/timeline/scene.ts';
import { layoutVertical } from '../../../src/lib/timeline/vertical.ts';
import type { ArchiveEvent } from '../../../src/schemas/event.ts';
import { collisions, inside } from './support/timeline-geometry.ts';
import { EVENTS } from './support/timeline-items.ts';

const byId = (layout: ChartLayout, id: string): DrawnEvent => layout.events.find((e) => e.id === id)!;
const symbols = (e: DrawnEvent) => e.shapes.filter((s) => s.kind === 'symbol') as { x: number; y: number }[];
const texts = (e: DrawnEvent) => e.shapes.filter((s) => s.kind === 'text') as { lines: string[] }[];

describe('what the chart draws as a mark, and what as a bracket behind', () => {
  it('marks what is known to a day, a month or a few weeks, and brackets a year or months of fighting', () => {
    const kind = (id: string) => itemKind(EVENTS.find((e) => e.id === id)!);
    expect(kind('2016-12-liberated')).toBe('event'); // 1–7 December 2016
    expect(kind('2014-derna-pledge')).toBe('event'); // October 2014 or 13 November 2014
    expect(kind('2015-sirte-taken')).toBe('context'); // «2015», May or June 2015
    expect(kind('2016-08-strikes')).toBe('context'); // August to December 2016
    expect(kind('2017-warning')).toBe('context');
  });
});

describe('the wide chart, right to left', () => {
  const layout = layoutHorizontal(EVENTS, { width: 960 });

  it('draws a date known to a month as a stretch as wide as its month under its symbol, and a date known to a day as its symbol alone', () => {
    const stretches = (e: DrawnEvent) => e.shapes.filter((s) => s.kind === 'rect' && s.role === 'extent') as { box: { x0: number; x1: number } }[];
    const month = stretches(byId(layout, '2016-07-report'));
    expect(month).toHaveLength(1);
    const day = stretches(byId(layout, '2016-05-offensive'));
    expect(day).toEqual([]);
    // A month is about 30 days wide on the chart's scale: compare with the distance between two dated symbols.
    const [may12] = symbols(byId(layout, '2016-05-offensive'));
    const [mar30] = symbols(byId(layout, '2016-03-government'));
    const pxPerDay = (mar30!.x - may12!.x) / 43;
    const width = month[0]!.box.x1 - month[0]!.box.x0;
    expect(width / pxPerDay).toBeGreaterThan(29);
    expect(width / pxPerDay).toBeLessThan(32);
  });

  it('puts the earliest event on the right: the Derna pledge (2014) right of the Sirte liberation (2016)', () => {
    expect(symbols(byId(layout, '2014-derna-pledge'))[0]!.x).toBeGreaterThan(symbols(byId(layout, '2016-12-liberated'))[0]!.x);
  });

  it('titles every event known to a day or a month beside its mark when the chart is wide enough', () => {
    for (const e of layout.events.filter((x) => x.kind === 'event')) expect(e.label, e.id).not.toBeNull();
  });

  it('lets no title cover another title or another event’s mark, and keeps every title inside the chart', () => {
    expect(collisions(layout)).toEqual([]);
    for (const e of layout.events) if (e.label) expect(inside(e.label, layout), e.id).toBe(true);
  });

  it('draws one mark per claimed date of a disputed date, joined by a line, each ringed', () => {
    const derna = byId(layout, '2014-derna-pledge');
    expect(symbols(derna)).toHaveLength(2);
    expect(derna.shapes.filter((s) => s.kind === 'ring')).toHaveLength(2);
    expect(derna.shapes.some((s) => s.kind === 'line' && s.role === 'between-dates')).toBe(true);
  });

  it('rings a figure dispute too, so the Sirte toll is found without reading the list', () => {
    expect(byId(layout, '2016-05-12-toll').shapes.some((s) => s.kind === 'ring')).toBe(true);
    expect(byId(layout, '2016-12-casualties').shapes.some((s) => s.kind === 'ring')).toBe(true);
  });

  it('draws year and long events as brackets in lanes under every mark, never as symbols', () => {
    const lowestMark = Math.max(...layout.events.flatMap((e) => e.marks.map((m) => m.y1)));
    for (const e of layout.events.filter((x) => x.kind === 'context')) {
      expect(symbols(e), e.id).toEqual([]);
      const bracket = e.shapes.find((s) => s.kind === 'line' && s.role === 'bracket')!;
      expect(bracket.kind === 'line' && bracket.y1).toBeGreaterThan(lowestMark);
    }
  });

  it('gives every event a target at least 24 px high', () => {
    for (const e of layout.events) {
      const target = e.shapes.find((s) => s.kind === 'rect' && s.role === 'target');
      expect(target && target.kind === 'rect' && target.box.y1 - target.box.y0, e.id).toBeGreaterThanOrEqual(24);
    }
  });

  it('lets the least important title give way on a narrow chart, never the most reported', () => {
    const narrow = layoutHorizontal(EVENTS, { width: 600 });
    expect(collisions(narrow)).toEqual([]);
    expect(byId(narrow, '2016-12-liberated').label).not.toBeNull();
    expect(byId(narrow, '2016-05-offensive').label).not.toBeNull();
  });

  it('keeps the height it is given in row units, to be redrawn wider without moving what is under it', () => {
    const built = layoutHorizontal(EVENTS, { width: 600 });
    const wider = layoutHorizontal(EVENTS, { width: 1000, rowUnits: built.rowUnits });
    expect(wider.height).toBe(built.height);
    expect(collisions(wider)).toEqual([]);
  });

  it('closes up its rows when a filter leaves few events', () => {
    const few = layoutHorizontal(EVENTS.filter((e) => e.places.includes('derna')), { width: 960 });
    expect(few.rowUnits).toBeLessThan(layout.rowUnits);
    expect(few.height).toBeLessThan(layout.height);
  });
});

describe('the narrow chart, down the page', () => {
  const layout = layoutVertical(EVENTS, { width: 328 });

  it('runs time downwards: 2014 above 2016', () => {
    expect(symbols(byId(layout, '2014-derna-pledge'))[0]!.y).toBeLessThan(symbols(byId(layout, '2016-12-liberated'))[0]!.y);
  });

  it('titles every event, on two lines at most, none covering another, all inside the width', () => {
    for (const e of layout.events) {
      expect(e.label, e.id).not.toBeNull();
      expect(texts(e)[0]!.lines.length).toBeLessThanOrEqual(2);
      expect(inside(e.label!, layout), e.id).toBe(true);
    }
    expect(collisions(layout)).toEqual([]);
  });

  it('keeps the titles in time order, so the chart reads as a list', () => {
    const tops = layout.events.map((e) => e.label!.y0);
    expect(tops).toEqual([...tops].sort((a, b) => a - b));
  });

  it('keeps each title near its date: no leader longer than a screen', () => {
    for (const e of layout.events) {
      const leader = e.shapes.find((s) => s.kind === 'line' && s.role === 'leader');
      expect(leader && leader.kind === 'line' && Math.abs(leader.y2 - leader.y1), e.id).toBeLessThan(300);
    }
  });

  it('names each year on the axis, and only whole years', () => {
    const labels = layout.axis.flatMap((s) => (s.kind === 'text' ? s.lines : []));
    expect(labels).toEqual(['2013', '2014', '2015', '2016', '2017']);
  });
});

describe('the archive’s own events', () => {
  const events = (parse(readFileSync('content/events.yaml', 'utf8')) as { events: ArchiveEvent[] }).events;
  const items: TimelineItem[] = events.map((e) => ({
    id: e.id,
    title: e.title,
    dates: timelineDates(e),
    group: groupOf(e.type),
    dateConflict: hasDateConflict(e),
    figureConflict: figureConflicts(e).length > 0,
    sources: new Set(e.claims.map((c) => c.article)).size,
  }));

  it('lay out without a collision, wide at 600 and 1000 px and narrow at 288 and 360 px', () => {
    for (const layout of [
      layoutHorizontal(items, { width: 600 }),
      layoutHorizontal(items, { width: 1000 }),
      layoutVertical(items, { width: 288 }),
      layoutVertical(items, { width: 360 }),
    ]) {
      expect(collisions(layout), `${layout.orientation} ${layout.width}`).toEqual([]);
    }
  });
});
