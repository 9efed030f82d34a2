/**
 * Draws a laid-out chart as SVG: every event a link to its page holding its shapes and its title, the
 * axis behind them. Horizontal positions are written as percentages of the width the chart was laid out
 * for, so the drawing needs no viewBox: it fills any wider box without scaling its text, and a label never
 * shrinks below its size in px.
 */
import { GROUP_SHAPES, SYMBOL_RADIUS, symbolPath, type GroupShape } from './groups.ts';
import type { ChartLayout, DrawnEvent, Shape } from './scene.ts';
import { h, type SvgNode } from './svg.ts';

/** What a mark links to, and the name a screen reader says for it. */
export interface EventLink {
  href: string;
  name: string;
}

// Whole px down, tenths of a percent across (1 px at 1,000 px): labels keep several px between them.
const round = (v: number) => Math.round(v);

/** Renders `layout`; `links` gives each event's page and accessible name, `idPrefix` keeps the symbol ids unique on the page. */
export function renderChart(layout: ChartLayout, links: ReadonlyMap<string, EventLink>, idPrefix: string): SvgNode {
  const pct = (x: number) => `${Number(((x / layout.width) * 100).toFixed(1))}%`;
  const symbolId = (shape: GroupShape) => `${idPrefix}-${layout.orientation[0]}-${shape}`;
  const shapes = [...new Set(Object.values(GROUP_SHAPES))];

  const draw = (s: Shape): SvgNode => {
    switch (s.kind) {
      case 'symbol':
        return h('use', { class: 'timeline-symbol', href: `#${symbolId(s.shape)}`, x: pct(s.x), y: round(s.y) });
      case 'ring':
        return h('circle', { class: 'timeline-ring', cx: pct(s.x), cy: round(s.y), r: s.r });
      case 'rect':
        return h('rect', {
          class: `timeline-${s.role}`,
          x: pct(s.box.x0),
          y: round(s.box.y0),
          width: pct(Math.max(0, s.box.x1 - s.box.x0)),
          height: round(s.box.y1 - s.box.y0),
        });
      case 'line':
        return h('line', { class: `timeline-${s.role}`, x1: pct(s.x1), y1: round(s.y1), x2: pct(s.x2), y2: round(s.y2) });
      case 'text': {
        const anchor = s.anchor === 'start' ? undefined : s.anchor;
        if (s.lines.length === 1) return h('text', { class: `timeline-${s.role}`, x: pct(s.x), y: round(s.y), 'text-anchor': anchor }, [s.lines[0]!]);
        return h(
          'text',
          { class: `timeline-${s.role}`, x: pct(s.x), y: round(s.y), 'text-anchor': anchor },
          s.lines.map((line, i) => h('tspan', { x: pct(s.x), dy: i === 0 ? undefined : s.lineHeight }, [line])),
        );
      }
    }
  };

  const event = (e: DrawnEvent): SvgNode => {
    const link = links.get(e.id);
    if (!link) throw new Error(`renderChart: no link for event «${e.id}»`);
    const classes = [
      'timeline-event',
      `g-${e.group}`,
      e.kind === 'context' ? 'is-context' : '',
      e.dateConflict || e.figureConflict ? 'is-disputed' : '',
      e.label ? '' : 'is-unlabelled',
    ].filter(Boolean);
    return h('a', { class: classes.join(' '), href: link.href, 'data-id': e.id, 'aria-label': link.name }, e.shapes.map(draw));
  };

  return h(
    'svg',
    {
      class: `timeline-svg timeline-svg--${layout.orientation}`,
      width: '100%',
      height: layout.height,
      direction: 'rtl',
      'data-orientation': layout.orientation,
      'data-width': layout.width,
      'data-row-units': layout.orientation === 'horizontal' ? layout.rowUnits : undefined,
      'data-domain': layout.domain.join('/'),
      role: 'group',
    },
    [
      h('defs', {}, shapes.map((shape) => h('path', { id: symbolId(shape), d: symbolPath(shape, 0, 0, SYMBOL_RADIUS) }))),
      h('g', { class: 'timeline-axis', 'aria-hidden': 'true' }, layout.axis.map(draw)),
      h('g', { class: 'timeline-events' }, layout.events.map(event)),
    ],
  );
}
