/**
 * A synthetic corpus for the benchmark: N Arabic articles recombined from the sentences of the real
 * articles, with valid frontmatter, raw sources whose sha256 matches, and events quoting them.
 */
import { createHash } from 'node:crypto';
import { copyFileSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, stringify } from 'yaml';
import { toMdxFile, YAML_STYLE } from '../../../src/ingest/steps/frontmatter.ts';
import { readArticleFile } from '../../../src/lib/frontmatter.ts';
import { splitSentences } from '../../../src/lib/sentences.ts';
import { articleSchema, type Article } from '../../../src/schemas/article.ts';

/** What the generator recombines: sentences, headings and events of the real content. */
export interface Pool {
  /** Sentences of the real bodies that are plain text in MDX and Markdown alike. */
  sentences: string[];
  /** Section headings of the real bodies, without «## ». */
  headings: string[];
  /** Gazetteer ids. */
  placeIds: string[];
  /** Titles, descriptions and types of the real events, reused as event templates. */
  events: { title: string; description: string; type: string }[];
}

/** One generated article: its frontmatter, its Markdown body and the raw text it claims to come from. */
export interface GeneratedArticle {
  data: Article;
  body: string;
  raw: string;
  /** Sentences of the body that an event may quote. */
  quotable: string[];
}

/** Characters that MDX or Markdown would read as syntax; sentences holding them are left out. */
const SYNTAX = /[\\<>{}*_[\]#|`~&]/;

/** A small seeded generator (mulberry32), so that a corpus is the same on every machine. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pick = <T>(rnd: () => number, list: readonly T[]): T => list[Math.floor(rnd() * list.length)] as T;
const between = (rnd: () => number, lo: number, hi: number): number => lo + Math.floor(rnd() * (hi - lo + 1));
const words = (s: string): number => s.split(/\s+/).filter(Boolean).length;

/** Reads the sentences, headings, places and events of a content folder. */
export function readPool(contentDir: string): Pool {
  const sentences = new Set<string>();
  const headings: string[] = [];
  const articles = join(contentDir, 'articles');
  for (const name of readdirSync(articles).filter((n) => n.endsWith('.mdx')).sort()) {
    const { body } = readArticleFile(name, readFileSync(join(articles, name), 'utf8'));
    for (const line of body.split('\n')) {
      if (line.startsWith('## ')) headings.push(line.slice(3).trim());
      else if (line.trim() && !/^[-+>#\d]/.test(line.trim())) {
        for (const s of splitSentences(line)) if (words(s) >= 6 && !SYNTAX.test(s)) sentences.add(s);
      }
    }
  }
  const places = parse(readFileSync(join(contentDir, 'places.yaml'), 'utf8')) as { id: string }[];
  const events = (parse(readFileSync(join(contentDir, 'events.yaml'), 'utf8')) as { events: Pool['events'] }).events;
  return {
    sentences: [...sentences],
    headings: headings.filter((h) => !SYNTAX.test(h)),
    placeIds: places.map((p) => p.id),
    events: events.map(({ title, description, type }) => ({ title, description, type })),
  };
}

/** A publication date in 2014–2017 at day, month or year precision. */
function randomDate(rnd: () => number): string {
  const year = between(rnd, 2014, 2017);
  const month = String(between(rnd, 1, 12)).padStart(2, '0');
  const day = String(between(rnd, 1, 28)).padStart(2, '0');
  const r = rnd();
  return r < 0.6 ? `${year}-${month}-${day}` : r < 0.9 ? `${year}-${month}` : String(year);
}

/** Article number `i` of a corpus: 600–1,500 words in paragraphs of two to four sentences. */
export function generateArticle(pool: Pool, i: number, rnd: () => number): GeneratedArticle {
  const target = between(rnd, 600, 1500);
  const paragraphs: string[] = [];
  const quotable: string[] = [];
  let count = 0;
  while (count < target) {
    if (paragraphs.length > 0 && paragraphs.length % 6 === 0 && pool.headings.length > 0) {
      paragraphs.push(`## ${pick(rnd, pool.headings)}`);
    }
    const sentences = Array.from({ length: between(rnd, 2, 4) }, () => pick(rnd, pool.sentences));
    quotable.push(...sentences);
    count += sentences.reduce((n, s) => n + words(s), 0);
    paragraphs.push(sentences.join(' '));
  }
  const date = randomDate(rnd);
  const slug = `bench-${date.slice(0, 7).replace(/-$/, '')}-${String(i).padStart(5, '0')}`;
  const title = pick(rnd, pool.sentences).split(/\s+/).slice(0, between(rnd, 5, 10)).join(' ').replace(/[.،,:؛]+$/, '');
  const body = paragraphs.join('\n\n');
  const raw = `${title}\n\n${paragraphs.map((p) => p.replace(/^## /, '')).join('\n\n')}\n`;
  const placeIds = new Set(Array.from({ length: between(rnd, 1, 6) }, () => pick(rnd, pool.placeIds)));
  const data = articleSchema.parse({
    title,
    titleFrom: 'text',
    slug,
    publisher: 'وكالة تجريبية',
    via: null,
    author: null,
    url: null,
    published: { date, approximate: rnd() < 0.3, basis: 'تاريخ مولّد لقياس أداء البناء، وليس تاريخ مقال حقيقي.' },
    source: { file: `sources/${slug}.txt`, sha256: createHash('sha256').update(raw, 'utf8').digest('hex') },
    removed: [{ reason: 'title', lines: 1 }],
    removedLines: [{ line: 1, reason: 'title', text: title }],
    places: [...placeIds].map((id) => ({ id, count: between(rnd, 1, 12) })),
    dates: [{ text: date.slice(0, 4), value: date.slice(0, 4) }],
  });
  return { data, body, raw, quotable };
}

/** An events.yaml whose claims quote sentences of the generated articles: one event per ten articles. */
export function generateEvents(pool: Pool, articles: readonly GeneratedArticle[], rnd: () => number): string {
  const events = Array.from({ length: Math.max(5, Math.ceil(articles.length / 10)) }, (_, i) => {
    const template = pick(rnd, pool.events);
    const value = randomDate(rnd);
    const sources = Array.from({ length: between(rnd, 1, 2) }, () => pick(rnd, articles));
    return {
      id: `${value.slice(0, 4)}-bench-event-${i}`,
      title: template.title,
      description: template.description,
      type: template.type,
      places: [...new Set(sources.flatMap((a) => a.data.places.slice(0, 1).map((p) => p.id)))],
      date: { value },
      claims: sources.map((a) => ({ article: a.data.slug, quote: pick(rnd, a.quotable), date: { value } })),
    };
  });
  return stringify({ events }, YAML_STYLE);
}

/** Writes a corpus of `n` articles into a new content folder beside the places of `realContent`. */
export function writeCorpus(realContent: string, out: string, n: number, seed = 2016): GeneratedArticle[] {
  const pool = readPool(realContent);
  const rnd = seededRandom(seed);
  mkdirSync(join(out, 'articles'), { recursive: true });
  mkdirSync(join(out, 'sources'), { recursive: true });
  copyFileSync(join(realContent, 'places.yaml'), join(out, 'places.yaml'));
  const articles = Array.from({ length: n }, (_, i) => generateArticle(pool, i, rnd));
  for (const a of articles) {
    const slug = a.data.slug;
    writeFileSync(join(out, 'articles', `${slug}.mdx`), toMdxFile(a.data, `${a.body}\n`));
    writeFileSync(join(out, 'sources', `${slug}.txt`), a.raw);
    writeFileSync(
      join(out, 'sources', `${slug}.meta.yaml`),
      stringify({ slug, publisher: a.data.publisher, published: a.data.published }, YAML_STYLE),
    );
  }
  writeFileSync(join(out, 'events.yaml'), generateEvents(pool, articles, rnd));
  return articles;
}
