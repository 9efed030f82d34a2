/**
 * The events, content/events.yaml: the schema, then what the schema cannot see — each quote is in its
 * article, articles and places exist, ids are unique, and each event's date agrees with its claims.
 * Pure: texts in, problems out, each with file, line, path and a fix.
 */
import { containsNormalized, foldWhitespace, matchKey } from '../../lib/arabic.ts';
import { claimDates, hasDateConflict } from '../../lib/events/dispute.ts';
import { nearestId } from '../../lib/events/nearest.ts';
import { dateText } from '../../lib/dates/date.ts';
import { coveringDate, nested, spanOf } from '../../lib/dates/span.ts';
import { parseYamlSource } from '../../lib/yaml-lines.ts';
import { eventSchema, type ArchiveEvent } from '../../schemas/event.ts';
import { entryIds } from '../entries.ts';
import { parseWithFriendlyErrors, shown, valueAt } from '../friendly-errors.ts';
import { placeFindings, yamlSyntaxProblems, type DataPath, type Finding, type Problem } from '../problem.ts';
import type { TextFile } from '../read.ts';

/** What the events check knows besides the events. */
export interface EventsContext {
  /** Plain text of each article, by slug. */
  articles: ReadonlyMap<string, string>;
  /** Every id of the gazetteer. */
  placeIds: ReadonlySet<string>;
  /** The events file's path, for messages. */
  file: string;
  /** Where an editor finds an article's text, for messages; content/articles/<slug>.mdx by default. */
  articlePath?: (slug: string) => string;
  /** The line of a path in the YAML text the data was parsed from, for messages. */
  lineOf?: (path: DataPath) => number | undefined;
}

const EXPLAIN = { schemaFile: 'src/schemas/event.ts' };

/** How far a quote matches the article: its words up to the first one that departs from the text. */
function quoteHint(article: string, quote: string): string {
  const words = foldWhitespace(quote).split(' ');
  const keys = matchKey(quote).split(' ');
  const text = matchKey(article);
  // The longest prefix found: each shorter prefix of a found prefix is also found, so bisect.
  let lo = 0;
  let hi = Math.min(words.length, keys.length);
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (text.includes(keys.slice(0, mid).join(' '))) lo = mid;
    else hi = mid - 1;
  }
  if (lo === 0) return `not even its first word ${shown(words[0])} is there`;
  return `its first ${lo} of ${words.length} words are there, then it departs at ${shown(words[lo] ?? '')}`;
}

/** The claims' dates against the event's date: a dispute needs the covering span, agreement needs nesting. */
function checkDates(event: ArchiveEvent, at: DataPath): Finding[] {
  if (hasDateConflict(event)) {
    const dates = claimDates(event);
    const cover = coveringDate(dates);
    const want = spanOf(cover);
    const have = spanOf(event.date);
    if (want.start === have.start && want.end === have.end) return [];
    const written = 'value' in cover ? `{ value: ${cover.value} }` : `{ from: ${cover.from}, to: ${cover.to} }`;
    return [
      {
        path: [...at, 'date'],
        code: 'date-conflict',
        arg: written,
        message: `the claims disagree on the date (${dates.map(dateText).join(' / ')}): the event date must be the span that covers them all — write ${written}`,
      },
    ];
  }
  const problems: Finding[] = [];
  event.claims.forEach((c, k) => {
    if (!c.date || nested(spanOf(c.date), spanOf(event.date))) return;
    problems.push({
      path: [...at, 'claims', k, 'date'],
      code: 'date-conflict',
      arg: dateText(event.date),
      message: `claim date ${dateText(c.date)} does not agree with the event date ${dateText(event.date)} — one must lie within the other; correct the one that misreads its source`,
    });
  });
  return problems;
}

/** Everything the schema cannot see, for one event that passed the schema. */
function crossCheck(event: ArchiveEvent, at: DataPath, ctx: EventsContext): Finding[] {
  const problems: Finding[] = [];
  const articlePath = ctx.articlePath ?? ((slug: string) => `content/articles/${slug}.mdx`);
  const seenPlaces = new Set<string>();
  event.places.forEach((id, k) => {
    const path = [...at, 'places', k];
    if (seenPlaces.has(id)) problems.push({ path, code: 'repeated-entry', arg: id, message: `place «${id}» is listed twice — remove one` });
    seenPlaces.add(id);
    if (ctx.placeIds.has(id)) return;
    const near = nearestId(id, ctx.placeIds);
    problems.push({
      path,
      code: 'unknown-place',
      arg: id,
      message: `place «${id}» is not in the gazetteer — ${near ? `did you mean «${near}»? ` : ''}use an id from content/places.yaml, or add the place there`,
    });
  });
  event.claims.forEach((c, k) => {
    const text = ctx.articles.get(c.article);
    if (text === undefined) {
      const near = nearestId(c.article, ctx.articles.keys());
      problems.push({
        path: [...at, 'claims', k, 'article'],
        code: 'unknown-article',
        arg: c.article,
        message: `article «${c.article}» does not exist — ${near ? `did you mean «${near}»? ` : ''}use the slug of a file in content/articles/`,
      });
    } else if (!containsNormalized(text, c.quote)) {
      problems.push({
        path: [...at, 'claims', k, 'quote'],
        code: 'quote-not-found',
        arg: c.article,
        message: `quote not found in article ${c.article} (${quoteHint(text, c.quote)}) — copy the sentence exactly from ${articlePath(c.article)}`,
      });
    }
  });
  problems.push(...checkDates(event, at));
  return problems;
}

/** What the events check found: the valid events, every problem, and how many entries the list holds and their ids, valid or not. */
export interface EventsCheck {
  events: ArchiveEvent[];
  problems: Problem[];
  entries: number;
  ids: Set<string>;
}

/** Validates parsed events data (the whole file: `{ events: [...] }`) and returns the valid events with every problem found. */
export function validateEvents(data: unknown, ctx: EventsContext): EventsCheck {
  const lineOf = ctx.lineOf ?? (() => undefined);
  const found: Finding[] = [];
  const events: ArchiveEvent[] = [];
  const list = valueAt(data, ['events']);
  if (data === null || typeof data !== 'object' || Array.isArray(data) || !Array.isArray(list)) {
    found.push({ path: [], code: 'file-shape', message: 'expected a mapping with an `events:` list at the top of the file' });
  } else {
    for (const key of Object.keys(data)) {
      if (key !== 'events') found.push({ path: [key], code: 'unknown-field', arg: key, message: `unknown top-level field «${key}» — the file holds only \`events:\`` });
    }
    const firstIndex = new Map<string, number>();
    list.forEach((raw, i) => {
      const at: DataPath = ['events', i];
      const parsed = parseWithFriendlyErrors(eventSchema, raw, EXPLAIN, at);
      if (!parsed.success) {
        found.push(...parsed.findings);
        return;
      }
      const event = parsed.data;
      const first = firstIndex.get(event.id);
      if (first === undefined) firstIndex.set(event.id, i);
      else {
        const line = lineOf(['events', first, 'id']);
        found.push({
          path: [...at, 'id'],
          code: 'duplicate-id',
          arg: event.id,
          message: `duplicate id «${event.id}» (also events[${first}]${line === undefined ? '' : `, line ${line}`}) — give each event its own id`,
        });
      }
      found.push(...crossCheck(event, at, ctx));
      events.push(event);
    });
  }
  const entries = Array.isArray(list) ? list : [];
  return { events, problems: placeFindings(ctx.file, found, lineOf), entries: entries.length, ids: entryIds(entries) };
}

/** Parses (once) and checks the YAML text of the events file, syntax errors included. */
export function validateEventsText(text: string, ctx: Omit<EventsContext, 'lineOf'>): EventsCheck {
  const parsed = parseYamlSource(text);
  if (parsed.errors.length > 0) return { events: [], problems: yamlSyntaxProblems(ctx.file, parsed.errors), entries: 0, ids: new Set() };
  return validateEvents(parsed.data, { ...ctx, lineOf: parsed.lineOf });
}

/** Checks the events file against the articles read and the gazetteer; an archive without one has no events, which is not an error. */
export function checkEvents(
  file: TextFile | null,
  ctx: { articles: ReadonlyMap<string, string>; placeIds: ReadonlySet<string>; root: string },
): EventsCheck {
  if (file === null) return { events: [], entries: 0, ids: new Set(), problems: [] };
  return validateEventsText(file.text, {
    file: file.file,
    articles: ctx.articles,
    placeIds: ctx.placeIds,
    articlePath: (slug) => `${ctx.root}/articles/${slug}.mdx`,
  });
}
