import type { APIRoute } from 'astro';
import { timelineView } from '../../data/events.ts';

// One cached file for every page with a timeline, fetched by <archive-timeline> as it enhances the chart
// drawn at build time: the pages' HTML stays light.
export const GET: APIRoute = async () =>
  new Response(JSON.stringify((await timelineView()).payload), { headers: { 'Content-Type': 'application/json' } });
