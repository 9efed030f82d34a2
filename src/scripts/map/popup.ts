/**
 * The popup of one place: its name linking to its page, its counts, the events there that the page's
 * view keeps (with the words of that view), and the articles that mention it — DOM nodes and text only.
 */
import { countWords, EVENTS, mentionsLabel, MENTIONS } from '../../lib/count-words.ts';
import type { MapPlaceProps } from '../../lib/geo/places-geojson.ts';
import { eventInView, showsEveryPlace, viewWords } from '../../lib/geo/period-filter.ts';
import type { TimelineState } from '../../lib/timeline/state.ts';
import { el } from '../dom.ts';
import { viewNames } from '../view-state.ts';

/** A link whose text is an isolate (<bdi>), as every title the site sets beside other words. */
function link(text: string, href: string): HTMLAnchorElement {
  const a = el('a');
  a.href = href;
  a.append(el('bdi', { text }));
  return a;
}

/** The popup's content for place `p` under `view`. */
export function popupContent(p: MapPlaceProps, view: TimelineState): HTMLElement {
  const root = el('div', { className: 'map-popup' });
  root.dir = 'rtl';
  root.lang = 'ar';
  const title = el('p', { className: 'map-popup__title' });
  title.append(link(p.name, p.href));
  if (p.latin) {
    const latin = el('bdi', { className: 'map-popup__latin', text: p.latin });
    latin.dir = 'ltr';
    title.append(' ', latin);
  }
  root.append(title, el('p', { className: 'map-popup__counts', text: mentionsLabel(p.mentions, p.articles.length) }));

  const filtered = !showsEveryPlace(view);
  const events = p.events.filter((e) => !filtered || eventInView(e, view));
  if (p.events.length > 0) {
    const heading = filtered ? `${viewWords(view, viewNames, 'الأحداث')} هنا: ${countWords(events.length, EVENTS)}` : `الأحداث هنا: ${countWords(events.length, EVENTS)}`;
    root.append(el('p', { className: 'map-popup__heading', text: heading }));
    const list = el('ul', { className: 'map-popup__events' });
    for (const e of events) {
      const item = el('li');
      item.append(link(e.title, e.href), ' ', el('span', { className: 'map-popup__date', text: e.date }));
      if (e.disputed) item.append(' ', el('span', { className: 'badge badge--dispute', text: 'متنازع عليه' }));
      list.append(item);
    }
    if (events.length > 0) root.append(list);
    const others = p.events.length - events.length;
    if (others > 0) root.append(el('p', { className: 'map-popup__more', text: `وخارج التصفية: ${countWords(others, EVENTS)}.` }));
  }
  if (p.articles.length > 0) {
    root.append(el('p', { className: 'map-popup__heading', text: 'المقالات التي تذكره' }));
    const list = el('ul', { className: 'map-popup__articles' });
    for (const a of p.articles) {
      const item = el('li');
      item.append(link(a.title, a.href), ' ', el('span', { className: 'map-popup__count', text: `(${countWords(a.count, MENTIONS)})` }));
      list.append(item);
    }
    root.append(list);
  }
  return root;
}
