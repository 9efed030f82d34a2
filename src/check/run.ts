/**
 * `npm run check` and the build's content check: reads a content folder once and runs every rule on
 * it, returning every problem (not just the first) and how much was checked.
 */
import type { Counts } from './format.ts';
import type { Problem } from './problem.ts';
import { readContent } from './read.ts';
import { checkAliases } from './rules/aliases.ts';
import { checkArticleDates } from './rules/article-dates.ts';
import { checkArticlePlaces } from './rules/article-places.ts';
import { checkArticles } from './rules/articles.ts';
import { checkBodies } from './rules/body.ts';
import { checkEvents } from './rules/events.ts';
import { checkOrphans } from './rules/orphans.ts';
import { checkPlaces } from './rules/places.ts';
import { checkSources } from './rules/sources.ts';
import { checkSuggestions } from './rules/suggestions.ts';
import { checkUnique } from './rules/uniqueness.ts';

/** What a run found. */
export interface Report {
  counts: Counts;
  /** Every problem, in the order of the steps, then of the files. */
  problems: Problem[];
}

/** Problems grouped by file, then by line, so that an editor fixes a file top to bottom (stable otherwise). */
function sortByPlace(problems: Problem[]): Problem[] {
  return problems.sort((a, b) => a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0));
}

/** Checks the content folder `dir`; throws ContentDirError only when there is no folder to check. */
export function run(dir: string): Report {
  const content = readContent(dir);
  const places = checkPlaces(content.places, content.root);
  // Ids of entries with a bad field count too: their own problem is reported, not one per reference.
  const placeIds = places.ids;
  const articles = checkArticles(content.articles);
  const sources = { root: content.root, hashes: content.sources, metas: content.metas };
  const events = checkEvents(content.events, { articles: articles.texts, placeIds, root: content.root });
  return {
    counts: { articles: content.articles.length, places: places.entries, events: events.entries },
    problems: sortByPlace([
      ...places.problems,
      ...articles.problems,
      ...checkBodies(content.articles),
      ...articles.articles.flatMap(checkArticleDates),
      ...articles.articles.flatMap((a) => checkArticlePlaces(a, placeIds)),
      ...checkUnique(articles.articles),
      ...articles.articles.flatMap((a) => checkSources(a, sources)),
      ...checkOrphans(sources, content.articles, articles.articles),
      ...events.problems,
      ...checkAliases(content.aliases),
      ...checkSuggestions(dir, content.root, { articles: articles.texts, placeIds, eventIds: events.ids }),
    ]),
  };
}
