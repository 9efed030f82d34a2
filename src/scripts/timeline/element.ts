/**
 * <archive-timeline>: enhances the build-time chart and list in place. Without this script the page is
 * complete; with it, the page's view (src/scripts/view-state.ts: period, place, type, disputes, kept in
 * the URL) redraws the chart for what it keeps — zoomed to its period, rows closed up — and hides the
 * rest of the list; the chips and the count say what is shown; a card shows the event under the
 * pointer, the keyboard focus or a tap, and follows the arrow keys; dragging under the axis (wide chart)
 * or the zoom buttons choose a period. Every text is set through textContent.
 */
import { countWords, EVENTS } from '../../lib/count-words.ts';
import { BUILD_WIDTHS, chartOf, NARROW_BELOW, type Orientation } from '../../lib/timeline/chart.ts';
import { paddedDomain } from '../../lib/timeline/items.ts';
import type { PayloadEvent, TimelinePayload } from '../../lib/timeline/payload.ts';
import type { ChartLayout } from '../../lib/timeline/scene.ts';
import { isEmptyState, type KnownIds, type TimelineState } from '../../lib/timeline/state.ts';
import { periodWords, timelineStatus } from '../../lib/timeline/view-words.ts';
import { monthsOf, zoomed } from '../../lib/timeline/zoom.ts';
import { renderChips } from '../filter-chips.ts';
import { currentView, onView, registerNames, setView } from '../view-state.ts';
import { eventHref } from '../../lib/paths.ts';
import { addBrush } from './brush.ts';
import { EventCard } from './card.ts';
import { toDom } from './draw.ts';
import { wireExport } from './export.ts';
import { readForm, writeForm } from './filters.ts';

class ArchiveTimeline extends HTMLElement {
  #data!: TimelinePayload;
  #byId = new Map<string, PayloadEvent>();
  #known!: KnownIds;
  #view!: TimelineState;
  #charts!: HTMLElement;
  #svg: SVGSVGElement | null = null;
  #layout: ChartLayout | null = null;
  #shown: PayloadEvent[] = [];
  #drawn = { width: 0, orientation: '' as Orientation | '', key: '\0' };
  #card: EventCard | null = null;
  /** The event the arrow keys start from and the card shows when nothing is hovered. */
  #current: string | null = null;
  #pointer = '';
  /** Where the mouse closed the card, until it moves. */
  #closedAt: [number, number] | null = null;
  #title = '';
  /** True while focus moves back from the card: that focus opens no card. */
  #quiet = false;

  connectedCallback(): void {
    const charts = this.querySelector<HTMLElement>('[data-charts]');
    if (!this.dataset.payload || !charts || this.dataset.enhanced || this.dataset.state) return;
    this.dataset.state = 'loading';
    void fetch(this.dataset.payload)
      .then((r) => {
        if (!r.ok) throw new Error(`timeline events: HTTP ${r.status}`);
        return r.json() as Promise<TimelinePayload>;
      })
      .then((data) => this.#enhance(data, charts))
      // The chart drawn at build time stays, complete: the page works without the enhancement.
      .catch((error: unknown) => {
        this.dataset.state = 'failed';
        console.warn('archive-timeline:', error);
      });
  }

  #enhance(data: TimelinePayload, charts: HTMLElement): void {
    this.#data = data;
    this.#byId = new Map(this.#data.events.map((e) => [e.id, e]));
    this.#known = { places: new Set(this.#data.places.map((p) => p.id)), types: new Set(this.#data.types.map((t) => t.id)) };
    this.#charts = charts;
    this.#title = this.querySelector('[data-title]')?.textContent ?? '';
    registerNames(this.#data.places, this.#data.types);

    const card = this.querySelector<HTMLElement>('[data-card]');
    if (card) {
      this.#card = new EventCard(card, new Map(this.#data.places.map((p) => [p.id, p.name])));
      card.querySelector<HTMLElement>('[data-card-close]')?.addEventListener('click', (e) => {
        this.#closedAt = [e.clientX, e.clientY];
        this.#closeCard();
      });
      this.#hideCardOutOfView(card);
    }
    this.#wireForm();
    this.#wireChart();
    onView((view) => this.#apply(view));
    new ResizeObserver(() => this.#draw()).observe(charts);
    this.#apply(currentView(), true);
    wireExport(this, this.#data.events, () => this.#view);
    for (const el of this.querySelectorAll<HTMLElement>('[data-js-only]')) el.hidden = false;
    this.dataset.state = 'ready';
    this.dataset.enhanced = 'true';
  }

  /** Applies a view: form, chips, count, chart and list. */
  #apply(view: TimelineState, initial = false): void {
    this.#view = view;
    const form = this.querySelector<HTMLFormElement>('[data-filters-form]');
    if (form) writeForm(form, view);
    const chips = this.querySelector<HTMLElement>('[data-chips]');
    if (chips) renderChips(chips, view);
    this.#draw(initial);
    const shown = new Set(this.#shown.map((e) => e.id));
    const status = this.querySelector('[data-status]');
    if (status) status.textContent = timelineStatus(shown.size, this.#data.events.length);
    const title = this.querySelector('[data-title]');
    if (title) {
      title.textContent = isEmptyState(view)
        ? this.#title
        : `الخط الزمني: ${countWords(shown.size, EVENTS)} من ${this.#data.events.length}${view.from || view.to ? ` ${periodWords(view)}` : ''}`;
    }
    for (const item of this.querySelectorAll<HTMLElement>('[data-event-item]')) item.hidden = !shown.has(item.dataset.eventItem ?? '');
    // A year with nothing left to show disappears from the list and from the year links.
    for (const section of this.querySelectorAll<HTMLElement>('section[data-year]')) {
      const empty = !section.querySelector('[data-event-item]:not([hidden])');
      section.hidden = empty;
      const link = this.querySelector<HTMLElement>(`.timeline-years [data-year="${section.dataset.year}"]`);
      if (link) link.hidden = empty;
    }
    if (this.#card?.shown && !shown.has(this.#card.shown)) this.#card.hide();
  }

  /**
   * Draws the chart for the view at the box's width: wide from 600 px, narrow below. The first drawing
   * of the whole archive keeps the build's height, so nothing under the chart moves when it is redrawn.
   */
  #draw(initial = false): void {
    const width = Math.floor(this.#charts.clientWidth);
    if (width === 0 || !this.#view) return;
    const orientation: Orientation = width < NARROW_BELOW ? 'vertical' : 'horizontal';
    const key = JSON.stringify(this.#view);
    if (width === this.#drawn.width && orientation === this.#drawn.orientation && key === this.#drawn.key) return;
    const built = this.#charts.querySelector<SVGSVGElement>('svg.timeline-svg--vertical');
    const reserve = this.#charts.querySelector<SVGSVGElement>('svg.timeline-svg--reserve');
    const whole = initial && isEmptyState(this.#view);
    const idPrefix = this.dataset.idPrefix ?? 'timeline';
    const { shown, layout, svg } = chartOf(this.#data.events, this.#view, {
      orientation,
      width: whole && orientation === 'vertical' ? BUILD_WIDTHS.vertical : width,
      rowUnits: whole && reserve?.dataset.rowUnits ? Number(reserve.dataset.rowUnits) : undefined,
      idPrefix,
      hrefOf: eventHref,
    });
    // The narrow chart the page was built with is this very drawing: kept as it is, nothing on the phone's
    // screen changes as the script starts. The wide one is drawn at the box's width, at the height kept for it.
    const node = whole && orientation === 'vertical' && built ? built : (toDom(svg) as SVGSVGElement);
    const focused = this.contains(document.activeElement) ? (document.activeElement as Element).closest<SVGAElement>('a.timeline-event')?.dataset.id : undefined;
    for (const old of this.#charts.querySelectorAll('svg.timeline-svg')) if (old !== node) old.remove();
    if (!node.isConnected) this.#charts.append(node);
    this.#svg = node;
    this.#layout = layout;
    this.#shown = shown;
    this.#drawn = { width, orientation, key };
    this.dataset.orientation = orientation;
    if (!this.#current || !shown.some((e) => e.id === this.#current)) this.#current = shown[0]?.id ?? null;
    this.#rove();
    if (focused) this.#link(focused)?.focus({ preventScroll: true });
    if (orientation === 'horizontal') addBrush(node, layout, (start, end) => this.#choosePeriod(start, end));
  }

  #link(id: string | null): SVGAElement | null {
    return id ? (this.#svg?.querySelector<SVGAElement>(`a.timeline-event[data-id="${id}"]`) ?? null) : null;
  }

  /** One tab stop in the drawing: the current event. */
  #rove(): void {
    for (const a of this.#svg?.querySelectorAll<SVGAElement>('a.timeline-event') ?? []) {
      a.setAttribute('tabindex', a.dataset.id === this.#current ? '0' : '-1');
      a.classList.toggle('is-current', a.dataset.id === this.#current && this.#card?.shown === this.#current);
    }
  }

  #showCard(id: string): void {
    const event = this.#byId.get(id);
    if (!event || !this.#card) return;
    this.#card.show(event, eventHref(id));
    this.#rove();
  }

  /**
   * True while the mouse has not moved since it closed the card: the mark the card covered is now under it,
   * and the browser says so without any move of the reader's — which must not open its card again.
   */
  #stillWhereClosed(e: PointerEvent): boolean {
    const at = this.#closedAt;
    // Within a pixel: the click that closed the card reports whole pixels, a pointer event fractions of one.
    if (at && Math.abs(at[0] - e.clientX) < 1 && Math.abs(at[1] - e.clientY) < 1) return true;
    this.#closedAt = null;
    return false;
  }

  #closeCard(): void {
    const inCard = this.#card?.root.contains(document.activeElement);
    this.#card?.hide();
    this.#rove();
    // Focus goes back to the event, without opening its card again.
    this.#quiet = true;
    if (inCard) this.#link(this.#current)?.focus();
    this.#quiet = false;
  }

  /** The card is for the timeline on screen: it hides while the chart is scrolled away. */
  #hideCardOutOfView(card: HTMLElement): void {
    if (!('IntersectionObserver' in window)) return;
    new IntersectionObserver((entries) => {
      const visible = entries.some((e) => e.isIntersecting);
      card.classList.toggle('is-away', !visible);
    }).observe(this.#charts ?? this);
  }

  #wireForm(): void {
    const form = this.querySelector<HTMLFormElement>('[data-filters-form]');
    if (!form) return;
    form.addEventListener('change', () => setView(readForm(form, this.#known)));
    form.addEventListener('submit', (e) => {
      e.preventDefault();
      setView(readForm(form, this.#known));
    });
    form.addEventListener('click', (e) => {
      const action = (e.target as Element).closest<HTMLElement>('[data-zoom]')?.dataset.zoom;
      if (!action || !this.#layout) return;
      const whole = paddedDomain(this.#data.events);
      const period = action === 'reset' ? null : zoomed(this.#layout.domain, whole, action === 'in' ? 0.5 : 2);
      setView({ ...this.#view, from: period?.from ?? null, to: period?.to ?? null });
    });
  }

  /** A period brushed on the wide chart, in whole months. */
  #choosePeriod(start: number, end: number): void {
    const whole = paddedDomain(this.#data.events);
    setView({ ...this.#view, ...monthsOf(Math.max(start, whole[0]), Math.min(end, whole[1])) });
  }

  #wireChart(): void {
    const charts = this.#charts;
    const eventOf = (target: EventTarget | null) => (target as Element | null)?.closest?.<SVGAElement>('a.timeline-event') ?? null;
    charts.addEventListener('pointerover', (e) => {
      const link = eventOf(e.target);
      if (link?.dataset.id && e.pointerType === 'mouse' && !this.#stillWhereClosed(e)) this.#showCard(link.dataset.id);
    });
    charts.addEventListener('pointerleave', (e) => {
      if (e.pointerType !== 'mouse') return;
      // Back to the event the keyboard is on, or nothing.
      if (this.contains(document.activeElement) && eventOf(document.activeElement)) this.#showCard(this.#current!);
      else this.#card?.hide();
      this.#rove();
    });
    charts.addEventListener('pointerdown', (e) => (this.#pointer = e.pointerType));
    charts.addEventListener('focusin', (e) => {
      const id = eventOf(e.target)?.dataset.id;
      if (!id) return;
      this.#current = id;
      // The keyboard's focus shows the card; a pointer's is left to the hover or the tap that follows.
      if (!this.#quiet && !this.#pointer) this.#showCard(id);
    });
    // A tap shows the card; the card's link (or a second tap) opens the event. A click or Enter opens it at once.
    charts.addEventListener('click', (e) => {
      const id = eventOf(e.target)?.dataset.id;
      const touch = this.#pointer === 'touch' || this.#pointer === 'pen';
      this.#pointer = '';
      if (!id || !touch || this.#card?.shown === id) return;
      e.preventDefault();
      this.#current = id;
      this.#showCard(id);
    });
    charts.addEventListener('keydown', (e) => this.#onKey(e));
    // Captured, so that a key clears the last pointer before the arrow keys move the focus.
    this.addEventListener(
      'keydown',
      (e) => {
        this.#pointer = '';
        if (e.key === 'Escape' && this.#card?.shown) this.#closeCard();
      },
      true,
    );
  }

  #onKey(e: KeyboardEvent): void {
    const id = (e.target as Element).closest?.<SVGAElement>('a.timeline-event')?.dataset.id;
    const order = this.#shown.map((ev) => ev.id);
    const i = order.indexOf(id ?? '');
    if (i === -1) return;
    // Time runs right to left (wide) and down (narrow): left and down go later, right and up earlier.
    const next: Record<string, number> = { ArrowLeft: i + 1, ArrowDown: i + 1, ArrowRight: i - 1, ArrowUp: i - 1, Home: 0, End: order.length - 1 };
    if (!(e.key in next)) return;
    e.preventDefault();
    const j = Math.min(order.length - 1, Math.max(0, next[e.key]!));
    this.#current = order[j]!;
    const link = this.#link(this.#current);
    link?.focus({ preventScroll: true });
    // The narrow chart's card covers the bottom of the screen: keep the event in the middle.
    link?.scrollIntoView({ block: this.dataset.orientation === 'vertical' ? 'center' : 'nearest', inline: 'nearest' });
  }
}

if (!customElements.get('archive-timeline')) customElements.define('archive-timeline', ArchiveTimeline);
