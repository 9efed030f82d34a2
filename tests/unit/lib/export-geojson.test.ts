import { describe, expect, it } from 'vitest';
import type { Field } from '../../../src/lib/export/fields.ts';
import { position, toFeatureCollection, type LonLat } from '../../../src/lib/export/geojson.ts';

interface Row {
  id: string;
  name: string;
  places: string[];
}
const FIELDS: Field<Row>[] = [
  { name: 'id', type: 'string', description: 'المعرّف' },
  { name: 'name', type: 'string', description: 'الاسم' },
  { name: 'places', type: 'list', description: 'الأماكن' },
];
// Sirte lies at 31.2° N, 16.6° E: a latitude/longitude swap would put it in the Indian Ocean.
const AT = new Map<string, LonLat>([
  ['sirte', [16.588, 31.205]],
  ['derna', [22.637, 32.767]],
]);
const locate = (row: Row) => row.places.flatMap((id) => (AT.has(id) ? [AT.get(id)!] : []));

describe('position', () => {
  it('keeps GeoJSON order, longitude first: Sirte is [16.588, 31.205]', () => {
    expect(position([16.588, 31.205])).toEqual([16.588, 31.205]);
  });

  it('refuses a latitude beyond 90°, the sign of a [lat, lon] written as [lon, lat] swap far from the equator', () => {
    expect(() => position([31.2, 116.6])).toThrow(/\[longitude, latitude\]/);
    expect(() => position([200, 31])).toThrow();
    expect(() => position([Number.NaN, 31])).toThrow();
  });
});

describe('toFeatureCollection', () => {
  const rows: Row[] = [
    { id: 'sirte-liberated', name: 'تحرير سرت', places: ['sirte'] },
    { id: 'east-offensive', name: 'هجوم في درنة وسرت', places: ['derna', 'sirte'] },
    { id: 'unknown-place', name: 'حدث بلا مكان معروف', places: ['nowhere'] },
  ];

  it('is a FeatureCollection with one Feature per row, its id the row id and its properties the fields', () => {
    const fc = toFeatureCollection(FIELDS, rows, 'MultiPoint', locate);
    expect(fc.type).toBe('FeatureCollection');
    expect(fc.features.map((f) => f.id)).toEqual(rows.map((r) => r.id));
    expect(fc.features.every((f) => f.type === 'Feature')).toBe(true);
    expect(fc.features[1]!.properties).toEqual({ id: 'east-offensive', name: 'هجوم في درنة وسرت', places: ['derna', 'sirte'] });
  });

  it('places an event at all its places as one MultiPoint, in [lon, lat] order', () => {
    const fc = toFeatureCollection(FIELDS, rows, 'MultiPoint', locate);
    expect(fc.features[1]!.geometry).toEqual({ type: 'MultiPoint', coordinates: [[22.637, 32.767], [16.588, 31.205]] });
  });

  it('keeps a row without a known position as a Feature with a null geometry (RFC 7946 §3.2)', () => {
    const fc = toFeatureCollection(FIELDS, rows, 'MultiPoint', locate);
    expect(fc.features[2]!.geometry).toBeNull();
  });

  it('writes a Point for a single place and refuses a Point row with two positions', () => {
    expect(toFeatureCollection(FIELDS, rows.slice(0, 1), 'Point', locate).features[0]!.geometry).toEqual({
      type: 'Point',
      coordinates: [16.588, 31.205],
    });
    expect(() => toFeatureCollection(FIELDS, rows.slice(1, 2), 'Point', locate)).toThrow(/east-offensive/);
  });
});
