/**
 * Places for the pages: the gazetteer, every article with its text, and the events, given to the joins
 * of ./join/places.ts once per build.
 */
import type { MapPlace } from '../lib/geo/places-geojson.ts';
import { articlesWithText } from './articles.ts';
import { listEvents } from './events.ts';
import { gazetteer } from './gazetteer.ts';
import { mapPlaces as onTheMap, placesByRegion as byRegion, placeViews as join, type PlaceView, type RegionGroup } from './join/places.ts';

export { countryName, countsLabel, kindLabel, regionLabel, toMapPlace, type PlaceArticle, type PlaceView, type RegionGroup } from './join/places.ts';

let viewsCache: Promise<PlaceView[]> | undefined;

async function buildViews(): Promise<PlaceView[]> {
  const [articles, events] = await Promise.all([articlesWithText(), listEvents()]);
  return join(gazetteer(), articles, events);
}

/** Every place with articles or events, most mentioned first (then most articles, most events). */
export function placeViews(): Promise<PlaceView[]> {
  viewsCache ??= buildViews();
  return viewsCache;
}

/** The places index: Libya's regions first (west to east, then south), then the other countries, most mentioned first. */
export async function placesByRegion(): Promise<RegionGroup[]> {
  return byRegion(await placeViews());
}

/** The places the Libya maps draw: named by at least one article, with coordinates inside the frame; most mentioned first. */
export async function mapPlaces(): Promise<MapPlace[]> {
  return onTheMap(await placeViews());
}
