/**
 * The search page against an oracle: for each query, the articles it must find are computed from the
 * articles' text (tests/e2e/support/search-oracle.ts, which does not use the search code), and the page,
 * loaded from its URL in Chromium, must show exactly those articles: all of them, nothing unrelated.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser } from './support/browser.ts';
import { expectedArticles, oracleArticles, oracleGroups } from './support/search-oracle.ts';
import { openSearch, resultPaths } from './support/search-page.ts';

const siteUrl = inject('siteUrl');
let browser: Browser;
let page: Page;
beforeAll(async () => {
  browser = await launchBrowser();
  page = await browser.newPage();
});
afterAll(async () => {
  await browser?.close();
});

const articles = oracleArticles();
const groups = oracleGroups();

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

/** Queries whose answer is known to differ from the oracle, and why; the test fails if one starts to agree. */
const KNOWN_DIFFERENCES: Record<string, string> = {};

const all = Object.entries(QUERIES).flatMap(([kind, list]) => list.map((q) => ({ kind, q })));

describe('the query suite', () => {
  it('has at least 60 queries, no query twice, and finds something for most of them', () => {
    expect(all.length).toBeGreaterThanOrEqual(60);
    expect(new Set(all.map((x) => x.q)).size).toBe(all.length);
    const empty = all.filter(({ q }) => expectedArticles(q, articles, groups).length === 0);
    expect(empty.length).toBeLessThan(all.length / 10);
  });
});

describe.each(Object.keys(QUERIES))('searching articles: %s', (kind) => {
  for (const q of QUERIES[kind]!) {
    const expected = expectedArticles(q, articles, groups).map((slug) => `/articles/${slug}/`);
    const test = KNOWN_DIFFERENCES[q] ? it.fails : it;
    test(`«${q}» finds exactly ${expected.length} of ${articles.length} articles${KNOWN_DIFFERENCES[q] ? ` (known: ${KNOWN_DIFFERENCES[q]})` : ''}`, async () => {
      await openSearch(page, siteUrl, new URLSearchParams({ q, type: 'article' }).toString());
      expect((await resultPaths(page)).sort()).toEqual(expected.sort());
    });
  }
});
