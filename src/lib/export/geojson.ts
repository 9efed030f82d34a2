/**
 * RFC 7946 GeoJSON of a table: one Feature per row, its properties the table's fields, its coordinates
 * [longitude, latitude] in WGS 84. A row with no known position keeps its Feature with a null geometry
 * (RFC 7946 §3.2), so the GeoJSON has the same rows as the CSV and JSON files.
 */
import type { Feature, FeatureCollection, MultiPoint, Point } from 'geojson';
import { toRecords } from './json.ts';
import type { Cell, Field } from './fields.ts';

/** A position in GeoJSON order: longitude first. */
export type LonLat = readonly [lon: number, lat: number];

/** The position as GeoJSON writes it; an impossible longitude or latitude is an error, not a silent swap. */
export function position([lon, lat]: LonLat): [number, number] {
  if (!(Math.abs(lon) <= 180) || !(Math.abs(lat) <= 90)) {
    throw new Error(`position [${lon}, ${lat}] is outside [-180..180, -90..90]: give [longitude, latitude] in decimal degrees`);
  }
  return [lon, lat];
}

/** How rows become points: one Point per row, or one MultiPoint per row (an event at all its places). */
export type GeometryKind = 'Point' | 'MultiPoint';

/** The FeatureCollection of the rows, each located by `locate` (no position: null geometry). */
export function toFeatureCollection<Row extends { id: string }>(
  fields: readonly Field<Row>[],
  rows: readonly Row[],
  kind: GeometryKind,
  locate: (row: Row) => readonly LonLat[],
): FeatureCollection<Point | MultiPoint | null, Record<string, Cell>> {
  const records = toRecords(fields, rows);
  return {
    type: 'FeatureCollection',
    features: rows.map((row, i): Feature<Point | MultiPoint | null, Record<string, Cell>> => {
      const positions = locate(row).map(position);
      if (kind === 'Point' && positions.length > 1) throw new Error(`row «${row.id}» has ${positions.length} positions for one Point`);
      const geometry: Point | MultiPoint | null =
        positions.length === 0 ? null : kind === 'Point' ? { type: 'Point', coordinates: positions[0]! } : { type: 'MultiPoint', coordinates: positions };
      return { type: 'Feature', id: row.id, geometry, properties: records[i]! };
    }),
  };
}

/** The GeoJSON file, indented, ending with a newline. */
export function toGeoJson<Row extends { id: string }>(
  fields: readonly Field<Row>[],
  rows: readonly Row[],
  kind: GeometryKind,
  locate: (row: Row) => readonly LonLat[],
): string {
  return `${JSON.stringify(toFeatureCollection(fields, rows, kind, locate), null, 2)}\n`;
}
