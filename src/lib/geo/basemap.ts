/**
 * The basemap the site ships instead of a tile server: Natural Earth country shapes (world-atlas
 * TopoJSON) cut to one frame, simplified, as one small GeoJSON FeatureCollection that both the
 * build-time SVG and Leaflet draw.
 */
import type { Feature, MultiLineString, MultiPolygon, Point, Polygon } from 'geojson';
import { feature, mesh, transform } from 'topojson-client';
import type { GeometryCollection, GeometryObject, Topology } from 'topojson-specification';
import { bboxOf, bboxesIntersect, inBbox, LIBYA_FRAME, type Bbox, type Position } from './bbox.ts';
import { clipLine, clipRing, roundLine, simplifyLine } from './lines.ts';

/** A country shape: `iso` is the ISO 3166 numeric code world-atlas uses; `focus` marks Libya. */
export interface CountryProps {
  layer: 'country';
  iso: string;
  focus: boolean;
}
/** Lines drawn over the countries: land borders, or the coastline. */
export interface LineProps {
  layer: 'border' | 'coast';
}
/** A text label placed on the map (a country or a sea), in Arabic. */
export interface LabelProps {
  layer: 'label';
  name: string;
  kind: 'country' | 'sea';
}

export type BasemapFeature =
  | Feature<MultiPolygon, CountryProps>
  | Feature<MultiLineString, LineProps>
  | Feature<Point, LabelProps>;

/** The whole basemap: countries first, then borders and coast, then labels; `bbox` is the frame. */
export interface Basemap {
  type: 'FeatureCollection';
  bbox: [west: number, south: number, east: number, north: number];
  features: BasemapFeature[];
}

/** A label to put on the basemap. */
export interface BasemapLabel {
  name: string;
  kind: 'country' | 'sea';
  at: Position;
}

/** ISO 3166 numeric code of Libya, as world-atlas writes it. */
export const LIBYA_ISO = '434';

/** Arabic labels for Libya, its neighbours and the sea, placed inside the default frame. */
export const LIBYA_LABELS: readonly BasemapLabel[] = [
  { name: 'ليبيا', kind: 'country', at: [17.5, 27] },
  { name: 'تونس', kind: 'country', at: [9.4, 34.4] },
  { name: 'الجزائر', kind: 'country', at: [8.6, 25.5] },
  { name: 'مصر', kind: 'country', at: [26.6, 27.5] },
  { name: 'السودان', kind: 'country', at: [25.6, 19.6] },
  { name: 'تشاد', kind: 'country', at: [19.5, 20.2] },
  { name: 'النيجر', kind: 'country', at: [11.8, 20.5] },
  { name: 'البحر المتوسط', kind: 'sea', at: [18.5, 34.6] },
];

/** How to cut the basemap. */
export interface BasemapOptions {
  /** The frame to keep, [west, south, east, north]. */
  bbox: Bbox;
  /** Douglas–Peucker tolerance in degrees (0.01° ≈ 1 km). */
  tolerance: number;
  /** A rectangle inside `bbox` to leave empty: the surroundings of a map whose centre another basemap draws. */
  around?: Bbox;
  /** Decimals kept in coordinates (3 ≈ 100 m). */
  digits: number;
  /** ISO numeric code of the country drawn as the subject of the map. */
  focusIso: string;
  /** Labels to include. */
  labels: readonly BasemapLabel[];
}

/** Arcs with absolute coordinates and each one simplified, so shared borders stay shared. */
function simplifiedTopology(topology: Topology, opts: BasemapOptions): Topology {
  const decode = transform(topology.transform ?? null);
  const arcs = topology.arcs.map((arc) =>
    simplifyLine(
      arc.map((p, i) => decode(p, i as unknown as boolean) as Position),
      opts.tolerance,
    ),
  );
  const { transform: _dropped, ...rest } = topology;
  return { ...rest, arcs };
}

function polygonsOf(geometry: GeometryObject | null | undefined, topology: Topology): Position[][][] {
  const shape = (feature(topology, geometry as GeometryObject) as Feature).geometry as Polygon | MultiPolygon | null;
  if (!shape) return [];
  return shape.type === 'Polygon' ? [shape.coordinates as Position[][]] : (shape.coordinates as Position[][][]);
}

/** The rectangles that cover `outer` but not `inner`: a strip on each side (north, south, west, east). */
export function ringAround(outer: Bbox, inner: Bbox): Bbox[] {
  const [w, s, e, n] = outer;
  const [iw, is, ie, inn] = inner;
  const strips: Bbox[] = [
    [w, inn, e, n],
    [w, s, e, is],
    [w, is, iw, inn],
    [ie, is, e, inn],
  ];
  return strips.filter(([a, b, c, d]) => c > a && d > b);
}

/** Where shapes are kept: the whole frame, or the strips around the part another basemap draws. */
function clipRegions(opts: BasemapOptions): Bbox[] {
  return opts.around ? ringAround(opts.bbox, opts.around) : [opts.bbox];
}

function clipPolygons(polygons: Position[][][], opts: BasemapOptions): Position[][][] {
  const out: Position[][][] = [];
  for (const region of clipRegions(opts)) {
    for (const rings of polygons) {
      const outer = rings[0] && bboxOf(rings[0]);
      if (!outer || !bboxesIntersect(outer, region)) continue;
      const kept = rings
        .map((ring) => clipRing(ring, region))
        .map((ring) => ring && roundLine(ring, opts.digits))
        .filter((ring): ring is Position[] => ring !== null && ring.length >= 4);
      // Without its outer ring a polygon's holes mean nothing.
      if (kept.length && clipRing(rings[0]!, region)) out.push(kept);
    }
  }
  return out;
}

function clipLines(lines: Position[][], opts: BasemapOptions): Position[][] {
  return clipRegions(opts)
    .flatMap((region) => lines.flatMap((line) => clipLine(line, region)))
    .map((line) => roundLine(line, opts.digits))
    .filter((line) => line.length >= 2);
}

/**
 * Cuts a world-atlas countries topology to the frame: every country that shows in it (clipped),
 * the land borders and the coastline as lines, and the labels that fall inside the frame.
 */
export function extractBasemap(topology: Topology, opts: BasemapOptions): Basemap {
  const topo = simplifiedTopology(topology, opts);
  const countries = topo.objects.countries as GeometryCollection;
  const features: BasemapFeature[] = [];
  const shown: GeometryObject[] = [];
  for (const geometry of countries.geometries) {
    const polygons = clipPolygons(polygonsOf(geometry, topo), opts);
    if (polygons.length === 0) continue;
    shown.push(geometry);
    const iso = String(geometry.id ?? '');
    features.push({
      type: 'Feature',
      properties: { layer: 'country', iso, focus: iso === opts.focusIso },
      geometry: { type: 'MultiPolygon', coordinates: polygons },
    });
  }
  const collection: GeometryCollection = { type: 'GeometryCollection', geometries: shown };
  const lines = (filter: (a: GeometryObject, b: GeometryObject) => boolean) =>
    clipLines(mesh(topo, collection, filter).coordinates as Position[][], opts);
  // An arc used by two countries is a border; an arc used by one is a shore.
  const borders = lines((a, b) => a !== b);
  const coast = lines((a, b) => a === b);
  features.push(
    { type: 'Feature', properties: { layer: 'border' }, geometry: { type: 'MultiLineString', coordinates: borders } },
    { type: 'Feature', properties: { layer: 'coast' }, geometry: { type: 'MultiLineString', coordinates: coast } },
  );
  for (const label of opts.labels) {
    if (!clipRegions(opts).some((region) => inBbox(label.at, region))) continue;
    features.push({
      type: 'Feature',
      properties: { layer: 'label', name: label.name, kind: label.kind },
      geometry: { type: 'Point', coordinates: [...label.at] },
    });
  }
  return { type: 'FeatureCollection', bbox: [...opts.bbox], features };
}

const LAYER_ORDER = { country: 0, border: 1, coast: 2, label: 3 } as const;

/** One basemap from several (a detailed centre and its coarse surroundings): land first, then lines, then labels. */
export function mergeBasemaps(...maps: Basemap[]): Basemap {
  const features = maps.flatMap((m) => m.features);
  // Stable sort: within a layer, the maps keep the order they were given in.
  features.sort((a, b) => LAYER_ORDER[a.properties.layer] - LAYER_ORDER[b.properties.layer]);
  const bbox: Basemap['bbox'] = [
    Math.min(...maps.map((m) => m.bbox[0])),
    Math.min(...maps.map((m) => m.bbox[1])),
    Math.max(...maps.map((m) => m.bbox[2])),
    Math.max(...maps.map((m) => m.bbox[3])),
  ];
  return { type: 'FeatureCollection', bbox, features };
}

/** Settings of the basemap Leaflet draws in the frame: 1:10m shapes, detailed enough to zoom to a town. */
export const INTERACTIVE_BASEMAP: BasemapOptions & { source: 'countries-10m' } = {
  source: 'countries-10m',
  bbox: LIBYA_FRAME,
  tolerance: 0.005,
  digits: 3,
  focusIso: LIBYA_ISO,
  labels: LIBYA_LABELS,
};

/** Settings of the surroundings Leaflet draws around the frame (1:50m, coarse), so a wide screen or a pan never shows a void. */
export const CONTEXT_BASEMAP: BasemapOptions & { source: 'countries-50m' } = {
  source: 'countries-50m',
  bbox: [1, 13, 34, 41],
  around: LIBYA_FRAME,
  tolerance: 0.03,
  digits: 2,
  focusIso: LIBYA_ISO,
  labels: [],
};

/** Settings of the build-time SVG: 1:50m shapes simplified to what a 640-pixel picture can show. */
export const STATIC_BASEMAP: BasemapOptions & { source: 'countries-50m' } = {
  source: 'countries-50m',
  bbox: LIBYA_FRAME,
  tolerance: 0.02,
  digits: 2,
  focusIso: LIBYA_ISO,
  labels: LIBYA_LABELS,
};
