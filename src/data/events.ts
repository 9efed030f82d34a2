/**
 * Events for the pages: reads content/events.yaml (checked by the build's content check before any page)
 * once per build and gives it, with the articles and the gazetteer's names, to the joins of
 * ./join/events.ts.
 */
import { posix } from 'node:path';
import { contentDir } from '../loaders/content-dir.ts';
import { readYamlFile } from '../loaders/yaml-file.ts';
import { eventsFileSchema, type ArchiveEvent } from '../schemas/event.ts';
import { listArticles } from './articles.ts';
import { placeNames } from './gazetteer.ts';
import { citationsByArticle, eventViews, type Citation, type EventView, type TimelineView } from './join/events.ts';

export { EVENT_TYPE_LABELS, type ClaimView, type DateView, type EventPlace, type EventView, type TimelineView } from './join/events.ts';

/** content/events.yaml (or the copy under ARCHIVE_CONTENT_DIR) through its schema; no events when the content has no events file. */
function loadEvents(): ArchiveEvent[] {
  const file = posix.join(contentDir().replace(/\\/g, '/'), 'events.yaml');
  return readYamlFile({ file, schema: eventsFileSchema, schemaFile: 'src/schemas/event.ts', missing: { events: [] } }).events;
}

let cache: Promise<{ events: EventView[]; timeline: TimelineView }> | undefined;

function data(): Promise<{ events: EventView[]; timeline: TimelineView }> {
  cache ??= listArticles().then((articles) => eventViews(loadEvents(), new Map(articles.map((a) => [a.slug, a])), placeNames()));
  return cache;
}

/** Every event, chronological, ready for its page. */
export async function listEvents(): Promise<EventView[]> {
  return (await data()).events;
}

/** The timeline of every event. */
export async function timelineView(): Promise<TimelineView> {
  return (await data()).timeline;
}

/**
 * The quotes each article is cited for, by article slug: what the article page needs to mark the quoted
 * sentences (give the element holding the quote `id={anchor}`) so that source links land on them.
 */
export async function quotesByArticle(): Promise<Map<string, Citation[]>> {
  return citationsByArticle((await data()).events);
}
