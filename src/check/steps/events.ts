/** The events, content/events.yaml: the one events check of src/lib/events, against the articles read and the gazetteer. */
import { checkEventsSource } from '../../lib/events/check.ts';
import type { Problem } from '../../lib/problems.ts';
import type { ArchiveEvent } from '../../schemas/event.ts';
import type { TextFile } from '../read.ts';

/** What the events check needs besides the file. */
export interface EventsContext {
  /** Plain text of each article, by slug. */
  articles: ReadonlyMap<string, string>;
  placeIds: ReadonlySet<string>;
  /** The content folder as messages show it. */
  root: string;
}

/** Validates the events file; an archive without one has no events, which is not an error. */
export function checkEvents(file: TextFile | null, ctx: EventsContext): { events: ArchiveEvent[]; entries: number; problems: Problem[] } {
  if (file === null) return { events: [], entries: 0, problems: [] };
  return checkEventsSource(file.text, {
    file: file.file,
    articles: ctx.articles,
    placeIds: ctx.placeIds,
    articlePath: (slug) => `${ctx.root}/articles/${slug}.mdx`,
  });
}
