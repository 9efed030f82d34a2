/**
 * The real content: every event in content/events.yaml passes the check against the real articles.
 * Article text comes from content/articles/<slug>.mdx when it exists (its body as plain text); until the
 * ingest has written the five seed articles, from their raw text (content/sources/<slug>.txt, else the
 * shared seeds), where the quotes must also be found.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { formatProblem } from '../../../../src/check/format.ts';
import { validateEventsText } from '../../../../src/check/rules/events.ts';
import { contentDir } from '../../../../src/loaders/content-dir.ts';
import { isDisputed } from '../../../../src/lib/events/dispute.ts';
import { mdxToPlainText } from '../../../../src/lib/mdx-text.ts';

const CONTENT = contentDir();
const SEEDS = '/work/shared/seeds';

/** The five seed files and their canonical slugs. */
const SEED_FILES: Record<string, string> = {
  '2016-12-is-collapse-libya-irfaasawtak': '000_731515f2e7a1dc05.txt',
  '2016-12-is-after-sirte': '001_b8c8b28ebd90ee3c.txt',
  '2016-is-leaving-libya-elmaouid': '002_1f6a6a192af01ecb.txt',
  '2016-12-sirte-reuters': '003_2738f8024ceab370.txt',
  '2017-08-is-havens-khashana': '004_89b814e3b23096b3.txt',
};

/** Gazetteer ids the places work must provide, used until content/places.yaml exists. */
const CANONICAL_PLACES = [
  'sirte', 'tripoli', 'misrata', 'derna', 'benghazi', 'tobruk', 'al-bayda', 'al-khums', 'sabratha', 'bani-walid',
  'bin-jawad', 'al-sidada', 'nawfaliya', 'jabal-al-akhdar', 'cyrenaica', 'fezzan', 'giza-bahriya', 'ben-guerdane',
  'tunis', 'sousse', 'bardo', 'in-amenas', 'tiguentourine', 'skhirat', 'mosul', 'raqqa', 'deir-ez-zor', 'sukhnah',
];

/** The body of an MDX file (frontmatter removed) as the plain text readers see. */
function mdxBody(source: string): string {
  return mdxToPlainText(source.replace(/^---\r?\n[\s\S]*?\r?\n---\r?\n/, ''));
}

/** Every article's text by slug: the MDX articles, then raw text for seed articles not yet ingested. */
function loadArticles(): Map<string, string> {
  const articles = new Map<string, string>();
  const dir = join(CONTENT, 'articles');
  for (const name of existsSync(dir) ? readdirSync(dir) : []) {
    if (name.endsWith('.mdx')) articles.set(name.slice(0, -4), mdxBody(readFileSync(join(dir, name), 'utf8')));
  }
  for (const [slug, seed] of Object.entries(SEED_FILES)) {
    if (articles.has(slug)) continue;
    const raw = [join(CONTENT, 'sources', `${slug}.txt`), join(SEEDS, seed)].find((p) => existsSync(p));
    if (raw) articles.set(slug, readFileSync(raw, 'utf8'));
  }
  return articles;
}

/** Gazetteer ids from content/places.yaml (a list, or a list under `places:`), else the canonical ids. */
function loadPlaceIds(): Set<string> {
  const file = join(CONTENT, 'places.yaml');
  if (!existsSync(file)) return new Set(CANONICAL_PLACES);
  const data: unknown = parse(readFileSync(file, 'utf8'));
  const list = Array.isArray(data) ? data : (data as { places?: unknown[] } | null)?.places ?? [];
  return new Set(list.map((p) => (p as { id?: unknown }).id).filter((id): id is string => typeof id === 'string'));
}

describe('content/events.yaml', () => {
  const text = readFileSync(join(CONTENT, 'events.yaml'), 'utf8');
  const articles = loadArticles();
  const { events, problems } = validateEventsText(text, {
    file: join(CONTENT, 'events.yaml'),
    articles,
    placeIds: loadPlaceIds(),
    articlePath: (slug) => join(CONTENT, 'articles', `${slug}.mdx`),
  });

  it('has the text of every seed article to check quotes against', () => {
    expect(Object.keys(SEED_FILES).filter((slug) => !articles.has(slug))).toEqual([]);
  });

  it('passes the check: every quote is in its article, every article and place exists, every date agrees', () => {
    expect(problems.map(formatProblem)).toEqual([]);
  });

  it('holds at least 25 events, each with at least one claim', () => {
    expect(events.length).toBeGreaterThanOrEqual(25);
    expect(events.every((e) => e.claims.length > 0)).toBe(true);
  });

  it('keeps the disagreements of the sources: Derna (October / 13 November 2014), Sirte (2015) and the toll', () => {
    const disputed = events.filter(isDisputed).map((e) => e.id);
    expect(disputed).toEqual(expect.arrayContaining(['2014-derna-pledge', '2015-is-controls-sirte', '2016-bunyan-marsous-toll']));
  });

  it('quotes all five seed articles', () => {
    const cited = new Set(events.flatMap((e) => e.claims.map((c) => c.article)));
    expect([...cited].sort()).toEqual(Object.keys(SEED_FILES).sort());
  });
});
