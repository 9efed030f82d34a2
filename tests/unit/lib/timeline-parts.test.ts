import { describe, expect, it } from 'vitest';
import { dodge } from '../../../src/lib/timeline/dodge.ts';
import { symbolPath } from '../../../src/lib/timeline/groups.ts';
import { byImportance, EMPTY_DOMAIN, importance, paddedDomain, timeRange } from '../../../src/lib/timeline/items.ts';
import { packRows } from '../../../src/lib/timeline/rows.ts';
import { h, toSvgString } from '../../../src/lib/timeline/svg.ts';
import { textWidth, wrapText } from '../../../src/lib/timeline/text-width.ts';
import { EVENTS } from './support/timeline-items.ts';

describe('label widths without a browser', () => {
  it('measures «إعلان تحرير سرت» wider than «سرت», and twice the size twice as wide', () => {
    expect(textWidth('إعلان تحرير سرت', 13)).toBeGreaterThan(textWidth('سرت', 13));
    expect(textWidth('إعلان تحرير سرت', 26)).toBeGreaterThanOrEqual(2 * textWidth('إعلان تحرير سرت', 13) - 1);
  });

  it('gives harakat no width: «سِرْت» is as wide as «سرت»', () => {
    expect(textWidth('سِرْت', 13)).toBe(textWidth('سرت', 13));
  });

  it('breaks a title at spaces into lines no wider than asked, two at most, ending a cut title with «…»', () => {
    const title = 'السيطرة على آخر حي في المدينة واستسلام عشرات المقاتلين بعد معارك دامت سبعة أشهر';
    const { lines, width } = wrapText(title, 140, 13, 2);
    expect(lines).toHaveLength(2);
    expect(width).toBeLessThanOrEqual(140);
    for (const line of lines) expect(textWidth(line, 13)).toBeLessThanOrEqual(140);
    expect(lines[1]!.endsWith('…')).toBe(true);
    expect(title.startsWith(lines[0]!)).toBe(true);
  });

  it('keeps a short title whole on one line', () => {
    expect(wrapText('إعلان تحرير سرت', 200, 13, 2).lines).toEqual(['إعلان تحرير سرت']);
  });
});

describe('rows where no label covers another', () => {
  it('puts two overlapping labels in two rows, and a third that fits after the first in the first row', () => {
    const placed = packRows(
      [
        [{ x0: 100, x1: 300, units: 1 }],
        [{ x0: 200, x1: 400, units: 1 }],
        [{ x0: 320, x1: 500, units: 1 }],
      ],
      5,
      10,
    );
    expect(placed.map((p) => p.row)).toEqual([0, 1, 0]);
  });

  it('falls back to the next footprint (the mark alone) when the label fits in no row', () => {
    const placed = packRows(
      [
        [{ x0: 0, x1: 230, units: 1 }],
        [
          { x0: 200, x1: 500, units: 1 },
          { x0: 240, x1: 260, units: 1 },
        ],
      ],
      1,
      10,
    );
    expect(placed[1]).toEqual({ choice: 1, row: 0 });
  });

  it('opens a new row, label and all, only when even the mark alone finds no room', () => {
    const placed = packRows(
      [
        [{ x0: 0, x1: 500, units: 1 }],
        [
          { x0: 200, x1: 500, units: 1 },
          { x0: 240, x1: 260, units: 1 },
        ],
      ],
      1,
      10,
    );
    expect(placed[1]).toEqual({ choice: 0, row: 1 });
  });
});

describe('moving rows apart as little as they can be', () => {
  it('leaves rows that do not touch where they are', () => {
    expect(dodge([{ at: 0, size: 20 }, { at: 50, size: 20 }], 2)).toEqual([0, 50]);
  });

  it('spreads three rows wanting the same place evenly around it, in order', () => {
    const tops = dodge([{ at: 100, size: 20 }, { at: 100, size: 20 }, { at: 100, size: 20 }], 0);
    expect(tops).toEqual([80, 100, 120]);
  });

  it('never puts a row above the chart’s top', () => {
    const tops = dodge([{ at: 0, size: 30 }, { at: 0, size: 30 }], 2, 10);
    expect(tops).toEqual([10, 42]);
  });
});

describe('which title gives way first', () => {
  it('ranks the event three articles report above one reported once, and a dispute above agreement', () => {
    const liberated = EVENTS.find((e) => e.id === '2016-12-liberated')!;
    const remnants = EVENTS.find((e) => e.id === '2016-12-remnants')!;
    expect(importance(liberated)).toBeGreaterThan(importance(remnants));
    const disputed = { ...remnants, dateConflict: true };
    expect(importance(disputed)).toBeGreaterThan(importance(remnants));
    expect([remnants, liberated].sort(byImportance)[0]!.id).toBe('2016-12-liberated');
  });

  it('shows a month more than the dates on each side', () => {
    const [start, end] = paddedDomain(EVENTS.filter((e) => e.id === '2016-10-siege'));
    expect(new Date(start).toISOString().slice(0, 10)).toBe('2016-09-01');
    expect(new Date(end).toISOString().slice(0, 10)).toBe('2016-12-01');
  });

  it('runs from the first day of the earliest date to the end of the latest: «2014-10 or 2014-11-13» and «2015-02» cover 1 October 2014 to 1 March 2015', () => {
    const [start, end] = timeRange(EVENTS.filter((e) => e.id === '2014-derna-pledge' || e.id === '2015-02-executions'));
    expect(new Date(start).toISOString().slice(0, 10)).toBe('2014-10-01');
    expect(new Date(end).toISOString().slice(0, 10)).toBe('2015-03-01');
  });

  it('shows the archive’s years, 2014 to 2017, when nothing is left to show', () => {
    expect(paddedDomain([])).toEqual(EMPTY_DOMAIN);
    expect(new Date(EMPTY_DOMAIN[1]).toISOString().slice(0, 10)).toBe('2018-01-01');
  });
});

describe('SVG as text', () => {
  it('escapes a title holding markup, so «<script>» stays text', () => {
    const svg = toSvgString(h('a', { href: '/events/x/', 'aria-label': 'هجوم "مزعوم" <b>' }, [h('text', {}, ['<script>alert(1)</script> & سرت'])]));
    expect(svg).toBe('<a href="/events/x/" aria-label="هجوم &quot;مزعوم&quot; &lt;b&gt;"><text>&lt;script&gt;alert(1)&lt;/script&gt; &amp; سرت</text></a>');
  });

  it('leaves out attributes it is given as undefined, and closes empty elements', () => {
    expect(toSvgString(h('circle', { r: 5, class: undefined }))).toBe('<circle r="5"/>');
  });

  it('draws each group’s symbol as one closed path centred where it is asked', () => {
    for (const shape of ['square', 'triangle', 'circle', 'diamond', 'cross'] as const) {
      const d = symbolPath(shape, 0, 0, 6);
      expect(d, shape).toMatch(/^M.*Z$/);
      const numbers = d.match(/-?\d+(\.\d+)?/g)!.map(Number);
      expect(Math.max(...numbers.map(Math.abs)), shape).toBeLessThanOrEqual(14);
    }
  });
});
