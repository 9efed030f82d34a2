/**
 * What the crawl's rules compare a page with, read once: the build's other files (claims, the map's list
 * and data, every broken link) and the committed content. Nothing here comes from the page under test.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkLinks, type BrokenLink } from '../../../../src/lib/linkcheck/index.ts';
import { startTags } from '../../../../src/lib/linkcheck/html.ts';
import { withBase } from '../../../../src/lib/paths.ts';
import { readArticleFile } from '../../../../src/lib/frontmatter.ts';

/** An article's frontmatter, as far as its page must show it. */
export interface ArticleFacts {
  slug: string;
  title: string;
  publisher: string | null;
  author: string | null;
  url: string | null;
  /** ISO date at its precision: «2016», «2016-12», «2016-12-06». */
  date: string;
}

/** A place as the map page states it: in its lists, and when it is drawn, in its data and its static drawing. */
export interface MapPlace {
  /** The counts its list item gives, on the map or among the places it cannot show. */
  listed: { mentions: number; articles: number };
  /** True when it is listed among the places on the map (inside its frame, with coordinates). */
  drawn: boolean;
  data: { mentions: number; articles: number } | null;
  /** The aria-label of its dot on the static map («سرت: 53 إشارة في 5 مقالات»). */
  dotLabel: string | null;
}

export interface SiteFacts {
  dist: string;
  /** The public address of a page path («/about/» → «https://…/about/»): the built site's own origin and base. */
  publicUrl: (path: string) => string;
  /** Broken internal links and anchors, by the URL path of the page holding them. */
  brokenLinks: Map<string, BrokenLink[]>;
  articles: Map<string, ArticleFacts>;
  /** The quotes of the claims in /data/claims.json, by the article they quote. */
  quotes: Map<string, { claim: string; quote: string }[]>;
  /** The places of the map page, by id. */
  mapPlaces: Map<string, MapPlace>;
}

/** Articles of content/ as their pages must show them. */
function articlesOf(dir: string): Map<string, ArticleFacts> {
  const out = new Map<string, ArticleFacts>();
  for (const f of readdirSync(dir).filter((name) => name.endsWith('.mdx'))) {
    const data = readArticleFile(f, readFileSync(join(dir, f), 'utf8')).data as Record<string, unknown>;
    const published = data.published as { date: string };
    out.set(String(data.slug), {
      slug: String(data.slug),
      title: String(data.title),
      publisher: (data.publisher as string | null | undefined) ?? null,
      author: (data.author as string | null | undefined) ?? null,
      url: (data.url as string | null | undefined) ?? null,
      date: published.date,
    });
  }
  return out;
}

/** The map page's list, data (the places file its data block names, in `dist`) and static dots, read without a browser. */
function mapPlacesOf(html: string, dist: string): Map<string, MapPlace> {
  const places = new Map<string, MapPlace>();
  type Features = { features: { properties: { id: string; mentions: number; articles: unknown[] } }[] };
  const json = /<script[^>]*\bdata-map\b[^>]*>([\s\S]*?)<\/script>/.exec(html)?.[1];
  const named = json ? (JSON.parse(json) as { places: string | Features }).places : null;
  const features = typeof named === 'string' ? (readJson<Features>(join(dist, 'map', 'places.json'))?.features ?? []) : (named?.features ?? []);
  let item: string | null = null;
  let drawn = false;
  const dots = new Map<string, string>();
  for (const tag of startTags(html)) {
    if (tag.name === 'section') drawn = tag.attrs.get('aria-labelledby') === 'places-on-map';
    if (tag.name === 'li' && tag.attrs.has('data-place')) item = tag.attrs.get('data-place')!;
    if (item && tag.attrs.has('data-mentions')) {
      const listed = { mentions: Number(tag.attrs.get('data-mentions')), articles: Number(tag.attrs.get('data-articles')) };
      places.set(item, { listed, drawn, data: null, dotLabel: null });
      item = null;
    }
    if (tag.name === 'a' && tag.attrs.get('class')?.split(' ').includes('dot') && tag.attrs.has('data-place')) {
      dots.set(tag.attrs.get('data-place')!, tag.attrs.get('aria-label') ?? '');
    }
  }
  for (const [id, place] of places) {
    const feature = features.find((f) => f.properties.id === id);
    place.data = feature ? { mentions: feature.properties.mentions, articles: feature.properties.articles.length } : null;
    place.dotLabel = dots.get(id) ?? null;
  }
  return places;
}

/** A JSON file's value, or undefined when the build has no such file. */
function readJson<T>(file: string): T | undefined {
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as T) : undefined;
}

/** Reads the facts of the site built in `dist` for `site` + `base`, and of the content in `content`; a file a site lacks gives none. */
export function siteFacts({ dist = 'dist', content = 'content', site, base }: { dist?: string; content?: string; site: string; base: string }): SiteFacts {
  const root = new URL(withBase(base, '/'), site).href;
  const brokenLinks = new Map<string, BrokenLink[]>();
  for (const broken of checkLinks({ dist, base, site })) brokenLinks.set(broken.page, [...(brokenLinks.get(broken.page) ?? []), broken]);
  const quotes = new Map<string, { claim: string; quote: string }[]>();
  for (const c of readJson<{ id: string; article: string; quote: string }[]>(join(dist, 'data', 'claims.json')) ?? []) {
    quotes.set(c.article, [...(quotes.get(c.article) ?? []), { claim: c.id, quote: c.quote }]);
  }
  const map = join(dist, 'map', 'index.html');
  const articles = join(content, 'articles');
  return {
    dist,
    publicUrl: (path) => new URL(withBase(base, path), root).href,
    brokenLinks,
    articles: existsSync(articles) ? articlesOf(articles) : new Map(),
    quotes,
    mapPlaces: existsSync(map) ? mapPlacesOf(readFileSync(map, 'utf8'), dist) : new Map(),
  };
}
