import type { APIRoute } from 'astro';
import { interactiveBasemap } from '../../data/basemap.ts';

// Served from the site itself: the interactive map needs no tile server and no other origin.
export const GET: APIRoute = () =>
  new Response(JSON.stringify(interactiveBasemap()), { headers: { 'Content-Type': 'application/geo+json' } });
