/**
 * Snapshot tests of the chart, as Observable Plot's: each case is drawn to SVG and compared with its
 * golden file in tests/unit/lib/snapshots/. A missing golden file is written (and said); a different
 * drawing fails and is written beside the golden file as «…-changed.svg» to look at and, if right, to
 * move over it. Time is UTC (vitest.config.ts pins TZ). Each case also checks from the layout's geometry
 * that the titles are there and that none covers another.
 */
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { chartOf } from '../../../src/lib/timeline/chart.ts';
import { EMPTY_STATE, type TimelineState } from '../../../src/lib/timeline/state.ts';
import { toSvgString } from '../../../src/lib/timeline/svg.ts';
import { HORIZONTAL } from '../../../src/lib/timeline/horizontal.ts';
import { VERTICAL } from '../../../src/lib/timeline/vertical.ts';
import { collisions, inside, tickCollisions } from './support/timeline-geometry.ts';
import { EVENTS, hrefOf } from './support/timeline-items.ts';

const DIR = 'tests/unit/lib/snapshots';

/** One element per line, so a changed drawing shows as a readable diff (text is escaped: «><» only joins tags). */
const pretty = (svg: string) => `${svg.replace(/></g, '>\n<')}\n`;

function snapshot(name: string, actual: string): void {
  const file = `${DIR}/${name}.svg`;
  const changed = `${DIR}/${name}-changed.svg`;
  if (!existsSync(file)) {
    console.warn(`snapshot ${file} was missing: written now — look at it, then commit it`);
    writeFileSync(file, actual);
    return;
  }
  if (readFileSync(file, 'utf8') === actual) {
    rmSync(changed, { force: true });
    return;
  }
  writeFileSync(changed, actual);
  expect.fail(`${file} differs from the drawing: see ${changed}, and move it over the golden file if it is right`);
}

const CASES: { name: string; view: TimelineState; orientation: 'horizontal' | 'vertical'; width: number }[] = [
  { name: 'timeline-full-range', view: EMPTY_STATE, orientation: 'horizontal', width: 960 },
  { name: 'timeline-filtered-range', view: { ...EMPTY_STATE, from: '2016-05', to: '2016-12' }, orientation: 'horizontal', width: 960 },
  { name: 'timeline-phone', view: EMPTY_STATE, orientation: 'vertical', width: 328 },
  { name: 'timeline-phone-filtered', view: { ...EMPTY_STATE, from: '2016-01', to: '2016-12', disputed: true }, orientation: 'vertical', width: 328 },
];

describe('the chart, drawn the same every time', () => {
  for (const c of CASES) {
    it(`${c.name}: ${c.orientation} at ${c.width} px, every dated title present, none covering another, the axis's labels apart`, () => {
      const { layout, svg, shown } = chartOf(EVENTS, c.view, { orientation: c.orientation, width: c.width, idPrefix: 'snapshot', hrefOf });
      const marked = layout.events.filter((e) => e.kind === 'event');
      expect(marked.length).toBeGreaterThan(0);
      for (const e of marked) expect(e.label, `${e.id} has no title`).not.toBeNull();
      if (c.orientation === 'vertical') for (const e of layout.events) expect(e.label, `${e.id} has no title`).not.toBeNull();
      for (const e of layout.events) if (e.label) expect(inside(e.label, layout), `${e.id}’s title leaves the chart`).toBe(true);
      expect(collisions(layout)).toEqual([]);
      expect(layout.axis.some((s) => s.kind === 'text' && s.role === 'tick')).toBe(true);
      expect(tickCollisions(layout, c.orientation === 'vertical' ? VERTICAL.tickFontSize : HORIZONTAL.fontSize)).toEqual([]);
      expect(layout.events).toHaveLength(shown.length);
      snapshot(c.name, pretty(toSvgString(svg)));
    });
  }

  it('writes the same SVG twice for the same view', () => {
    const draw = () => toSvgString(chartOf(EVENTS, EMPTY_STATE, { orientation: 'horizontal', width: 960, idPrefix: 'snapshot', hrefOf }).svg);
    expect(draw()).toBe(draw());
  });
});
