/** Keyboard use of the Leaflet map, shared by the map and home page tests. */
import type { Locator, Page } from 'playwright-core';

/** A marker standing for one place (not a cluster). */
export const SINGLE_MARKER = '.leaflet-marker-icon[data-places]:not([data-places*=" "])';

/** Focuses a marker, opens its popup with Enter and waits until it has faded in (axe measures contrast). */
export async function openPopupByKeyboard(page: Page, marker: Locator = page.locator(SINGLE_MARKER).first()): Promise<Locator> {
  await marker.focus();
  await page.keyboard.press('Enter');
  const popup = page.locator('.leaflet-popup .map-popup');
  await popup.waitFor();
  await page.waitForFunction(() => getComputedStyle(document.querySelector('.leaflet-popup')!).opacity === '1');
  return popup;
}
