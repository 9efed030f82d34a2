/**
 * «Export this view»: the events a filtered timeline shows, cut from the shipped events.geojson with the
 * timeline's own test (matchesState), each with its sources' accounts and their exact quotes from the
 * shipped claims.json — a CSV of one row per account (with its event's columns) and a GeoJSON whose
 * events carry their claims, so a researcher can cite what they see.
 */
import type { FeatureCollection, Geometry } from 'geojson';
import { matchesState, type Filterable, type TimelineState } from '../timeline/state.ts';
import { toCsv } from './csv.ts';
import { CLAIMS, EVENTS, type ClaimRow, type EventRow, type Field } from './fields.ts';

/** The events file as shipped: one Feature per event, its properties an events row. */
export type EventsCollection = FeatureCollection<Geometry | null, EventRow>;

/** The events of the view, each with its sources' accounts. */
export type ViewCollection = FeatureCollection<Geometry | null, EventRow & { accounts: ClaimRow[] }>;

/** The event's columns a row of the view's CSV repeats beside each account, named «event…». */
const EVENT_COLUMNS = ['title', 'type', 'date', 'start', 'end', 'disputed', 'places'] as const;
type EventColumn = (typeof EVENT_COLUMNS)[number];

/** One row of the view's CSV: an account, then its event's columns. */
export type ViewRow = ClaimRow & { [K in EventColumn as `event${Capitalize<K>}`]: EventRow[K] };

const capitalized = (name: string) => `${name[0]!.toUpperCase()}${name.slice(1)}`;

/** The view CSV's columns: those of claims.csv, then the event's, with the same descriptions (fields.ts defines them once). */
export const VIEW_FIELDS: readonly Field<ViewRow>[] = [
  ...(CLAIMS.fields as readonly Field<ViewRow>[]),
  ...EVENT_COLUMNS.map((name) => {
    const field = EVENTS.fields.find((f) => f.name === name)!;
    return { ...field, name: `event${capitalized(name)}` as keyof ViewRow & string, description: `الحدث: ${field.description}` };
  }),
];

/** The collection reduced to the events the timeline shows for `state`, in the file's order, each with its accounts. */
export function eventsInView(
  collection: EventsCollection,
  claims: readonly ClaimRow[],
  events: readonly (Filterable & { id: string })[],
  state: TimelineState,
): ViewCollection {
  const shown = new Set(events.filter((e) => matchesState(e, state)).map((e) => e.id));
  return {
    ...collection,
    features: collection.features
      .filter((f) => shown.has(f.properties.id))
      .map((f) => ({ ...f, properties: { ...f.properties, accounts: claims.filter((c) => c.event === f.properties.id) } })),
  };
}

/** The rows of the view's CSV: every account of every event shown. */
export function viewRows(view: ViewCollection): ViewRow[] {
  return view.features.flatMap(({ properties: e }) =>
    e.accounts.map((c) => ({
      ...c,
      eventTitle: e.title,
      eventType: e.type,
      eventDate: e.date,
      eventStart: e.start,
      eventEnd: e.end,
      eventDisputed: e.disputed,
      eventPlaces: e.places,
    })),
  );
}

/** The view's files: «events-2016-05_2016-12-sirte-disputed.csv» and «….geojson» (period, place, type, disputes), with their texts. */
export function viewFiles(view: ViewCollection, state: TimelineState): { name: string; type: string; text: string }[] {
  const period = state.from || state.to ? `${state.from ?? ''}_${state.to ?? ''}` : '';
  const name = ['events', period, state.place, state.type, state.disputed ? 'disputed' : ''].filter(Boolean).join('-');
  return [
    { name: `${name}.csv`, type: 'text/csv', text: toCsv(VIEW_FIELDS, viewRows(view)) },
    { name: `${name}.geojson`, type: 'application/geo+json', text: `${JSON.stringify(view, null, 2)}\n` },
  ];
}
