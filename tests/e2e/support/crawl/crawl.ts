/**
 * The crawl: each page of a built site is read once from its file and loaded once in Chromium, and judged
 * by every rule that holds for it. What it finds is one line per problem, «rule: what is wrong», so that a
 * failing page names the rules it breaks.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { watchPage } from '../watch.ts';
import { BROWSER_RULES, type BrowserRule, type Moment, type Visit } from './browser-rules.ts';
import type { SiteFacts } from './facts.ts';
import { FILE_RULES, type FileRule } from './file-rules.ts';
import type { SitePage } from './pages.ts';

/** A phone first, as most readers come; then a desktop. */
const PHONE = { width: 360, height: 800 };
const DESKTOP = { width: 1280, height: 800 };
/** How long one look at the page may wait for an element: a missing one is a problem, not a long wait. */
const LOOK_TIMEOUT = 5_000;

/** Runs `check`, turning what it throws into a problem of its rule. */
async function judge(name: string, check: () => string[] | Promise<string[]>): Promise<string[]> {
  try {
    return (await check()).map((problem) => `${name}: ${problem}`);
  } catch (e) {
    return [`${name}: could not be checked — ${e instanceof Error ? e.message.split('\n')[0] : String(e)}`];
  }
}

/** What the moments ahead do to the page before their rules look: widen it, then turn it dark. */
const BEFORE: Record<Moment, (visit: Visit) => Promise<void>> = {
  phone: async () => {},
  desktop: ({ tab }) => tab.setViewportSize(DESKTOP),
  dark: ({ tab }) => tab.emulateMedia({ colorScheme: 'dark' }),
  after: async () => {},
};

/** Judges `page` of the site served at `siteUrl` by every rule that holds for it; returns its problems. */
export async function crawlPage(
  browser: Browser,
  siteUrl: string,
  page: SitePage,
  facts: SiteFacts,
  rules: { file: FileRule[]; browser: BrowserRule[] } = { file: FILE_RULES, browser: BROWSER_RULES },
): Promise<string[]> {
  const holds = (rule: { on?: (p: SitePage) => boolean }) => rule.on?.(page) ?? true;
  const html = readFileSync(join(facts.dist, page.file), 'utf8');
  const problems: string[] = [];
  for (const rule of rules.file.filter(holds)) problems.push(...(await judge(rule.name, () => rule.check(page, html, facts))));

  const context = await browser.newContext({ viewport: PHONE, colorScheme: 'light' });
  context.setDefaultTimeout(LOOK_TIMEOUT);
  try {
    const tab = await context.newPage();
    const watch = await watchPage(tab, new URL(siteUrl).origin);
    const response = await tab.goto(new URL(page.path.replace(/^\//, ''), siteUrl).href, { waitUntil: 'load' });
    // The font swaps in after «load» on most pages: until then the fallback's metrics can wrap the header
    // onto one more line (204 px instead of 156 at 360 px). Rules judge the page as it settles.
    await tab.evaluate(() => document.fonts.ready);
    const visit: Visit = { page, tab, status: response?.status(), watch, facts };
    for (const moment of Object.keys(BEFORE) as Moment[]) {
      const now = rules.browser.filter((r) => r.moment === moment && holds(r));
      if (now.length === 0) continue;
      await BEFORE[moment](visit);
      for (const rule of now) problems.push(...(await judge(rule.name, () => rule.check(visit))));
    }
  } finally {
    await context.close();
  }
  return problems;
}
