/**
 * «Export this view»: the events a filtered timeline shows, cut from the shipped events.geojson with the
 * timeline's own test (matchesState), written as the same CSV and GeoJSON as the full exports.
 */
import type { FeatureCollection, Geometry } from 'geojson';
import { matchesState, type Filterable, type TimelineState } from '../timeline/state.ts';
import { toCsv } from './csv.ts';
import { EVENTS, type EventRow } from './fields.ts';

/** The events file as shipped: one Feature per event, its properties an events row. */
export type EventsCollection = FeatureCollection<Geometry | null, EventRow>;

/** The collection reduced to the events the timeline shows for `state`, in the file's order. */
export function eventsInView(
  collection: EventsCollection,
  events: readonly (Filterable & { id: string })[],
  state: TimelineState,
): EventsCollection {
  const shown = new Set(events.filter((e) => matchesState(e, state)).map((e) => e.id));
  return { ...collection, features: collection.features.filter((f) => shown.has(f.properties.id)) };
}

/** The view's files: «events-2016-05_2016-12.csv» and «….geojson», with their texts. */
export function viewFiles(view: EventsCollection, state: TimelineState): { name: string; type: string; text: string }[] {
  const parts = [state.from ?? '', state.to ?? '', state.place ?? '', state.type ?? ''];
  const name = `events-${parts.join('_').replace(/_+$/, '')}`;
  return [
    { name: `${name}.csv`, type: 'text/csv', text: toCsv(EVENTS.fields, view.features.map((f) => f.properties)) },
    { name: `${name}.geojson`, type: 'application/geo+json', text: `${JSON.stringify(view, null, 2)}\n` },
  ];
}
