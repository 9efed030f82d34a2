/**
 * Rules a page must meet once loaded in Chromium. The crawl loads each page once, on a 360 px phone
 * screen first, then widens it to a desktop, then turns it dark; each rule says at which of these
 * moments it looks, and the requests and policy violations of the whole visit are judged last.
 */
import type { Page } from 'playwright-core';
import { axeViolations } from '../axe.ts';
import { smallTargets, smallText } from '../targets.ts';
import type { PageWatch } from '../watch.ts';
import type { SiteFacts } from './facts.ts';
import { idOf, ofKind, SCRIPTED, type SitePage } from './pages.ts';

/** When a rule looks at the page: loaded at 360 px, widened to 1280 px, in dark mode, or after all of them (a page no rule looks at in dark mode is not turned dark). */
export type Moment = 'phone' | 'desktop' | 'dark' | 'after';

/** One visit of one page. */
export interface Visit {
  page: SitePage;
  tab: Page;
  /** The HTTP status of the page's document. */
  status: number | undefined;
  watch: PageWatch;
  facts: SiteFacts;
}

/** A rule over a loaded page. */
export interface BrowserRule {
  /** Named in every problem it reports. */
  name: string;
  moment: Moment;
  /** The pages it holds for; every page when absent. */
  on?: (page: SitePage) => boolean;
  check: (visit: Visit) => Promise<string[]>;
}

/** «what: got …, want …» when the two differ (compared as JSON), else nothing. */
function differ(what: string, got: unknown, want: unknown): string[] {
  return JSON.stringify(got) === JSON.stringify(want) ? [] : [`${what}: got ${JSON.stringify(got)}, want ${JSON.stringify(want)}`];
}

/** Folds white space, as a reader sees text. */
const folded = (text: string) => text.replace(/\s+/g, ' ').trim();

const MONTHS = 'يناير|فبراير|مارس|أبريل|مايو|يونيو|يوليو|أغسطس|سبتمبر|أكتوبر|نوفمبر|ديسمبر';

/** An article page: its body, its date at the precision it is known, its provenance collapsed, its raw source behind a link. */
async function articlePage({ page, tab, facts }: Visit): Promise<string[]> {
  const slug = idOf(page);
  const problems: string[] = [];
  const body = (await tab.locator('.article-body').innerText()).trim();
  if (body.length <= 500) problems.push(`body is ${body.length} characters, an article has more than 500`);
  const time = tab.locator('.facts time');
  const iso = (await time.getAttribute('datetime')) ?? '';
  problems.push(...differ('publication date', iso, facts.articles.get(slug)?.date));
  // A month-precision date shows no day number; a year-precision date shows no month.
  const label = (await time.textContent()) ?? '';
  if (iso.length === 7 && !new RegExp(`^(${MONTHS}) \\d{4}$`).test(label)) problems.push(`date known to the month reads «${label}»`);
  if (iso.length === 4 && label !== iso) problems.push(`date known to the year reads «${label}»`);
  const details = tab.locator('details.provenance');
  if ((await details.getAttribute('open')) !== null) problems.push('the provenance section is open on arrival');
  if (await tab.locator('details.provenance table').first().isVisible()) problems.push('the provenance table shows while collapsed');
  const raw = details.locator('a', { hasText: 'عرض النص الخام' });
  const href = await raw.getAttribute('href');
  problems.push(...differ('raw text link', href, new URL(facts.publicUrl(`${page.path}source/`)).pathname));
  if (href) {
    // The raw page holds the body's first line, as it arrived.
    const rawText = await tab.evaluate(async (url) => {
      const html = await (await fetch(url)).text();
      return new DOMParser().parseFromString(html, 'text/html').querySelector('pre.raw')?.textContent ?? '';
    }, href);
    const opening = body.split('\n')[0]!.slice(0, 20);
    if (!rawText.includes(opening)) problems.push(`the raw text at ${href} does not contain the body's opening «${opening}»`);
  }
  return problems;
}

/** An article's NewsArticle JSON-LD: the archive's page, based on the original with its publisher, author and date. */
async function articleJsonLd({ page, tab, facts }: Visit): Promise<string[]> {
  const article = facts.articles.get(idOf(page))!;
  const blocks = await tab.locator('script[type="application/ld+json"]').allTextContents();
  if (blocks.length !== 1) return [`${blocks.length} JSON-LD blocks, want 1`];
  const ld = JSON.parse(blocks[0]!);
  const original = ld.isBasedOn ?? {};
  return [
    ...differ('@type', ld['@type'], 'NewsArticle'),
    ...differ('url', ld.url, facts.publicUrl(page.path)),
    ...differ('publisher', ld.publisher?.name, 'أرشيف ليبيا'),
    ...differ('isBasedOn.headline', original.headline, article.title),
    ...differ('isBasedOn.datePublished', original.datePublished, article.date),
    ...differ('isBasedOn.publisher', original.publisher?.name ?? null, article.publisher),
    ...differ('isBasedOn.author', original.author?.name ?? null, article.author),
    ...differ('isBasedOn.url', original.url ?? null, article.url),
  ];
}

/** The citation box: original URL (or that it is unknown), the archive's URL, and a blank for the date accessed. */
async function citationBox({ page, tab, facts }: Visit): Promise<string[]> {
  const article = facts.articles.get(idOf(page))!;
  const box = tab.locator('section.citation');
  const text = await box.innerText();
  const must = [
    facts.publicUrl(page.path),
    article.title,
    article.url ?? 'الرابط الأصلي غير معروف',
    ...(article.publisher ? [article.publisher] : []),
    'تاريخ الاطلاع: ____',
  ];
  return [
    ...differ('heading', await box.locator('h2').innerText(), 'كيف تستشهد بهذا المقال'),
    ...must.filter((m) => !text.includes(m)).map((m) => `does not say «${m}»`),
    ...differ('date', await box.locator('time').getAttribute('datetime'), article.date),
  ];
}

/** Every claim quoting the article finds its exact quote in the article's text. */
async function quotedClaims({ page, tab, facts }: Visit): Promise<string[]> {
  const text = folded(await tab.locator('.article-body').innerText());
  const claims = facts.quotes.get(idOf(page)) ?? [];
  return claims.filter((c) => !text.includes(folded(c.quote))).map((c) => `claim ${c.claim} quotes «${c.quote}», not in the text`);
}

/** A place page's counts equal the map page's list and, for a place drawn on the map, its data and its static dot's label. */
async function placeNumbers({ page, tab, facts }: Visit): Promise<string[]> {
  const onMap = facts.mapPlaces.get(idOf(page));
  if (!onMap) return []; // named only by events: the map page lists places that articles mention
  const counts = tab.locator('.place-counts');
  const here = { mentions: Number(await counts.getAttribute('data-mentions')), articles: Number(await counts.getAttribute('data-articles')) };
  const countText = ((await counts.locator('.mention-count').textContent()) ?? '').trim();
  return [
    ...differ('counts on the map page’s list', onMap.listed, here),
    ...(onMap.drawn ? differ('counts in the map’s data', onMap.data, here) : []),
    ...(onMap.drawn && !onMap.dotLabel?.includes(countText) ? [`the map’s dot reads «${onMap.dotLabel}», not «${countText}»`] : []),
  ];
}

/** Axe's violations on the page as it is now, one line each. */
const axe = (visit: Visit) => axeViolations(visit.tab);

export const BROWSER_RULES: BrowserRule[] = [
  {
    name: 'answers with its HTTP status',
    moment: 'phone',
    check: async ({ page, status }) => differ('status', status, page.status),
  },
  {
    name: 'Arabic and right to left: <html lang="ar" dir="rtl">',
    moment: 'phone',
    check: async ({ tab }) => [
      ...differ('lang', await tab.getAttribute('html', 'lang'), 'ar'),
      ...differ('dir', await tab.getAttribute('html', 'dir'), 'rtl'),
    ],
  },
  {
    name: 'fits a 360 px screen without horizontal scrolling',
    moment: 'phone',
    async check({ tab }) {
      const overflow = await tab.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      return overflow > 0 ? [`${overflow} px wider than the screen`] : [];
    },
  },
  {
    // WCAG 2.2, 2.5.8: a target smaller than this is hard to hit with a finger. The timeline's and the map's
    // drawn states are judged by tests/e2e/timeline-enhanced.e2e.test.ts.
    name: 'every link, button and field at least 24 × 24 px on a 360 px screen',
    moment: 'phone',
    check: ({ tab }) => smallTargets(tab),
  },
  {
    name: 'no text smaller than 12 px on a 360 px screen',
    moment: 'phone',
    check: ({ tab }) => smallText(tab),
  },
  {
    // Site name and navigation links wrap into a few lines, not one link per line.
    name: 'its header leaves a 360 px screen to the content (under 200 px tall)',
    moment: 'phone',
    async check({ tab }) {
      const height = await tab.evaluate(() => document.querySelector('.site-header')?.getBoundingClientRect().height ?? null);
      return height === null ? ['no .site-header'] : height >= 200 ? [`header is ${Math.round(height)} px tall`] : [];
    },
  },
  {
    name: 'a main heading with text',
    moment: 'desktop',
    check: async ({ tab }) => ((await tab.locator('h1').first().textContent())?.trim() ? [] : ['no <h1> with text']),
  },
  {
    name: 'says the page does not exist, in Arabic',
    moment: 'desktop',
    on: ofKind('not-found'),
    check: async ({ tab }) => (((await tab.locator('h1').textContent()) ?? '').includes('غير موجودة') ? [] : ['its <h1> does not say «غير موجودة»']),
  },
  { name: 'article: body, date at its precision, collapsed provenance, raw text', moment: 'desktop', on: ofKind('article'), check: articlePage },
  { name: 'article: NewsArticle JSON-LD of the original', moment: 'desktop', on: ofKind('article'), check: articleJsonLd },
  { name: 'article: citation box', moment: 'desktop', on: ofKind('article'), check: citationBox },
  { name: 'article: every claim’s quote is in its text', moment: 'desktop', on: ofKind('article'), check: quotedClaims },
  { name: 'place: the same numbers as the map', moment: 'desktop', on: ofKind('place'), check: placeNumbers },
  { name: 'no axe violation (light, 1280 px)', moment: 'desktop', check: axe },
  {
    // Dark mode changes colours only, and they come from each template's CSS: the largest page of each kind,
    // with the most of its template's elements, stands for its kind (the light run above covers every page).
    name: 'no axe violation (dark, 1280 px)',
    moment: 'dark',
    on: (page) => page.largestOfKind,
    check: axe,
  },
  {
    name: 'no Content-Security-Policy violation',
    moment: 'after',
    check: ({ watch }) => watch.violations(),
  },
  {
    name: 'no failed request',
    moment: 'after',
    // The 404 page's own document answers 404 on purpose.
    check: async ({ page, tab, watch }) => watch.failures.filter((f) => !(page.status === 404 && f === `404 ${tab.url()}`)),
  },
  {
    name: 'nothing requested from another origin',
    moment: 'after',
    check: async ({ watch }) => watch.foreign(),
  },
  {
    // A JSON-LD block is data, not JavaScript: article pages carry one and still ship no script.
    name: 'no JavaScript on a page that needs none',
    moment: 'after',
    on: (page) => !SCRIPTED.has(page.kind),
    check: async ({ tab, watch }) => [
      ...(await tab.locator('script:not([type="application/ld+json"])').evaluateAll((s) => s.map((e) => `<script> ${e.getAttribute('src') ?? 'inline'}`))),
      ...watch.requests.filter((u) => /\.m?js(\?|$)/.test(u)).map((u) => `requested ${u}`),
    ],
  },
];
