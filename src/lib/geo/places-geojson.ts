/** The archive's places as map points: GeoJSON for Leaflet and the clusterer, the same data for the SVG. */
import type { Feature, FeatureCollection, Point } from 'geojson';
import { inBbox, type Bbox } from './bbox.ts';
import { markerRadius, type RadiusRange } from './scale.ts';

/** An article named in a map popup. */
export interface MapArticle {
  title: string;
  href: string;
  /** How many times the article mentions the place. */
  count: number;
}

/** One event at a place: what its popup lists and what the view filters it by. */
export interface MapEvent {
  id: string;
  title: string;
  /** Its page. */
  href: string;
  /** Its date in words, at its precision. */
  date: string;
  /** Its first and last day, inclusive («2016-05-12» … «2016-12-31»). */
  from: string;
  to: string;
  type: string;
  /** True when its sources disagree. */
  disputed: boolean;
}

/** What a map needs to know about one place. */
export interface MapPlace {
  id: string;
  /** Arabic name, as shown. */
  name: string;
  /** Main Latin name, shown left to right. */
  latin: string;
  lat: number;
  lon: number;
  /** The place's page. */
  href: string;
  /** Mentions across the whole archive: what the marker size says. */
  mentions: number;
  /** Articles that mention the place, most mentions first. */
  articles: MapArticle[];
  /** The timeline's events at the place, earliest first (none: the place has no events). */
  events: MapEvent[];
}

/** A place as a GeoJSON point; `radius` is its marker radius in pixels. */
export type MapPlaceProps = Omit<MapPlace, 'lat' | 'lon'> & { radius: number };
export type PlaceFeature = Feature<Point, MapPlaceProps>;

/** Places inside the frame, and those beyond it (listed, not drawn). */
export function partitionByFrame<T extends { lat: number; lon: number }>(places: readonly T[], frame: Bbox): { inside: T[]; outside: T[] } {
  const inside: T[] = [];
  const outside: T[] = [];
  for (const place of places) (inBbox([place.lon, place.lat], frame) ? inside : outside).push(place);
  return { inside, outside };
}

/** Places as GeoJSON points, each with its marker radius scaled against the most mentioned place. */
export function placesToGeoJSON(places: readonly MapPlace[], range?: RadiusRange): FeatureCollection<Point, MapPlaceProps> {
  const max = Math.max(0, ...places.map((p) => p.mentions));
  return {
    type: 'FeatureCollection',
    features: places.map(({ lat, lon, ...rest }) => ({
      type: 'Feature',
      properties: { ...rest, radius: markerRadius(rest.mentions, max, range) },
      geometry: { type: 'Point', coordinates: [lon, lat] },
    })),
  };
}
