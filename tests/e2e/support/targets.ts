/** Target size (WCAG 2.2, 2.5.8): what a finger must be able to hit is at least 24 × 24 px. */
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
