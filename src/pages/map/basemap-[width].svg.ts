import type { APIRoute } from 'astro';
import { staticBasemap } from '../../data/basemap.ts';
import { LIBYA_FRAME } from '../../lib/geo/bbox.ts';
import { basemapSvg, MAP_WIDTH, PLACE_MAP_WIDTH } from '../../lib/geo/basemap-svg.ts';
import { frameProjection } from '../../lib/geo/projection.ts';

/** One file per width a page draws with an external basemap: the place pages' small map, the home and map pages' map. */
export const getStaticPaths = () => [PLACE_MAP_WIDTH, MAP_WIDTH].map((width) => ({ params: { width: String(width) } }));

/** The basemap shapes of that width, for <use href> in the place pages. */
export const GET: APIRoute = ({ params }) =>
  new Response(basemapSvg(staticBasemap(), frameProjection(LIBYA_FRAME, Number(params.width))), {
    headers: { 'Content-Type': 'image/svg+xml' },
  });
