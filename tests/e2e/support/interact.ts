/** Drives the lazily loaded map and timeline so that their code runs (under the CSP, at a sub-path). */
import type { Page } from 'playwright-core';

/** Waits for Leaflet to replace the static map, zooms in with the control and opens a marker's popup. */
export async function exerciseMap(page: Page): Promise<void> {
  await page.locator('archive-map').scrollIntoViewIfNeeded();
  await page.waitForSelector('archive-map[data-state="ready"]', { timeout: 15_000 });
  await page.locator('.leaflet-control-zoom-in').click();
  await page.waitForFunction(() => document.querySelectorAll('.leaflet-zoom-anim').length === 0);
  await page.locator('.leaflet-marker-icon[data-places]').first().click();
  await page.locator('.leaflet-popup').waitFor();
}

/** Waits for the timeline's enhancement, zooms in with its button and brushes a period on its axis. */
export async function exerciseTimeline(page: Page): Promise<void> {
  await page.waitForSelector('archive-timeline[data-enhanced="true"]', { timeout: 15_000 });
  await page.locator('archive-timeline button[data-zoom="in"]').click();
  const overlay = page.locator('.timeline-brush .overlay');
  await overlay.scrollIntoViewIfNeeded();
  const { width, height } = (await overlay.boundingBox())!;
  await overlay.dragTo(overlay, { sourcePosition: { x: width * 0.7, y: height / 2 }, targetPosition: { x: width * 0.3, y: height / 2 } });
  await page.waitForURL(/from=\d{4}-\d{2}&to=\d{4}-\d{2}/);
}
