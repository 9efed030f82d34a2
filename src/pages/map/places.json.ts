import type { APIRoute } from 'astro';
import { mapPlaces } from '../../data/places.ts';
import { LIBYA_FRAME } from '../../lib/geo/bbox.ts';
import { partitionByFrame, placesToGeoJSON } from '../../lib/geo/places-geojson.ts';

// The places the interactive map draws, with their popups' articles and events: one cached file for the
// home and map pages, fetched with the basemap when the map is drawn.
export const GET: APIRoute = async () =>
  new Response(JSON.stringify(placesToGeoJSON(partitionByFrame(await mapPlaces(), LIBYA_FRAME).inside, { min: 5, max: 20 })), {
    headers: { 'Content-Type': 'application/geo+json' },
  });
