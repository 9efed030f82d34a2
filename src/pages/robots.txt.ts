// robots.txt: everything may be crawled; the sitemap is named with the site and base URL.
import type { APIRoute } from 'astro';
import { pageHref, absoluteUrl } from '../lib/paths.ts';

export const GET: APIRoute = ({ site }) => {
  const sitemap = absoluteUrl(pageHref('sitemap'));
  return new Response(`User-agent: *\nAllow: /\n\nSitemap: ${sitemap}\n`, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
};
