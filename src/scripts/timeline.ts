/**
 * <archive-timeline>: enhances the build-time SVG and list in place. Without this script the page is
 * complete; with it: filters by period, place and type kept in the URL, arrow-key navigation with a
 * roving tabindex, and — once d3 is loaded, lazily — zoom, pan and a brush to select a period.
 * Brush changes are announced as a `timeline-period` event on the document ({ from, to }: «2016-05» or
 * null); a `timeline-place` event ({ place: id | null }) from elsewhere on the page filters by place.
 * Text is only ever set through textContent.
 */
import type { ZoomBehavior, ZoomTransform } from 'd3-zoom';
import type { BrushBehavior } from 'd3-brush';
import type { Selection } from 'd3-selection';
import { isoAt } from '../lib/dates/calendar.ts';
import { formatDate } from '../lib/dates/format.ts';
import { linearTime, markBox } from '../lib/timeline/geometry.ts';
import type { PayloadEvent, TimelinePayload } from '../lib/timeline/payload.ts';
import { EMPTY_STATE, matchesState, parseState, periodOf, serializeState, type TimelineState } from '../lib/timeline/state.ts';
import type { EventsCollection } from '../lib/export/view.ts';
import { timeTicks } from '../lib/timeline/ticks.ts';
import { formatNumber as n } from '../lib/count-words.ts';
import { dataHref } from '../lib/paths.ts';
import { el } from './dom.ts';

const SVG_NS = 'http://www.w3.org/2000/svg';

/** Runs `task` when the browser is idle, so d3 never competes with the first paint. */
function whenIdle(task: () => void): void {
  if ('requestIdleCallback' in window) window.requestIdleCallback(task, { timeout: 2000 });
  else setTimeout(task, 200);
}

/** An Arabic count with Western digits, as the rest of the site writes numbers. */

interface Drawn {
  event: PayloadEvent;
  link: SVGAElement;
  item: HTMLElement | null;
  marks: SVGGraphicsElement[];
  span: SVGLineElement | null;
  visible: boolean;
}

class ArchiveTimeline extends HTMLElement {
  #data!: TimelinePayload;
  #state: TimelineState = EMPTY_STATE;
  #drawn: Drawn[] = [];
  #svg!: SVGSVGElement;
  #form: HTMLFormElement | null = null;
  #status: HTMLElement | null = null;
  #axis: SVGGElement | null = null;
  #transform: Pick<ZoomTransform, 'applyX' | 'invertX'> = { applyX: (x) => x, invertX: (x) => x };
  #lastPeriod = '';
  #brushMove: ((period: [number, number] | null) => void) | null = null;
  #panTo: ((x: number) => void) | null = null;

  connectedCallback(): void {
    const svg = this.querySelector<SVGSVGElement>('svg.timeline-svg');
    const json = this.querySelector(':scope > script[data-timeline]')?.textContent;
    if (!svg || !json) return;
    this.#svg = svg;
    this.#data = JSON.parse(json) as TimelinePayload;
    const links = new Map([...svg.querySelectorAll<SVGAElement>('a.timeline-event')].map((a) => [a.dataset.id ?? '', a]));
    const items = new Map([...this.querySelectorAll<HTMLElement>('[data-event-item]')].map((li) => [li.dataset.eventItem ?? '', li]));
    this.#drawn = this.#data.events.flatMap((event) => {
      const link = links.get(event.id);
      if (!link) return [];
      return [{
        event,
        link,
        item: items.get(event.id) ?? null,
        marks: [...link.querySelectorAll<SVGGraphicsElement>('[data-mark]')],
        span: link.querySelector<SVGLineElement>('.timeline-span'),
        visible: true,
      }];
    });
    this.#axis = svg.querySelector<SVGGElement>('.timeline-axis-ticks');
    this.#status = this.querySelector('.timeline-status');
    this.#addExport();
    this.#form = this.querySelector<HTMLFormElement>('form.timeline-controls');
    if (this.#form) {
      this.#form.hidden = false;
      this.#form.addEventListener('change', () => this.#setState(this.#readForm()));
      this.#form.addEventListener('submit', (e) => {
        e.preventDefault();
        this.#setState(this.#readForm());
      });
      this.#form.querySelector('[data-action="clear"]')?.addEventListener('click', () => this.#setState(EMPTY_STATE));
    }
    svg.addEventListener('keydown', (e) => this.#onKey(e));
    svg.addEventListener('focusin', (e) => {
      const link = (e.target as Element).closest?.('a.timeline-event');
      if (link instanceof SVGAElement) this.#rove(link);
    });
    document.addEventListener('timeline-place', (e) => {
      const place = (e as CustomEvent<{ place?: string | null }>).detail?.place ?? null;
      this.#setState({ ...this.#state, place: place && this.#data.places.includes(place) ? place : null });
    });
    this.#setState(parseState(location.search, this.#known()), { url: false });
    whenIdle(() => void this.#enhance());
  }

  /** «تنزيل ما يظهر: CSV · GeoJSON»: the full files when nothing is filtered, else the events shown, built here. */
  #addExport(): void {
    const p = el('p', { className: 'timeline-export' });
    const links = (['csv', 'geojson'] as const).map((format, i) => {
      const a = el('a', { text: format === 'csv' ? 'CSV' : 'GeoJSON' });
      a.href = dataHref(`events.${format}`);
      a.download = '';
      a.addEventListener('click', (e) => {
        if (serializeState(this.#state) === '') return;
        e.preventDefault();
        void this.#download(a.href.replace(/\.csv$/, '.geojson'), i);
      });
      return a;
    });
    p.append('تنزيل ما يظهر: ', links[0]!, ' · ', links[1]!);
    this.#status?.after(p);
  }

  /** Cuts the shipped events.geojson to the events shown (the timeline's own test) and saves file `i` as a Blob. */
  async #download(source: string, i: number): Promise<void> {
    const [{ eventsInView, viewFiles }, collection] = await Promise.all([
      import('../lib/export/view.ts'),
      fetch(source).then((r) => r.json() as Promise<EventsCollection>),
    ]);
    const file = viewFiles(eventsInView(collection, this.#data.events, this.#state), this.#state)[i]!;
    const save = el('a');
    save.href = URL.createObjectURL(new Blob([file.text], { type: file.type }));
    save.download = file.name;
    save.click();
    setTimeout(() => URL.revokeObjectURL(save.href), 1000);
  }

  #known() {
    return { places: new Set(this.#data.places), types: new Set(this.#data.types) };
  }

  #readForm(): TimelineState {
    const data = new FormData(this.#form!);
    const params = new URLSearchParams();
    for (const [key, value] of data) if (typeof value === 'string' && value) params.set(key, value);
    return parseState(params, this.#known());
  }

  #writeForm(): void {
    if (!this.#form) return;
    for (const key of ['from', 'to', 'place', 'type'] as const) {
      const control = this.#form.elements.namedItem(key);
      if (control instanceof HTMLInputElement || control instanceof HTMLSelectElement) control.value = this.#state[key] ?? '';
    }
  }

  /** Applies a view: filters, form, URL, brush, and the period announcement. */
  #setState(next: TimelineState, options: { url?: boolean } = {}): void {
    this.#state = next;
    this.#writeForm();
    if (options.url !== false) {
      history.replaceState(history.state, '', `${location.pathname}${serializeState(next)}${location.hash}`);
    }
    let shown = 0;
    for (const d of this.#drawn) {
      d.visible = matchesState(d.event, next);
      d.link.classList.toggle('is-filtered', !d.visible);
      if (d.item) d.item.hidden = !d.visible;
      if (d.visible) shown += 1;
    }
    // A year with nothing left to show disappears from the list and from the year links.
    for (const section of this.querySelectorAll<HTMLElement>('section[data-year]')) {
      const empty = !section.querySelector('[data-event-item]:not([hidden])');
      section.hidden = empty;
      const link = this.querySelector<HTMLElement>(`.timeline-years [data-year="${section.dataset.year}"]`);
      if (link) link.hidden = empty;
    }
    if (this.#status) {
      this.#status.textContent = shown === this.#drawn.length
        ? `الأحداث المعروضة: ${n(shown)} (كلّها)`
        : `الأحداث المعروضة: ${n(shown)} من ${n(this.#drawn.length)}`;
    }
    const current = this.#drawn.find((d) => d.link.tabIndex === 0 && d.visible) ?? this.#drawn.find((d) => d.visible);
    this.#rove(current?.link ?? null);
    this.#brushMove?.(this.#period());
    const key = `${next.from ?? ''}/${next.to ?? ''}`;
    if (key !== this.#lastPeriod) {
      this.#lastPeriod = key;
      document.dispatchEvent(new CustomEvent('timeline-period', { detail: { from: next.from, to: next.to } }));
    }
  }

  #period(): [number, number] | null {
    if (!this.#state.from && !this.#state.to) return null;
    const { start, end } = periodOf(this.#state);
    return [Number.isFinite(start) ? start : this.#data.domain[0], Number.isFinite(end) ? end : this.#data.domain[1]];
  }

  /** One tab stop in the drawing: the current event. */
  #rove(link: SVGAElement | null): void {
    for (const d of this.#drawn) d.link.setAttribute('tabindex', d.link === link ? '0' : '-1');
  }

  #onKey(e: KeyboardEvent): void {
    const link = (e.target as Element).closest?.('a.timeline-event');
    const visible = this.#drawn.filter((d) => d.visible);
    const i = visible.findIndex((d) => d.link === link);
    if (i === -1) return;
    const rtl = this.#data.direction === 'rtl';
    const later = rtl ? 'ArrowLeft' : 'ArrowRight';
    const earlier = rtl ? 'ArrowRight' : 'ArrowLeft';
    let j: number;
    if (e.key === later || e.key === 'ArrowDown') j = Math.min(i + 1, visible.length - 1);
    else if (e.key === earlier || e.key === 'ArrowUp') j = Math.max(i - 1, 0);
    else if (e.key === 'Home') j = 0;
    else if (e.key === 'End') j = visible.length - 1;
    else return;
    e.preventDefault();
    const target = visible[j]!;
    this.#rove(target.link);
    target.link.focus();
    this.#reveal(target);
  }

  /** Pans a zoomed timeline so that a focused event is in view. */
  #reveal(d: Drawn): void {
    if (!this.#panTo) return;
    const base = linearTime(this.#data.domain, this.#data.range);
    const cx = base.px((d.event.start + d.event.end) / 2);
    const x = this.#transform.applyX(cx);
    const [lo, hi] = [Math.min(...this.#data.range), Math.max(...this.#data.range)];
    if (x < lo || x > hi) this.#panTo(cx);
  }

  /** Redraws marks and ticks for the current zoom. */
  #redraw(): void {
    const { domain, range, minWidth } = this.#data;
    const base = linearTime(domain, range);
    const px = (t: number) => this.#transform.applyX(base.px(t));
    for (const d of this.#drawn) {
      const boxes = d.event.marks.map(([kind, start, end]) => markBox(kind, start, end, px, minWidth));
      d.marks.forEach((el, i) => {
        const box = boxes[i];
        if (!box) return;
        if (el instanceof SVGCircleElement) el.setAttribute('cx', box.cx.toFixed(2));
        else {
          el.setAttribute('x', box.x.toFixed(2));
          el.setAttribute('width', box.width.toFixed(2));
        }
      });
      if (d.span && boxes.length > 1) {
        const xs = boxes.map((b) => b.cx);
        d.span.setAttribute('x1', Math.min(...xs).toFixed(2));
        d.span.setAttribute('x2', Math.max(...xs).toFixed(2));
      }
    }
    this.#drawTicks(px, base.time);
    this.#brushMove?.(this.#period());
  }

  #drawTicks(px: (t: number) => number, time: (x: number) => number): void {
    if (!this.#axis) return;
    const { range, axisY, top } = this.#data;
    const ends = range.map((x) => time(this.#transform.invertX(x)));
    const [lo, hi] = [Math.min(...ends), Math.max(...ends)];
    const ticks = timeTicks(lo, hi, Math.abs(range[1] - range[0]));
    this.#axis.replaceChildren(
      ...ticks.map((tick) => {
        const g = document.createElementNS(SVG_NS, 'g');
        g.setAttribute('class', 'timeline-tick');
        g.setAttribute('transform', `translate(${px(tick.t).toFixed(2)},${axisY})`);
        const grid = document.createElementNS(SVG_NS, 'line');
        grid.setAttribute('class', 'timeline-grid');
        grid.setAttribute('y1', String(top - axisY));
        grid.setAttribute('y2', '0');
        const line = document.createElementNS(SVG_NS, 'line');
        line.setAttribute('y2', '6');
        const text = document.createElementNS(SVG_NS, 'text');
        text.setAttribute('y', '22');
        text.setAttribute('text-anchor', 'middle');
        text.textContent = formatDate(tick.iso);
        g.append(grid, line, text);
        return g;
      }),
    );
  }

  /** Loads d3 and adds zoom, pan and the brush. */
  async #enhance(): Promise<void> {
    const [{ select }, { zoom, zoomIdentity }, { brushX }] = await Promise.all([
      import('d3-selection'),
      import('d3-zoom'),
      import('d3-brush'),
    ]);
    const { height, range, axisY, domain } = this.#data;
    const base = linearTime(domain, range);
    const [lo, hi] = [Math.min(...range), Math.max(...range)];
    const svg = select(this.#svg) as Selection<SVGSVGElement, unknown, null, undefined>;

    const zoomer: ZoomBehavior<SVGSVGElement, unknown> = zoom<SVGSVGElement, unknown>()
      .scaleExtent([1, 120])
      .extent([[lo, 0], [hi, height]])
      .translateExtent([[lo, 0], [hi, height]])
      // The wheel zooms only with Ctrl (or a trackpad pinch), so the page still scrolls over the timeline.
      .filter((e: Event) => (e.type === 'wheel' ? (e as WheelEvent).ctrlKey || (e as WheelEvent).metaKey : !(e as MouseEvent).button))
      .on('zoom', (e: { transform: ZoomTransform }) => {
        this.#transform = e.transform;
        this.#redraw();
      });
    svg.call(zoomer);
    this.#panTo = (x) => svg.call(zoomer.translateTo, x, height / 2);

    const brush: BrushBehavior<unknown> = brushX()
      .extent([[lo, axisY], [hi, height]])
      .on('end', (e: { selection: [number, number] | null; sourceEvent?: Event }) => {
        if (!e.sourceEvent) return; // our own moves, not the reader's
        if (!e.selection) {
          this.#setState({ ...this.#state, from: null, to: null });
          return;
        }
        const times = e.selection.map((x) => base.time(this.#transform.invertX(x))).sort((a, b) => a - b);
        const from = isoAt(Math.max(times[0]!, domain[0]), 'month');
        const to = isoAt(Math.min(times[1]!, domain[1]) - 1, 'month');
        this.#setState({ ...this.#state, from, to });
      });
    const brushLayer = svg.append('g').attr('class', 'timeline-brush');
    brushLayer.call(brush);
    this.#brushMove = (period) => {
      const px = (t: number) => this.#transform.applyX(base.px(t));
      const sel = period ? (period.map(px).sort((a, b) => a - b).map((x) => Math.min(hi, Math.max(lo, x))) as [number, number]) : null;
      brushLayer.call(brush.move, sel && sel[1] - sel[0] > 0 ? sel : null);
    };
    this.#brushMove(this.#period());

    const controls = this.querySelector<HTMLElement>('.timeline-zoom');
    if (controls) {
      controls.hidden = false;
      controls.addEventListener('click', (e) => {
        const action = (e.target as Element).closest<HTMLElement>('[data-zoom]')?.dataset.zoom;
        if (action === 'in') svg.call(zoomer.scaleBy, 2);
        else if (action === 'out') svg.call(zoomer.scaleBy, 0.5);
        else if (action === 'reset') svg.call(zoomer.transform, zoomIdentity);
      });
    }
    this.dataset.enhanced = 'true';
  }
}

if (!customElements.get('archive-timeline')) customElements.define('archive-timeline', ArchiveTimeline);
