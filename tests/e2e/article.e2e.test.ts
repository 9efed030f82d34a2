import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, inject, it } from 'vitest';
import { parse } from 'yaml';
import { browserForFile } from './support/browser.ts';

const siteUrl = inject('siteUrl');
const browser = await browserForFile();


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

  it('opens the collapsed provenance section on a click, and its link leads to the raw text the body came from', async () => {
    // What each article page shows on arrival is a rule of the crawl (crawl.e2e.test.ts); this is the reader's click.
    const { slug } = articles[0]!;
    const page = await browser.newPage();
    await page.goto(new URL(`articles/${slug}/`, siteUrl).href);
    const body = (await page.locator('.article-body').innerText()).trim();
    const details = page.locator('details.provenance');
    expect(await details.getAttribute('open')).toBeNull();
    await details.locator('summary').click();
    expect(await details.getAttribute('open')).not.toBeNull();
    expect(await page.locator('details.provenance table').first().isVisible()).toBe(true);
    await details.locator('a', { hasText: 'عرض النص الخام' }).click();
    await page.waitForURL(/\/source\/$/);
    expect(await page.locator('pre.raw').innerText()).toContain(body.split('\n')[0]!.slice(0, 20));
    await page.close();
  });

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
