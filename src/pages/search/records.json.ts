import type { APIRoute } from 'astro';
import { searchRecords } from '../../data/search.ts';

/** Build input of the search index; the build hook indexes it, then deletes it from dist/. */
export const GET: APIRoute = async () => Response.json({ records: await searchRecords() });
