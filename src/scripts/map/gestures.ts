/**
 * Cooperative gestures, as maps embedded in long pages do: on a touch screen one finger scrolls the page
 * and two fingers move and zoom the map; over the map the mouse wheel scrolls the page and Ctrl with the
 * wheel (or a trackpad pinch) zooms. A one-finger drag or a plain wheel over the map says so, briefly.
 */
import type * as Leaflet from 'leaflet';

/** How long the hint stays, ms. */
const HINT_MS = 1500;

/** Sets the gestures on `map`; `hint` is the element inside the map that says how to move it. */
export function cooperativeGestures(map: Leaflet.Map, hint: HTMLElement): void {
  const container = map.getContainer();
  let timer: ReturnType<typeof setTimeout> | undefined;
  const say = (text: string) => {
    hint.textContent = text;
    hint.hidden = false;
    clearTimeout(timer);
    timer = setTimeout(() => (hint.hidden = true), HINT_MS);
  };
  // Dragging off, so the container lets the browser pan the page with one finger (touch-action: pan-x pan-y);
  // Leaflet's pinch handler still moves and zooms the map with two.
  map.dragging.disable();
  map.scrollWheelZoom.disable();
  // A mouse drags the map as usual, but only while it is over the map: a touch never finds dragging on.
  container.addEventListener('pointerover', (e) => {
    if (e.pointerType === 'mouse' && !map.dragging.enabled()) map.dragging.enable();
  });
  container.addEventListener('pointerleave', (e) => {
    if (e.pointerType === 'mouse') map.dragging.disable();
  });
  container.addEventListener(
    'touchmove',
    (e) => {
      if (e.touches.length === 1) say('استعمل إصبعين لتحريك الخريطة');
      else hint.hidden = true;
    },
    { passive: true },
  );
  container.addEventListener(
    'wheel',
    (e) => {
      if (!e.ctrlKey && !e.metaKey) {
        say('اضغط Ctrl مع عجلة الفأرة لتكبير الخريطة');
        return;
      }
      e.preventDefault();
      hint.hidden = true;
      map.setZoomAround(map.mouseEventToContainerPoint(e), map.getZoom() - Math.sign(e.deltaY) * 0.5);
    },
    { passive: false },
  );
}
