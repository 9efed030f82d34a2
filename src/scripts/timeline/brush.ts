/**
 * The brush of the wide chart: dragging across the band under the axis chooses a period, which the
 * chart then zooms to. It is this small drag, not d3-brush: the chart redraws for the chosen period at
 * once, so d3-brush's handles, moves and transitions (18 KB gzipped with d3-selection) would serve
 * nothing. The band lets a vertical swipe scroll the page (touch-action: pan-y).
 */
import type { ChartLayout } from '../../lib/timeline/scene.ts';
import { svgEl } from '../dom.ts';

/** Adds the brush over `layout.brush` to `svg`; `choose` receives the instants under the selection, earliest first. */
export function addBrush(svg: SVGSVGElement, layout: ChartLayout, choose: (start: number, end: number) => void): void {
  const box = layout.brush;
  if (!box) return;
  // Time runs right to left: the band's right end is the domain's start.
  const [start, end] = layout.domain;
  const time = (x: number) => start + ((box.x1 - x) / (box.x1 - box.x0)) * (end - start);
  const group = svgEl('g', { class: 'timeline-brush' });
  const rect = (className: string, x: number, width: number) => svgEl('rect', { class: className, x, y: box.y0, width, height: box.y1 - box.y0 });
  const overlay = rect('overlay', box.x0, box.x1 - box.x0);
  const selection = rect('selection', 0, 0);
  selection.setAttribute('hidden', '');
  group.append(overlay, selection);
  svg.append(group);

  const xOf = (e: PointerEvent) => {
    const bounds = svg.getBoundingClientRect();
    return Math.min(box.x1, Math.max(box.x0, e.clientX - bounds.left));
  };
  let from: number | null = null;
  const show = (a: number, b: number) => {
    selection.removeAttribute('hidden');
    selection.setAttribute('x', String(Math.min(a, b)));
    selection.setAttribute('width', String(Math.abs(b - a)));
  };
  overlay.addEventListener('pointerdown', (e) => {
    if (e.button !== 0) return;
    from = xOf(e);
    overlay.setPointerCapture(e.pointerId);
    show(from, from);
  });
  overlay.addEventListener('pointermove', (e) => {
    if (from !== null) show(from, xOf(e));
  });
  const finish = (e: PointerEvent, keep: boolean) => {
    if (from === null) return;
    const [a, b] = [from, xOf(e)].sort((p, q) => p - q) as [number, number];
    from = null;
    selection.setAttribute('hidden', '');
    if (keep && b - a >= 4) choose(time(b), time(a));
  };
  overlay.addEventListener('pointerup', (e) => finish(e, true));
  overlay.addEventListener('pointercancel', (e) => finish(e, false));
}
