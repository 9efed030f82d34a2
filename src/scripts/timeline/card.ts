/**
 * The card of one event: its type in its group's colour and shape, its title linking to its page, its
 * date at its precision, places, sources and what they disagree on. Texts are set as text, the icon
 * made with the one DOM helper.
 */
import { CLAIMS, countWords, SOURCES } from '../../lib/count-words.ts';
import { GROUP_SHAPES, SYMBOL_RADIUS, symbolPath } from '../../lib/timeline/groups.ts';
import { EVENT_TYPE_LABELS } from '../../lib/timeline/display.ts';
import { disputeWords, eventDateWords, type PayloadEvent } from '../../lib/timeline/payload.ts';
import { svgEl } from '../dom.ts';

/** Fills and shows the card element of a timeline. */
export class EventCard {
  readonly root: HTMLElement;
  #shown: string | null = null;
  #places: ReadonlyMap<string, string>;

  constructor(root: HTMLElement, places: ReadonlyMap<string, string>) {
    this.root = root;
    this.#places = places;
  }

  /** The id of the event shown, or null when the card is hidden. */
  get shown(): string | null {
    return this.#shown;
  }

  #part(name: string): HTMLElement {
    return this.root.querySelector<HTMLElement>(`[data-card-${name}]`)!;
  }

  /** Shows `event`, its title linking to `href`. */
  show(event: PayloadEvent, href: string): void {
    this.#shown = event.id;
    const type = this.#part('type');
    type.className = `timeline-card__type g-${event.group}`;
    const icon = svgEl('svg', { viewBox: '0 0 16 16', width: 16, height: 16, 'aria-hidden': 'true' });
    icon.append(svgEl('path', { d: symbolPath(GROUP_SHAPES[event.group], 8, 8, SYMBOL_RADIUS), fill: 'currentColor' }));
    type.replaceChildren(icon, EVENT_TYPE_LABELS[event.type]);
    const link = this.#part('link') as HTMLAnchorElement;
    link.href = href;
    link.textContent = event.title;
    this.#part('date').textContent = eventDateWords(event);
    const places = event.places.map((id) => this.#places.get(id) ?? id);
    this.#part('places').textContent = places.length ? places.join('، ') : 'لا يذكر المصدر مكانًا معروفًا';
    this.#part('sources').textContent = `${countWords(event.sources, SOURCES)}، ${countWords(event.claims, CLAIMS)}`;
    const dispute = this.#part('dispute');
    const what = disputeWords(event);
    dispute.hidden = what === '';
    dispute.textContent = what ? `تختلف المصادر في ${what}: صفحة الحدث تقارن رواياتها.` : '';
    this.root.hidden = false;
  }

  hide(): void {
    this.#shown = null;
    this.root.hidden = true;
  }
}
