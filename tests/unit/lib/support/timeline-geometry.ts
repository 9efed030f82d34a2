/** Geometry checks on a laid-out chart, shared by the layout and snapshot tests. */
import { overlaps, type Box, type ChartLayout, type Shape } from '../../../../src/lib/timeline/scene.ts';
import { textWidth } from '../../../../src/lib/timeline/text-width.ts';

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

/** The box of a text shape set at `fontSize` px: its widest line, from above the first baseline to below the last. */
function textBox(s: Extract<Shape, { kind: 'text' }>, fontSize: number): Box {
  const w = Math.max(...s.lines.map((line) => textWidth(line, fontSize)));
  // Right to left: a line starts at its right end.
  const [x0, x1] = s.anchor === 'middle' ? [s.x - w / 2, s.x + w / 2] : s.anchor === 'end' ? [s.x, s.x + w] : [s.x - w, s.x];
  return { x0, x1, y0: s.y - fontSize, y1: s.y + (s.lines.length - 1) * s.lineHeight + fontSize * 0.3 };
}

/** The axis's labels (set at `fontSize` px) that overlap another: pairs of their texts. */
export function tickCollisions(layout: ChartLayout, fontSize: number): string[] {
  const ticks = layout.axis.flatMap((s) => (s.kind === 'text' && s.role === 'tick' ? [{ text: s.lines.join(' '), box: textBox(s, fontSize) }] : []));
  return ticks.flatMap((a, i) => ticks.slice(i + 1).flatMap((b) => (overlaps(a.box, b.box) ? [`«${a.text}» × «${b.text}»`] : [])));
}
