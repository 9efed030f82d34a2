import { describe, expect, it } from 'vitest';
import { LIBYA_FRAME } from '../../../src/lib/geo/bbox.ts';
import { partitionByFrame, placesToGeoJSON, type MapPlace } from '../../../src/lib/geo/places-geojson.ts';

const place = (id: string, name: string, lon: number, lat: number, mentions: number): MapPlace => ({
  id,
  name,
  latin: id,
  lon,
  lat,
  href: `/places/${id}/`,
  mentions,
  articles: [{ title: `خبر عن ${name}`, href: '/articles/x/', count: mentions }],
  events: [],
});

const sirte = place('sirte', 'سرت', 16.59, 31.21, 12);
const derna = place('derna', 'درنة', 22.64, 32.76, 3);
const mosul = place('mosul', 'الموصل', 43.13, 36.34, 2);

describe('placesToGeoJSON', () => {
  it('puts سرت at [lon, lat] with its name, link, mentions and articles as properties', () => {
    const [feature] = placesToGeoJSON([sirte]).features;
    expect(feature!.geometry.coordinates).toEqual([16.59, 31.21]);
    expect(feature!.properties).toMatchObject({ id: 'sirte', name: 'سرت', href: '/places/sirte/', mentions: 12 });
    expect(feature!.properties.articles[0]!.title).toBe('خبر عن سرت');
  });

  it('gives سرت (12 mentions) a larger marker than درنة (3 mentions)', () => {
    const [s, d] = placesToGeoJSON([sirte, derna], { min: 5, max: 18 }).features;
    expect(s!.properties.radius).toBe(18);
    expect(d!.properties.radius).toBeLessThan(18);
    expect(d!.properties.radius).toBeGreaterThan(5);
  });

  it('makes an empty collection from no places', () => {
    expect(placesToGeoJSON([]).features).toEqual([]);
  });
});

describe('partitionByFrame', () => {
  it('keeps سرت and درنة on the Libya map and lists الموصل as beyond it', () => {
    const { inside, outside } = partitionByFrame([sirte, mosul, derna], LIBYA_FRAME);
    expect(inside.map((p) => p.id)).toEqual(['sirte', 'derna']);
    expect(outside.map((p) => p.id)).toEqual(['mosul']);
  });
});
