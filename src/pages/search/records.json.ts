import type { APIRoute } from 'astro';
import { searchRecords } from '../../data/search.ts';

/** Build input of the search index; the index step (src/search-index) indexes it, then deletes it from dist/. */
export const GET: APIRoute = async () => Response.json({ records: await searchRecords() });
