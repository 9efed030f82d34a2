/** Touch gestures through Chromium's own input pipeline (DevTools protocol), so touch-action and handlers apply as on a phone. */
import type { CDPSession, Page } from 'playwright-core';

const sessions = new WeakMap<Page, CDPSession>();

async function cdp(page: Page): Promise<CDPSession> {
  let session = sessions.get(page);
  if (!session) {
    session = await page.context().newCDPSession(page);
    sessions.set(page, session);
  }
  return session;
}

/** A one-finger swipe from (x, y) by `dy` px (negative: the finger moves up, the page scrolls down); resolves once the page stops moving. */
export async function swipe(page: Page, x: number, y: number, dy: number, { steps = 10, fling = false } = {}): Promise<void> {
  const session = await cdp(page);
  const at = (k: number) => [{ x: Math.round(x), y: Math.round(y + (dy * k) / steps), id: 1 }];
  await session.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: at(0) });
  for (let k = 1; k <= steps; k += 1) await session.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: at(k) });
  // The finger rests before it lifts: no fling, so the page moves by about `dy`.
  if (!fling) for (let k = 0; k < 3; k += 1) await session.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: at(steps) });
  await session.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
  await settled(page);
}

/** Resolves once the page's scroll position has not changed for a few frames (a fling has ended). */
export async function settled(page: Page): Promise<void> {
  await page.evaluate(
    () =>
      new Promise<void>((resolve) => {
        let last = -1;
        let still = 0;
        const check = () => {
          still = window.scrollY === last ? still + 1 : 0;
          last = window.scrollY;
          if (still >= 5) resolve();
          else requestAnimationFrame(check);
        };
        requestAnimationFrame(check);
      }),
  );
}

/** Two fingers 60 px apart around (x, y), moved together by (dx, dy) in `steps` steps. */
export async function twoFingerDrag(page: Page, x: number, y: number, dx: number, dy: number, steps = 8): Promise<void> {
  const session = await cdp(page);
  const points = (k: number) => [
    { x: x - 30 + (dx * k) / steps, y: y + (dy * k) / steps, id: 1 },
    { x: x + 30 + (dx * k) / steps, y: y + (dy * k) / steps, id: 2 },
  ];
  await session.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: points(0) });
  for (let k = 1; k <= steps; k += 1) await session.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: points(k) });
  await session.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
  await settled(page);
}
