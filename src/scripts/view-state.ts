/**
 * The page's one view — period, place, type, disputes only — kept in the URL and announced to every
 * element that shows it (the timeline, the map, their chips) as an `archive-view` event on the document,
 * its detail the whole view. Whoever changes the view calls setView; everyone listens with onView.
 */
import { ANY_ID, parseState, serializeState, type TimelineState } from '../lib/timeline/state.ts';
import type { ViewNames } from '../lib/timeline/view-words.ts';

/** The event that carries a new view. */
export const VIEW_EVENT = 'archive-view';

const placeNames = new Map<string, string>();
const typeNames = new Map<string, string>();

/** Names of places and types an element knows, for the chips of every element. */
export function registerNames(places: readonly { id: string; name: string }[], types: readonly { id: string; label: string }[] = []): void {
  for (const p of places) placeNames.set(p.id, p.name);
  for (const t of types) typeNames.set(t.id, t.label);
}

/** The names registered so far. */
export const viewNames: ViewNames = { place: (id) => placeNames.get(id), type: (id) => typeNames.get(id) };

/** The view the URL holds now. */
export function currentView(): TimelineState {
  return parseState(location.search, { places: ANY_ID, types: ANY_ID });
}

/** Makes `next` the page's view: the URL says it (a reader can share it), and every element hears it. */
export function setView(next: TimelineState): void {
  history.replaceState(history.state, '', `${location.pathname}${serializeState(next)}${location.hash}`);
  document.dispatchEvent(new CustomEvent<TimelineState>(VIEW_EVENT, { detail: next }));
}

/** Calls `listener` with each new view; returns the function that stops listening. */
export function onView(listener: (view: TimelineState) => void): () => void {
  const handler = (e: Event) => listener((e as CustomEvent<TimelineState>).detail);
  document.addEventListener(VIEW_EVENT, handler);
  return () => document.removeEventListener(VIEW_EVENT, handler);
}
