import { rmSync } from 'node:fs';
import { dirname } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserForFile } from './support/browser.ts';
import { buildFixtureSite } from './support/fixture-site.ts';
import { serveStatic } from './support/static-server.ts';

const browser = await browserForFile();
/** A site built from tests/fixtures/hostile through the real ingest and the real build. */
let fixture: { url: string; close: () => Promise<void> };
let fixtureDist: string | undefined;

beforeAll(async () => {
  fixtureDist = buildFixtureSite();
  fixture = await serveStatic(fixtureDist);
});
afterAll(async () => {
  await fixture?.close();
  if (fixtureDist) rmSync(dirname(fixtureDist), { recursive: true, force: true });
});

describe('an article quoting hostile markup, ingested and built like any other', () => {
  it('shows the markup as text and runs nothing', async () => {
    const page = await browser.newPage();
    const dialogs: string[] = [];
    page.on('dialog', async (d) => {
      dialogs.push(d.message());
      await d.dismiss();
    });
    await page.goto(new URL('articles/2016-hostile-fixture/', fixture.url).href);
    const body = page.locator('.article-body');
    const text = await body.innerText();
    expect(text).toContain('<script>alert(1)</script>');
    expect(text).toContain('{alert(document.cookie)}');
    expect(text).toContain('<img src=x onerror=alert(2)>');
    expect(text).toContain("import evil from 'attacker'");
    expect(text).toContain('export const pwned = true');
    expect(text).toContain('# هذا ليس عنوانا');
    expect(text).toContain('**التحذير**');
    expect(text).toContain('[انقر](javascript:alert(3))');
    expect(text).toContain('| أ | ب |');
    expect(text).toContain('&amp;');
    expect(await body.locator('script, img, a, table, strong, em, code, ul, ol, h1').count()).toBe(0);
    // The page's only script element is its JSON-LD data block, which must stay valid JSON.
    expect(await page.locator('script:not([type="application/ld+json"])').count()).toBe(0);
    const ld = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent()) ?? '');
    expect(ld.isBasedOn.headline).toBe(await page.locator('h1').innerText());
    expect(dialogs).toEqual([]);
    await page.close();
  });
});
