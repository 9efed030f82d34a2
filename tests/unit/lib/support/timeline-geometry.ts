/** Geometry checks on a laid-out chart, shared by the layout and snapshot tests. */
import { overlaps, type Box, type ChartLayout } from '../../../../src/lib/timeline/scene.ts';

/** Every label box against every other label and every other event's mark: the pairs that overlap. */
export function collisions(layout: ChartLayout): string[] {
  const labels = layout.events.flatMap((e) => (e.label ? [{ id: e.id, box: e.label }] : []));
  const marks = layout.events.flatMap((e) => e.marks.map((box) => ({ id: e.id, box })));
  const found: string[] = [];
  labels.forEach((a, i) => {
    for (const b of labels.slice(i + 1)) if (overlaps(a.box, b.box)) found.push(`label ${a.id} × label ${b.id}`);
    for (const m of marks) if (m.id !== a.id && overlaps(a.box, m.box)) found.push(`label ${a.id} × mark ${m.id}`);
  });
  return found;
}

/** True when the box lies within the chart. */
export function inside(box: Box, layout: ChartLayout): boolean {
  return box.x0 >= 0 && box.x1 <= layout.width && box.y0 >= 0 && box.y1 <= layout.height;
}
