/**
 * Rules a page's built HTML must meet, read from its file without a browser: the Content-Security-Policy
 * tag, HTML validity, links, the performance budgets and the metadata feeds and search engines read.
 * Each returns one line per problem, without the page's name (the crawl names the page and the rule).
 */
import { HtmlValidate } from 'html-validate';
import { cspMetaContent } from '../../../../src/lib/csp.ts';
import { startTags } from '../../../../src/lib/linkcheck/html.ts';
import * as budget from '../../../budgets/check.ts';
import type { SiteFacts } from './facts.ts';
import { isReading, ofKind, type SitePage } from './pages.ts';

/** A rule over a page's built HTML. */
export interface FileRule {
  /** Named in every problem it reports. */
  name: string;
  /** The pages it holds for; every page when absent. */
  on?: (page: SitePage) => boolean;
  check: (page: SitePage, html: string, facts: SiteFacts) => string[] | Promise<string[]>;
}

/** html-validate's recommended rules, with each exception to them justified by the HTML standard or by WCAG. */
export const htmlValidator = new HtmlValidate({
  extends: ['html-validate:recommended'],
  rules: {
    // The DOCTYPE is case-insensitive in the HTML standard; Astro writes it upper-case, hand-made pages need not.
    'doctype-style': 'off',
    // A style preference, not a rule of HTML: an article's page title is its headline, as long as its publisher wrote it.
    'long-title': 'off',
    // A scrolling table's wrapper is labelled role="region" so keyboards can reach it (WCAG 2.1.1); it is not a section of the page.
    'prefer-native-element': ['error', { exclude: ['region'] }],
  },
});

/** Errors of html-validate in `html`, as «line:column rule: message». */
export async function htmlErrors(html: string, file: string): Promise<string[]> {
  const report = await htmlValidator.validateString(html, file);
  return report.results.flatMap((r) => r.messages.map((m) => `${m.line}:${m.column} ${m.ruleId}: ${m.message}`));
}

/** A budget's messages without the page's name they start with. */
const unnamed = (page: SitePage, problems: string[]) => problems.map((p) => p.replace(`${page.budgetPath}: `, ''));

/** Pages with an address of their own, listed in the sitemap: all but the 404 page. */
const addressed = (page: SitePage) => page.status === 200;

/** The JavaScript budget of a page whose purpose needs it: some script, within `bytes` gzipped. */
function jsBudget(kind: 'map' | 'timeline', bytes: number, what: string): FileRule {
  return {
    name: `budget: at most ${bytes / 1024} KB of JavaScript gzipped, ${what}`,
    on: ofKind(kind),
    check: (page, _html, facts) =>
      budget.pageScripts(facts.dist, page.budgetPath).length === 0
        ? [`loads no script at all: the ${kind} cannot be enhanced`]
        : unnamed(page, budget.checkJsBudget(facts.dist, page.budgetPath, bytes)),
  };
}

export const FILE_RULES: FileRule[] = [
  {
    name: 'Content-Security-Policy <meta>, with the policy of src/lib/csp.ts, before any script, style or link',
    check(_page, html) {
      const tags = startTags(html);
      const meta = tags.findIndex((t) => t.name === 'meta' && t.attrs.get('http-equiv')?.toLowerCase() === 'content-security-policy');
      if (meta === -1) return ['no <meta http-equiv="Content-Security-Policy">'];
      const problems: string[] = [];
      if (tags[meta]!.attrs.get('content') !== cspMetaContent()) problems.push(`policy is «${tags[meta]!.attrs.get('content')}»`);
      const governed = tags.findIndex((t) => ['script', 'style', 'link'].includes(t.name));
      if (governed !== -1 && governed < meta) problems.push(`<${tags[governed]!.name}> comes before the policy`);
      return problems;
    },
  },
  {
    name: 'valid HTML (html-validate, recommended rules)',
    check: (page, html) => htmlErrors(html, page.file),
  },
  {
    name: 'internal links and anchors resolve',
    check: (page, _html, facts) => (facts.brokenLinks.get(page.budgetPath) ?? []).map((b) => `${b.link}: ${b.why}`),
  },
  {
    name: 'budget: no JavaScript on a reading page',
    on: isReading,
    check: (page, _html, facts) => unnamed(page, budget.checkNoJs(facts.dist, page.budgetPath)),
  },
  {
    name: 'budget: HTML within twice its visible text, gzipped',
    on: ofKind('article', 'about'),
    check: (page, _html, facts) => unnamed(page, budget.checkHtmlWeight(facts.dist, page.budgetPath)),
  },
  {
    // Place pages are a few lines of text: the frame every page shares (head, header, footer) would alone
    // be over twice their text, so they are allowed the frame on top, and the frame has a budget of its own.
    name: 'budget: HTML within the shared frame plus twice its visible text, gzipped',
    on: ofKind('place', 'places'),
    check: (page, _html, facts) => unnamed(page, budget.checkHtmlWeight(facts.dist, page.budgetPath, { frame: true })),
  },
  {
    name: 'budget: the frame (all but the content of <main>) at most 1.5 KB gzipped',
    on: ofKind('place', 'places'),
    check: (page, _html, facts) => unnamed(page, budget.checkFrame(facts.dist, page.budgetPath)),
  },
  {
    name: 'budget: at most 10 KB of CSS gzipped',
    on: isReading,
    check: (page, _html, facts) => unnamed(page, budget.checkCss(facts.dist, page.budgetPath)),
  },
  {
    name: 'budget: one Arabic font subset per weight, preloaded, at most 60 KB of woff2, font-display: swap',
    check: (page, _html, facts) => unnamed(page, budget.checkFonts(facts.dist, page.budgetPath)),
  },
  {
    name: 'budget: every image sized, lazy and, when raster, with a srcset',
    check: (page, _html, facts) => unnamed(page, budget.checkImages(facts.dist, page.budgetPath)),
  },
  jsBudget('map', budget.BUDGETS.mapJsGz, 'Leaflet and lazy chunks included'),
  jsBudget('timeline', budget.BUDGETS.timelineJsGz, 'lazy chunks included'),
  {
    name: 'RSS feed announced in <head>',
    on: addressed,
    check(_page, html, facts) {
      const feed = new URL(facts.publicUrl('/rss.xml')).pathname;
      const announced = startTags(html).some(
        (t) => t.name === 'link' && t.attrs.get('rel') === 'alternate' && t.attrs.get('type') === 'application/rss+xml' && t.attrs.get('href') === feed,
      );
      return announced ? [] : [`no <link rel="alternate" type="application/rss+xml" href="${feed}">`];
    },
  },
  {
    name: 'canonical URL and og:url equal to its own public address, and an og:title',
    on: addressed,
    check(page, html, facts) {
      const tags = startTags(html);
      const attr = (find: (t: (typeof tags)[number]) => boolean, name: string) => tags.find(find)?.attrs.get(name);
      const own = facts.publicUrl(page.path);
      const canonical = attr((t) => t.name === 'link' && t.attrs.get('rel') === 'canonical', 'href');
      const ogUrl = attr((t) => t.name === 'meta' && t.attrs.get('property') === 'og:url', 'content');
      const ogTitle = attr((t) => t.name === 'meta' && t.attrs.get('property') === 'og:title', 'content');
      return [
        canonical === own ? '' : `canonical is ${canonical ?? 'missing'}, not ${own}`,
        ogUrl === own ? '' : `og:url is ${ogUrl ?? 'missing'}, not ${own}`,
        ogTitle ? '' : 'no og:title',
      ].filter(Boolean);
    },
  },
  {
    name: 'footer links to the open data',
    check(_page, html, facts) {
      const footer = /<footer\b[\s\S]*?<\/footer>/i.exec(html)?.[0] ?? '';
      const data = new URL(facts.publicUrl('/data/')).pathname;
      return startTags(footer).some((t) => t.name === 'a' && t.attrs.get('href') === data) ? [] : [`no link to ${data} in the footer`];
    },
  },
];
