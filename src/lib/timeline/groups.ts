/**
 * The thirteen event types drawn as five groups: five colours a reader can tell apart and match with the
 * legend, each with its own shape, so the chart still reads in grey or for a reader who does not see
 * the colours.
 */
import type { EventType } from '../events/types.ts';

/** The groups, in the order the legend lists them. */
export const TYPE_GROUPS = ['fighting', 'attacks', 'politics', 'tolls', 'reports'] as const;

/** One group of event types. */
export type TypeGroup = (typeof TYPE_GROUPS)[number];

/** The symbol a group's events are drawn with: its second channel after colour. */
export type GroupShape = 'square' | 'triangle' | 'circle' | 'diamond' | 'cross';

/** The group of each type. */
export const GROUP_OF: Record<EventType, TypeGroup> = {
  'control-change': 'fighting',
  offensive: 'fighting',
  siege: 'fighting',
  'air-strike': 'fighting',
  attack: 'attacks',
  agreement: 'politics',
  formation: 'politics',
  statement: 'politics',
  pledge: 'politics',
  estimate: 'tolls',
  'casualty-report': 'tolls',
  report: 'reports',
  other: 'reports',
};

/** Arabic names of the groups, as the legend shows them. */
export const GROUP_LABELS: Record<TypeGroup, string> = {
  fighting: 'قتال وسيطرة',
  attacks: 'هجمات',
  politics: 'سياسة وإعلانات',
  tolls: 'أعداد وحصائل',
  reports: 'تقارير وغيرها',
};

/** The shape of each group's symbol. */
export const GROUP_SHAPES: Record<TypeGroup, GroupShape> = {
  fighting: 'square',
  attacks: 'triangle',
  politics: 'circle',
  tolls: 'diamond',
  reports: 'cross',
};

/** Radius of a symbol, px: about the size of a letter of the labels beside it. */
export const SYMBOL_RADIUS = 6;

/** The group of an event type. */
export function groupOf(type: EventType): TypeGroup {
  return GROUP_OF[type];
}

/**
 * SVG path data of a group's symbol centred on (cx, cy), about `r` in radius; all five cover a similar
 * area so that none looks more important than another.
 */
export function symbolPath(shape: GroupShape, cx: number, cy: number, r: number): string {
  const f = (v: number) => Number(v.toFixed(2));
  const p = (points: [number, number][]) => `M${points.map(([x, y]) => `${f(cx + x)},${f(cy + y)}`).join('L')}Z`;
  switch (shape) {
    case 'square': {
      const s = r * 0.85;
      return p([[-s, -s], [s, -s], [s, s], [-s, s]]);
    }
    case 'triangle':
      return p([[0, -r * 1.1], [r * 1.05, r * 0.75], [-r * 1.05, r * 0.75]]);
    case 'diamond':
      return p([[0, -r * 1.15], [r * 1.15, 0], [0, r * 1.15], [-r * 1.15, 0]]);
    case 'cross': {
      const a = r * 0.38;
      const b = r * 1.05;
      return p([[-a, -b], [a, -b], [a, -a], [b, -a], [b, a], [a, a], [a, b], [-a, b], [-a, a], [-b, a], [-b, -a], [-a, -a]]);
    }
    case 'circle':
      return `M${f(cx - r)},${f(cy)}a${f(r)},${f(r)} 0 1,0 ${f(2 * r)},0a${f(r)},${f(r)} 0 1,0 ${f(-2 * r)},0Z`;
  }
}
