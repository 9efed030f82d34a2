/**
 * Article bodies are text: markup typed by hand stops the build with a line naming it, shows as the
 * characters typed where an editor previews it (`astro dev` runs no check), and bare addresses stay text.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { browserForFile } from './support/browser.ts';
import { ACCEPTED, buildHandSite, MARKUP, previewSite, REFUSED, runCheck } from './support/safety-sites.ts';

const refused = buildHandSite('refused', REFUSED);
const accepted = buildHandSite('accepted', ACCEPTED);
const check = runCheck(refused.content);
const markupFile = join(refused.content, 'articles', '2016-12-markup.mdx');
/** The line of the file on which each piece of markup stands. */
const lineOf = (markup: string) => readFileSync(markupFile, 'utf8').split('\n').indexOf(markup) + 1;

const browser = await browserForFile();

describe('markup typed by hand into an article body', () => {
  it('stops the build before any page is written', () => {
    expect(refused.status).not.toBe(0);
    expect(existsSync(join(refused.dist, 'index.html'))).toBe(false);
  });

  it.each(MARKUP)('names %s with its file, line and fix, in the build and in npm run check', (markup) => {
    const line = lineOf(markup);
    expect(line).toBeGreaterThan(1);
    const expected = new RegExp(`^\\S*2016-12-markup\\.mdx:${line} body: ترميز في نص المقال «.+» / .+ in the text, «.+» at column 1( \\(and \\d+ more on this line\\))? — .+$`, 'm');
    expect(refused.output).toMatch(expected);
    expect(check.status).toBe(1);
    expect(check.lines.some((l) => expected.test(l))).toBe(true);
  });

  it('shows as the characters typed and runs nothing where an editor previews it', async () => {
    const preview = await previewSite('preview', [REFUSED[0]!]);
    try {
      const page = await browser.newPage();
      const dialogs: string[] = [];
      page.on('dialog', async (d) => {
        dialogs.push(d.message());
        await d.dismiss();
      });
      let lastNavigation = Date.now();
      page.on('framenavigated', (frame) => {
        if (frame === page.mainFrame()) lastNavigation = Date.now();
      });
      await page.goto(new URL('articles/2016-12-markup/', preview.url).href);
      // Read the page once it has stayed put for 2 s: a refresh in the body would have fired after 1 s, and a
      // dev server started cold reloads the page once when Vite has bundled its own client's dependencies.
      await expect.poll(() => Date.now() - lastNavigation, { timeout: 30_000, interval: 250 }).toBeGreaterThan(2000);
      expect(new URL(page.url()).host).toBe(new URL(preview.url).host);
      const body = page.locator('.article-body');
      const text = await body.innerText();
      for (const markup of MARKUP.filter((m) => !m.startsWith('[') && !m.startsWith('<http'))) expect(text).toContain(markup);
      // A link's words stay, its address goes; an autolink stays as its address, not a link.
      expect(text).toContain('انقر');
      expect(text).not.toContain('javascript:');
      expect(await body.locator('*').evaluateAll((els) => [...new Set(els.map((e) => e.tagName.toLowerCase()))])).toEqual(['p']);
      // Nothing ran.
      expect(dialogs).toEqual([]);
      await page.close();
    } finally {
      preview.close();
    }
  });
});

describe('addresses in the text of an article', () => {
  it('leave the build as text: a bare address, an e-mail address and a quoted frame are no links', () => {
    expect(accepted.status, accepted.output).toBe(0);
    const html = readFileSync(join(accepted.dist, 'articles', '2016-12-addresses', 'index.html'), 'utf8');
    const body = /<div class="article-body"[^>]*>([\s\S]*?)<\/div>/.exec(html)![1]!.trim();
    expect(body).toBe('<p>نشر الموقع www.alwasat.ly/news والعنوان https://evil.example/x وبريد editor@example.org، وكتب &lt;iframe src="https://evil.example/"&gt; في صفحته.</p>');
  });
});
