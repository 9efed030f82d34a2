import { describe, expect, it } from 'vitest';
import { LIBYA_FRAME } from '../../../src/lib/geo/bbox.ts';
import { frameProjection } from '../../../src/lib/geo/projection.ts';

describe('frameProjection', () => {
  const projection = frameProjection(LIBYA_FRAME, 600);

  it('maps the frame’s north-west corner to the origin and its south-east corner to the far corner', () => {
    expect(projection.project([7, 37.6])).toEqual([0, 0]);
    const [x, y] = projection.project([28, 18.5]);
    expect(x).toBe(600);
    expect(y).toBeCloseTo(projection.height, 0);
  });

  it('is taller than a plain degree grid would be, as Mercator stretches the north', () => {
    // 21° wide and 19.1° tall: Mercator makes the height more than 19.1 / 21 of the width.
    expect(projection.height).toBeGreaterThan((600 * 19.1) / 21);
  });

  it('puts طرابلس west of بنغازي and درنة north of سبها, as on any map', () => {
    const tripoli = projection.project([13.19, 32.89]);
    const benghazi = projection.project([20.07, 32.12]);
    const derna = projection.project([22.64, 32.76]);
    const sabha = projection.project([14.43, 27.04]);
    expect(tripoli[0]).toBeLessThan(benghazi[0]);
    expect(derna[1]).toBeLessThan(sabha[1]);
  });

  it('draws a cut along a parallel as a straight horizontal line, as Leaflet does', () => {
    const d = projection.path({ type: 'LineString', coordinates: [[7, 20], [17, 20], [28, 20]] });
    const ys = [...d.matchAll(/[ML][\d.]+,([\d.]+)/g)].map((m) => m[1]);
    expect(ys.length).toBe(3);
    expect(new Set(ys).size).toBe(1);
  });

  it('writes path coordinates with one decimal at most', () => {
    const d = projection.path({ type: 'LineString', coordinates: [[13.1913, 32.8872], [20.0667, 32.1167]] });
    expect(d).toMatch(/^M[\d.]+,[\d.]+L[\d.]+,[\d.]+$/);
    for (const n of d.match(/[\d.]+/g)!) expect(n).toMatch(/^\d+(\.\d)?$/);
  });
});
