import type { APIRoute } from 'astro';
import { searchLexiconFile } from '../../data/search.ts';

/** The names search reads queries with (gazetteer + aliases) and the filter labels. */
export const GET: APIRoute = async () => Response.json(await searchLexiconFile());
