/** The browser the tests drive renders the site's Arabic in the site's own font, not a fallback it happens to have. */
import { describe, expect, inject, it } from 'vitest';
import { browserForFile } from './support/browser.ts';

const browser = await browserForFile();

/** The fonts Chromium really drew the first element matching `selector` with: «family (web font)» → glyph count. */
async function renderedFonts(path: string, selector: string): Promise<Map<string, number>> {
  const page = await browser.newPage();
  await page.goto(new URL(path.replace(/^\//, ''), inject('siteUrl')).href, { waitUntil: 'load' });
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('DOM.enable');
  await cdp.send('CSS.enable');
  const { root } = await cdp.send('DOM.getDocument');
  const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector });
  const { fonts } = await cdp.send('CSS.getPlatformFontsForNode', { nodeId });
  await page.close();
  return new Map(fonts.map((f) => [`${f.familyName}${f.isCustomFont ? ' (web font)' : ''}`, f.glyphCount]));
}

describe('Arabic text in the test browser', () => {
  it('is drawn with the self-hosted Noto Naskh Arabic, every glyph of the home page heading', async () => {
    const fonts = await renderedFonts('/', 'h1');
    expect([...fonts.keys()]).toEqual(['Noto Naskh Arabic (web font)']);
    expect(fonts.get('Noto Naskh Arabic (web font)')).toBeGreaterThan(3);
  });

  it('is drawn with Noto Naskh Arabic in an article paragraph too', async () => {
    const fonts = await renderedFonts('/articles/2016-12-sirte-reuters/', 'main p');
    expect(fonts.get('Noto Naskh Arabic (web font)')).toBeGreaterThan(20);
  });
});
