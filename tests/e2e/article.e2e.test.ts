import { readdirSync, readFileSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { parse } from 'yaml';
import { launchBrowser } from './support/browser.ts';

const siteUrl = inject('siteUrl');
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** Slugs and titles straight from the committed MDX frontmatter, so the test follows the content. */
const articles = readdirSync('content/articles')
  .filter((f) => f.endsWith('.mdx'))
  .map((f) => {
    const text = readFileSync(`content/articles/${f}`, 'utf8');
    const data = parse(/^---\n([\s\S]*?)\n---/.exec(text)?.[1] ?? '');
    return { slug: data.slug as string, sha256: data.source.sha256 as string };
  });

describe('article pages', () => {
  it('the home page lists every article, newest first, each linking to its page', async () => {
    const page = await browser.newPage();
    await page.goto(siteUrl);
    const hrefs = await page.locator('.article-list a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(hrefs.length).toBe(articles.length);
    for (const { slug } of articles) expect(hrefs).toContain(`/articles/${slug}/`);
    const dates = await page.locator('.article-list time').evaluateAll((ts) => ts.map((t) => t.getAttribute('datetime') ?? ''));
    expect(dates).toEqual([...dates].sort().reverse());
    await page.close();
  });

  for (const { slug } of articles) {
    it(`${slug}: shows title, date at its precision, body, and a collapsed provenance section that opens`, async () => {
      const page = await browser.newPage();
      await page.goto(new URL(`articles/${slug}/`, siteUrl).href);
      await expect(page.locator('h1').textContent()).resolves.toBeTruthy();
      const body = (await page.locator('.article-body').innerText()).trim();
      expect(body.length).toBeGreaterThan(500);
      const time = page.locator('.facts time');
      const iso = (await time.getAttribute('datetime')) ?? '';
      expect(iso).toMatch(/^\d{4}(-\d{2}(-\d{2})?)?$/);
      // A month-precision date shows no day number; a year-precision date shows no month.
      const label = (await time.textContent()) ?? '';
      if (iso.length === 7) expect(label).toMatch(/^[^\d]+ \d{4}$/);
      if (iso.length === 4) expect(label).toBe(iso);
      const details = page.locator('details.provenance');
      expect(await details.getAttribute('open')).toBeNull();
      expect(await page.locator('details.provenance table').isVisible()).toBe(false);
      await details.locator('summary').click();
      expect(await details.getAttribute('open')).not.toBeNull();
      const rawLink = details.locator('a', { hasText: 'عرض النص الخام' });
      await rawLink.click();
      await page.waitForURL(/\/source\/$/);
      expect(await page.locator('pre.raw').innerText()).toContain(body.split('\n')[0]!.slice(0, 20));
      await page.close();
    });
  }

  it('serves each raw source byte for byte', async () => {
    for (const { slug, sha256: sha } of articles) {
      const res = await fetch(new URL(`sources/${slug}.txt`, siteUrl));
      expect(res.status).toBe(200);
      const bytes = Buffer.from(await res.arrayBuffer());
      const { createHash } = await import('node:crypto');
      expect(createHash('sha256').update(bytes).digest('hex')).toBe(sha);
    }
  });
});
