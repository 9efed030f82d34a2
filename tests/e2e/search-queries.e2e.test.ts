/**
 * Search against an oracle: for each query, the articles it must find are computed from the articles'
 * text (tests/e2e/support/search-oracle.ts, which does not use the search code), and the built index must
 * return exactly those articles: all of them, nothing unrelated. Every query runs in Node against the
 * built index, through the same analysis the search page uses; a few, one for each way a query is read,
 * also run on the search page in Chromium, which must show the same.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser } from './support/browser.ts';
import { openBuiltIndex, type BuiltIndex } from './support/search-index.ts';
import { expectedArticles, oracleArticles, oracleGroups } from './support/search-oracle.ts';
import { allResultPaths, openSearch } from './support/search-page.ts';

const siteUrl = inject('siteUrl');
const articles = oracleArticles();
const groups = oracleGroups();
const expected = (q: string) => expectedArticles(q, articles, groups).map((slug) => `/articles/${slug}/`);

/** Queries by the class of difficulty they test; every class named in the search issue is here. */
const QUERIES: Record<string, string[]> = {
  'attached clitics and the article': ['لداعش', 'والموصل', 'بسرت', 'وسرت', 'لسرت', 'بطرابلس', 'وبنغازي', 'للتنظيم', 'بالموصل', 'ومصراتة', 'لليبيا', 'والمسلحين'],
  'ta marbuta and ha': ['مصراتة', 'مصراته', 'درنة', 'درنه', 'الرقة', 'الرقه', 'الدولة', 'الدوله'],
  'alef maqsura and ya': ['مستشفى', 'مستشفي', 'قتلى', 'قتلي'],
  'hamza seats': ['مسئول', 'مسؤول', 'الإسلامية', 'الاسلامية', 'أفريقيا', 'افريقيا', 'رئيس'],
  'plural and inflected forms': ['مسلح', 'المسلحين', 'مقاتل', 'مقاتلين', 'عملية', 'عمليات', 'قوات', 'الليبية'],
  'harakat typed in the query': ['سِرْت', 'دَاعِش', 'طَرَابُلُس', 'مَسْؤُول'],
  'Arabic-Indic digits': ['٢٠١٦', '٢٠١٥', '2016'],
  'short words and prefixes': ['مصر', 'سرت', 'ليبيا', 'تونس', 'عين', 'حرب'],
  'Latin names of places': ['Sirte', 'Misrata', 'Tripoli', 'Benghazi', 'Derna', 'Mosul', 'Ben Guerdane', 'Sabratha'],
  'aliases of organisations and operations': ['داعش', 'تنظيم الدولة', 'الدولة الإسلامية', 'تنظيم الدولة الإسلامية', 'ISIS', 'Daesh', 'البنيان المرصوص', 'Bunyan al-Marsous', 'تنظيم القاعدة', 'حكومة الوفاق', 'AFRICOM'],
  'several words': ['سرت مصراتة', 'داعش درنة', 'هجوم سوسة', 'الجيزة البحرية'],
};

/** One query for each way the page reads a query: a clitic split into two searches, harakat, digits, a Latin name of two words, an alias of three, two words. */
const IN_THE_BROWSER = ['لداعش', 'سِرْت', '٢٠١٦', 'Ben Guerdane', 'تنظيم الدولة الإسلامية', 'سرت مصراتة'];

/** Queries whose answer is known to differ from the oracle, and why; the test fails if one starts to agree. */
const KNOWN_DIFFERENCES: Record<string, string> = {};

const all = Object.entries(QUERIES).flatMap(([kind, list]) => list.map((q) => ({ kind, q })));

describe('the query suite', () => {
  it('has at least 60 queries, no query twice, and finds something for most of them', () => {
    expect(all.length).toBeGreaterThanOrEqual(60);
    expect(new Set(all.map((x) => x.q)).size).toBe(all.length);
    const empty = all.filter(({ q }) => expected(q).length === 0);
    expect(empty.length).toBeLessThan(all.length / 10);
  });

  it('runs in the browser queries it also runs in Node, each of a different class', () => {
    const kinds = IN_THE_BROWSER.map((q) => all.find((x) => x.q === q)?.kind);
    expect(kinds.every(Boolean)).toBe(true);
    expect(new Set(kinds).size).toBe(IN_THE_BROWSER.length);
  });
});

describe('searching articles in the built index', () => {
  let index: BuiltIndex;
  beforeAll(async () => {
    index = await openBuiltIndex(siteUrl);
  });

  describe.each(Object.keys(QUERIES))('%s', (kind) => {
    for (const q of QUERIES[kind]!) {
      const want = expected(q);
      const test = KNOWN_DIFFERENCES[q] ? it.fails : it;
      test(`«${q}» finds exactly ${want.length} of ${articles.length} articles${KNOWN_DIFFERENCES[q] ? ` (known: ${KNOWN_DIFFERENCES[q]})` : ''}`, async () => {
        expect((await index.articles(q)).sort()).toEqual(want.sort());
      });
    }
  });
});

describe('searching articles on the search page', () => {
  let browser: Browser;
  let page: Page;
  beforeAll(async () => {
    browser = await launchBrowser();
    page = await browser.newPage();
  });
  afterAll(async () => {
    await browser?.close();
  });

  for (const q of IN_THE_BROWSER) {
    it(`«${q}» shows exactly the articles the oracle expects`, async () => {
      await openSearch(page, siteUrl, new URLSearchParams({ q, type: 'article' }).toString());
      expect((await allResultPaths(page)).sort()).toEqual(expected(q).sort());
    });
  }
});
