/** What a finger must hit and an eye must read on a phone: targets of at least 24 × 24 px (WCAG 2.2, 2.5.8), text of at least 12 px. */
import type { Page } from 'playwright-core';

/** The page's visible links, buttons and fields smaller than 24 × 24 px, each named by its tag, text and size. */
export function smallTargets(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const selector = 'a[href], button, input:not([type="hidden"]), select, textarea, summary, [tabindex]:not([tabindex="-1"])';
    return [...document.querySelectorAll(selector)].flatMap((el) => {
      const r = el.getBoundingClientRect();
      if (r.width === 0 || r.height === 0 || getComputedStyle(el).visibility === 'hidden' || (r.width >= 24 && r.height >= 24)) return [];
      return [`${el.tagName.toLowerCase()} «${(el.textContent ?? '').trim().slice(0, 30)}» is ${r.width.toFixed(0)} × ${r.height.toFixed(0)} px`];
    });
  });
}

/**
 * The page's visible texts set smaller than 12 px, each named by its text, its element and its size: in an
 * SVG drawn to fit its box (a viewBox), the size as drawn on the screen.
 */
export function smallText(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const found: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement;
      if (!parent || !node.textContent?.trim() || parent.closest('script, style, title, desc, noscript, .visually-hidden')) continue;
      if (!parent.checkVisibility({ visibilityProperty: true, opacityProperty: true })) continue;
      const range = document.createRange();
      range.selectNodeContents(node);
      const box = range.getBoundingClientRect();
      if (box.width < 2 || box.height < 2) continue;
      let size = parseFloat(getComputedStyle(parent).fontSize);
      if (parent instanceof SVGGraphicsElement) size *= Math.abs(parent.getScreenCTM()?.a ?? 1);
      if (size < 11.95) found.push(`«${node.textContent.trim().slice(0, 30)}» in <${parent.tagName.toLowerCase()}> is ${size.toFixed(1)} px`);
    }
    return found;
  });
}
