/**
 * A body that is one line of four megabytes stops the build and the check on its line, with the fix; the
 * same text cut at sentence ends into paragraphs (src/lib/paragraphs.ts, as the ingest does) builds, and
 * its page loads.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MAX_PARAGRAPH, splitParagraph } from '../../src/lib/paragraphs.ts';
import { browserForFile } from './support/browser.ts';
import { serveStatic } from './support/static-server.ts';
import { buildHandSite, FOUR_MB_LINE, quoted, REFUSED, runCheck } from './support/safety-sites.ts';

const refused = buildHandSite('refused', REFUSED);
const paragraphs = splitParagraph(FOUR_MB_LINE);
const split = buildHandSite('split', [{ slug: '2016-12-long-split', title: quoted('النص نفسه في فقرات'), body: `${paragraphs.join('\n\n')}\n` }]);

const browser = await browserForFile();

describe('a body that is one line of four megabytes', () => {
  it('stops the build and the check on its line, with its length and the fix', () => {
    expect(Buffer.byteLength(FOUR_MB_LINE)).toBeGreaterThan(4_000_000);
    const file = join(refused.content, 'articles', '2016-12-long-line.mdx');
    const line = readFileSync(file, 'utf8').split('\n').indexOf(FOUR_MB_LINE) + 1;
    const english = FOUR_MB_LINE.length.toLocaleString('en');
    const expected = new RegExp(
      `2016-12-long-line\\.mdx:${line} body: فقرة أطول مما تعرضه صفحة \\(.+ حرف\\S*\\) / a paragraph of ${english} characters, longer than the 5,000 a page can show as one — break it at sentence ends into paragraphs with a blank line between them \\(npm run ingest splits a long line of a raw text this way\\)`,
    );
    expect(refused.status).not.toBe(0);
    expect(existsSync(join(refused.dist, 'index.html'))).toBe(false);
    expect(refused.output).toMatch(expected);
    const check = runCheck(refused.content);
    expect(check.status).toBe(1);
    expect(check.lines.some((l) => expected.test(l))).toBe(true);
  });

  it('cut into paragraphs at sentence ends, builds, and its page loads with every paragraph', async () => {
    expect(paragraphs.every((p) => p.length <= MAX_PARAGRAPH && p.endsWith('.'))).toBe(true);
    expect(split.status, split.output.slice(-2000)).toBe(0);
    const server = await serveStatic(split.dist);
    try {
      const page = await browser.newPage();
      await page.goto(new URL('articles/2016-12-long-split/', server.url).href, { waitUntil: 'load', timeout: 60_000 });
      expect(await page.locator('.article-body p').count()).toBe(paragraphs.length);
      await page.close();
    } finally {
      await server.close();
    }
  });
});
