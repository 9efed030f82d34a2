/**
 * The projection of the build-time SVG maps: Web Mercator, like Leaflet, so the static map and the
 * interactive one look the same; planar between projected points, so the frame's edges stay straight.
 */
import { geoMercator, geoPath, geoTransform } from 'd3-geo';
import type { GeoPermissibleObjects } from 'd3-geo';
import type { Bbox } from './bbox.ts';

/** A frame projected to a picture `width` wide: its height, a point projector and an SVG path maker. */
export interface FramedProjection {
  width: number;
  height: number;
  /** Longitude/latitude to picture coordinates, rounded to a tenth of a unit. */
  project: (lonLat: readonly [number, number]) => [number, number];
  /** SVG path data of a GeoJSON object (empty string for an empty one). */
  path: (object: GeoPermissibleObjects) => string;
}

// «|| 0» turns -0 into 0, so a corner prints as 0 and compares equal to it.
const tenth = (v: number) => Math.round(v * 10) / 10 || 0;

/** Fits Mercator to the frame at the given width; the height follows from the frame's shape. */
export function frameProjection(bbox: Bbox, width: number): FramedProjection {
  const [west, south, east, north] = bbox;
  const corners = { type: 'MultiPoint' as const, coordinates: [[west, south], [east, north]] };
  const mercator = geoMercator().fitWidth(width, corners);
  const height = Math.ceil(mercator([west, south])![1]);
  // Planar: no resampling, so a cut along a parallel stays a horizontal line, as in Leaflet.
  const planar = geoTransform({
    point(x, y) {
      const p = mercator([x, y])!;
      this.stream.point(p[0], p[1]);
    },
  });
  const toPath = geoPath(planar).digits(1);
  return {
    width,
    height,
    project: (lonLat) => {
      const p = mercator([lonLat[0], lonLat[1]])!;
      return [tenth(p[0]), tenth(p[1])];
    },
    path: (object) => toPath(object) ?? '',
  };
}
