import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { validateEventsText } from '../../../src/check/rules/events.ts';
import { mdxToPlainText } from '../../../src/lib/mdx-text.ts';
import { articleSchema } from '../../../src/schemas/article.ts';
import { readArticleFile } from '../../../src/lib/frontmatter.ts';
import { writeCorpus } from '../../bench/steps/corpus.ts';

let out: string;
beforeAll(() => {
  out = mkdtempSync(join(tmpdir(), 'bench-corpus-'));
  writeCorpus('content', out, 30, 7);
});
afterAll(() => rmSync(out, { recursive: true, force: true }));

const articles = () =>
  readdirSync(join(out, 'articles')).map((name) => readArticleFile(name, readFileSync(join(out, 'articles', name), 'utf8')));

describe('the synthetic benchmark corpus', () => {
  it('writes articles of 600 to 1,500 Arabic words whose frontmatter the article schema accepts', () => {
    const all = articles();
    expect(all).toHaveLength(30);
    for (const { data, body } of all) {
      expect(articleSchema.safeParse(data).success).toBe(true);
      const words = mdxToPlainText(body).split(/\s+/).filter(Boolean).length;
      expect(words).toBeGreaterThanOrEqual(600);
      expect(words).toBeLessThan(1500 + 120); // the last paragraph may overshoot by its sentences
      expect(body).toMatch(/[\u0600-\u06FF]/);
    }
  });

  it('dates every article between 2014 and 2017 and tags only gazetteer places', () => {
    const placeIds = new Set((parse(readFileSync('content/places.yaml', 'utf8')) as { id: string }[]).map((p) => p.id));
    for (const { data } of articles()) {
      const a = articleSchema.parse(data);
      expect(Number(a.published.date.slice(0, 4))).toBeGreaterThanOrEqual(2014);
      expect(Number(a.published.date.slice(0, 4))).toBeLessThanOrEqual(2017);
      for (const p of a.places) expect(placeIds.has(p.id)).toBe(true);
    }
  });

  it('keeps a raw source beside each article whose sha256 is the one the frontmatter records', () => {
    for (const { data } of articles()) {
      const a = articleSchema.parse(data);
      const raw = readFileSync(join(out, a.source.file));
      expect(createHash('sha256').update(raw).digest('hex')).toBe(a.source.sha256);
    }
  });

  it('writes events whose every claim quotes a sentence that really is in its article', () => {
    const text = new Map(articles().map(({ data, body }) => [articleSchema.parse(data).slug, mdxToPlainText(body)]));
    const placeIds = new Set((parse(readFileSync('content/places.yaml', 'utf8')) as { id: string }[]).map((p) => p.id));
    const { events, problems } = validateEventsText(readFileSync(join(out, 'events.yaml'), 'utf8'), { file: 'events.yaml', articles: text, placeIds });
    expect(problems).toEqual([]);
    expect(events.length).toBe(5);
  });

  it('is the same corpus for the same seed', () => {
    const again = mkdtempSync(join(tmpdir(), 'bench-corpus-'));
    try {
      writeCorpus('content', again, 30, 7);
      expect(readFileSync(join(again, 'events.yaml'), 'utf8')).toBe(readFileSync(join(out, 'events.yaml'), 'utf8'));
    } finally {
      rmSync(again, { recursive: true, force: true });
    }
  });
});
