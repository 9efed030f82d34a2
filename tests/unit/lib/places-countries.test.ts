import { readFileSync } from 'node:fs';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { MultiPolygon, Polygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import { COUNTRIES, COUNTRY_CODES, inCountryBox, regionsOf, type CountryCode } from '../../../src/lib/places/countries.ts';

const topology = JSON.parse(
  readFileSync(new URL('../../../node_modules/world-atlas/countries-50m.json', import.meta.url), 'utf8'),
) as Topology<{ countries: GeometryCollection }>;
const shapes = feature(topology, topology.objects.countries).features;

/** The extent of a country's Natural Earth shape (France: its polygons north of 40°N). */
function extent(code: CountryCode): [number, number, number, number] {
  const shape = shapes.find((f) => f.id === COUNTRIES[code].isoNumeric);
  if (!shape) throw new Error(`no world-atlas shape for ${code}`);
  const geometry = shape.geometry as Polygon | MultiPolygon;
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  const box: [number, number, number, number] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const [ring] of polygons) {
    const ys = ring!.map(([, y]) => y!);
    if (code === 'FR' && Math.min(...ys) < 40) continue;
    for (const [x, y] of ring!) {
      box[0] = Math.min(box[0], x!);
      box[1] = Math.min(box[1], y!);
      box[2] = Math.max(box[2], x!);
      box[3] = Math.max(box[3], y!);
    }
  }
  return box;
}

describe('country bounding boxes', () => {
  it.each(COUNTRY_CODES)('holds the whole Natural Earth shape of %s, within 0.01°', (code) => {
    const [w, s, e, n] = extent(code);
    const [bw, bs, be, bn] = COUNTRIES[code].bbox;
    expect(bw).toBeLessThanOrEqual(w);
    expect(bs).toBeLessThanOrEqual(s);
    expect(be).toBeGreaterThanOrEqual(e);
    expect(bn).toBeGreaterThanOrEqual(n);
    for (const slack of [w - bw, s - bs, be - e, bn - n]) expect(slack).toBeLessThan(0.01);
  });

  it('places Sirte in Libya and not in Tunisia', () => {
    expect(inCountryBox('LY', 31.205, 16.588)).toBe(true);
    expect(inCountryBox('TN', 31.205, 16.588)).toBe(false);
  });

  it('rejects Sirte with latitude and longitude swapped', () => {
    expect(inCountryBox('LY', 16.588, 31.205)).toBe(false);
  });

  it('groups Libya by its three regions and every other country under one key', () => {
    expect(regionsOf('LY')).toEqual(['tripolitania', 'cyrenaica', 'fezzan']);
    expect(regionsOf('TN')).toEqual(['tunisia']);
    expect(regionsOf('IQ')).toEqual(['iraq']);
  });
});
