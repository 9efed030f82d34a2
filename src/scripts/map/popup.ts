/**
 * The popup of one place: its name linking to its page, its counts, the events there that the page's
 * view keeps (with the words of that view), and the articles that mention it — DOM nodes and text only.
 */
import { countWords, EVENTS, mentionsLabel, MENTIONS } from '../../lib/count-words.ts';
import type { MapPlaceProps } from '../../lib/geo/places-geojson.ts';
import { eventInView, showsEveryPlace, viewWords } from '../../lib/geo/period-filter.ts';
import type { TimelineState } from '../../lib/timeline/state.ts';
import { viewNames } from '../view-state.ts';

function el<K extends keyof HTMLElementTagNameMap>(tag: K, className?: string, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

function link(text: string, href: string): HTMLAnchorElement {
  const a = el('a', undefined, text);
  a.href = href;
  return a;
}

/** The popup's content for place `p` under `view`. */
export function popupContent(p: MapPlaceProps, view: TimelineState): HTMLElement {
  const root = el('div', 'map-popup');
  root.dir = 'rtl';
  root.lang = 'ar';
  const title = el('p', 'map-popup__title');
  title.append(link(p.name, p.href));
  if (p.latin) {
    const latin = el('bdi', 'map-popup__latin', p.latin);
    latin.dir = 'ltr';
    title.append(' ', latin);
  }
  root.append(title, el('p', 'map-popup__counts', mentionsLabel(p.mentions, p.articles.length)));

  const filtered = !showsEveryPlace(view);
  const events = p.events.filter((e) => !filtered || eventInView(e, view));
  if (p.events.length > 0) {
    const heading = filtered ? `${viewWords(view, viewNames, 'الأحداث')} هنا: ${countWords(events.length, EVENTS)}` : `الأحداث هنا: ${countWords(events.length, EVENTS)}`;
    root.append(el('p', 'map-popup__heading', heading));
    const list = el('ul', 'map-popup__events');
    for (const e of events) {
      const item = el('li');
      item.append(link(e.title, e.href), ' ', el('span', 'map-popup__date', e.date));
      if (e.disputed) item.append(' ', el('span', 'badge badge--dispute', 'متنازع عليه'));
      list.append(item);
    }
    if (events.length > 0) root.append(list);
    const others = p.events.length - events.length;
    if (others > 0) root.append(el('p', 'map-popup__more', `وخارج التصفية: ${countWords(others, EVENTS)}.`));
  }
  if (p.articles.length > 0) {
    root.append(el('p', 'map-popup__heading', 'المقالات التي تذكره'));
    const list = el('ul', 'map-popup__articles');
    for (const a of p.articles) {
      const item = el('li');
      item.append(link(a.title, a.href), ' ', el('span', 'map-popup__count', `(${countWords(a.count, MENTIONS)})`));
      list.append(item);
    }
    root.append(list);
  }
  return root;
}
