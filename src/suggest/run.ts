/**
 * `npm run suggest` as a table of contents: read the archive, suggest for each article, merge with the
 * editor's suggestions file, and say what would be written; and the two decisions an editor takes on a
 * suggestion, accept and reject. Every step is a function in ./steps (or ./article.ts); I/O is in cli.ts.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { matchKey } from '../lib/arabic.ts';
import { buildArchive, suggestArticle, type Archive } from './article.ts';
import { SuggestError } from './errors.ts';
import type { SuggestionEntry } from './schema.ts';
import { acceptEntry } from './steps/accept.ts';
import { entryLine, mergeEntries, sameSentence, writeSuggestionsFile, type Entry } from './steps/file.ts';
import { articleSlugs, readArticle, readEvents, readPlaces, shownPath, slugOf } from './steps/read.ts';
import type { Proposal, Suggestion } from './types.ts';
import { validateSuggestions, type SuggestionsContext } from '../check/rules/suggestions.ts';

/** A file to write: its path and its new text. */
export type Write = [path: string, text: string];

/** What one article gave. */
export interface ArticleResult {
  slug: string;
  /** The suggestions file, as the editor types it. */
  file: string;
  /** This run's proposals that no decision covers: what `--json` prints. */
  proposals: Proposal[];
  /** The file's entries after the run. */
  entries: Entry[];
  /** How many entries this run added. */
  added: number;
}

/** The archive of a content folder: its gazetteer and its events, ready to suggest against. */
export function loadArchive(content: string): Archive {
  return buildArchive(readPlaces(content), readEvents(content).events);
}

/** The suggestions file of an article. */
function suggestionsPath(content: string, slug: string): string {
  return join(content, 'suggestions', `${slug}.yaml`);
}

/** Ids of the events in events.yaml, valid or not, for the suggestions check. */
function eventIds(content: string): Set<string> {
  return new Set(readEvents(content).events.map((e) => e.id));
}

/** A suggestions file read and checked against its schema; its first problem is refused in one line. */
function readSuggestions(path: string, ctx: SuggestionsContext): { entries: SuggestionEntry[]; article: string } | null {
  if (!existsSync(path)) return null;
  // Reading needs only the shape: a stale match or a moved quote is the check's to report (and accept's to refuse).
  const { data, problems } = validateSuggestions(readFileSync(path, 'utf8'), shownPath(path), ctx);
  if (!data) {
    const first = problems[0]!;
    const more = problems.length > 1 ? ` (${problems.length - 1} more: npm run check lists them all)` : '';
    throw new SuggestError(`${first.file}${first.line === undefined ? '' : `:${first.line}`}`, `${first.path ? `${first.path}: ` : ''}${first.message}${more}`, 'correct the file, or delete it to start again');
  }
  return { entries: data.events, article: data.article };
}

/** One article: suggest, merge with the editor's file, and the file to write when something changed. */
function suggestOne(content: string, slug: string, archive: Archive, eventIds: ReadonlySet<string>, taken: Set<string>, refresh: boolean): ArticleResult & { write?: Write } {
  const article = readArticle(content, slug);
  const path = suggestionsPath(content, slug);
  // Reading the editor's file checks its shape only: places and quotes are the check's to report.
  const existing = readSuggestions(path, { articles: new Map([[slug, article.text]]), placeIds: new Set(), eventIds })?.entries ?? null;
  for (const e of existing ?? []) taken.add(e.id);
  const proposals = suggestArticle(article, archive, taken);
  const { entries, added } = mergeEntries(existing ?? [], proposals, refresh);
  // What the editor has decided is not proposed again.
  const decided = (existing ?? []).filter((e) => e.status !== 'suggested').map((e) => matchKey(e.claims[0]!.quote));
  const open = proposals.filter((p) => !decided.some((q) => sameSentence(matchKey(p.quote), q)));
  // An article with nothing to review gets no file; an existing file changes only when something was added or refreshed.
  const changed = existing ? added > 0 || refresh : entries.length > 0;
  return { slug, file: shownPath(path), proposals: open, entries, added, ...(changed ? { write: [path, writeSuggestionsFile(slug, entries)] as Write } : {}) };
}

/** The steps of a run: read the archive, find the articles asked for, and suggest for each in turn. */
export function run(options: { content: string; articles: readonly string[]; all: boolean; refresh: boolean }): { results: ArticleResult[]; writes: Write[] } {
  const content = resolve(options.content);
  const { events } = readEvents(content);
  const archive = buildArchive(readPlaces(content), events);
  const known = articleSlugs(content);
  const slugs = options.all ? known : [...new Set(options.articles.map((a) => slugOf(a, content, known)))];
  const eventIds = new Set(events.map((e) => e.id));
  const taken = new Set(archive.ids); // drafted ids stay unique across the articles of the run
  const done = slugs.map((slug) => suggestOne(content, slug, archive, eventIds, taken, options.refresh));
  return { results: done.map(({ write: _write, ...result }) => result), writes: done.flatMap((d) => (d.write ? [d.write] : [])) };
}

/** The contract of `--json`: the eight keys of a suggestion, nothing else. */
export function contract(p: Proposal): Suggestion {
  return { article: p.article, quote: p.quote, date: p.date, places: p.places, type: p.type, cues: p.cues, figures: p.figures, match: p.match };
}

/** «content/suggestions/x.yaml#3» → the file and the 1-based number. */
export function parseRef(ref: string): { path: string; n: number } {
  const m = /^(.+)#(\d+)$/.exec(ref);
  if (!m) throw new SuggestError(ref, 'not a suggestion reference', 'write FILE#N, e.g. content/suggestions/2016-12-sirte-reuters.yaml#3');
  return { path: m[1]!, n: Number(m[2]) };
}

/** The entry `n` (from 1) of a suggestions file, checked. */
function entryAt(path: string, n: number, ctx: SuggestionsContext): { entries: SuggestionEntry[]; entry: SuggestionEntry; article: string } {
  if (!existsSync(path)) throw new SuggestError(path, 'no such suggestions file', 'run npm run suggest -- <article> first, or check the path');
  const read = readSuggestions(path, ctx)!;
  const entry = read.entries[n - 1];
  if (!entry) throw new SuggestError(`${shownPath(path)}#${n}`, `the file has ${read.entries.length} suggestion${read.entries.length === 1 ? '' : 's'}`, `give a number from 1 to ${read.entries.length}`);
  return { ...read, entry };
}

/** The suggestions file with entry `n` changed by `change`, in the house style. */
function withEntry(article: string, entries: readonly SuggestionEntry[], n: number, change: (e: SuggestionEntry) => SuggestionEntry): string {
  return writeSuggestionsFile(article, entries.map((e, i) => (i === n - 1 ? change(e) : e)) as Entry[]);
}

/** Accepts suggestion `ref`: the new events.yaml and the suggestions file that records it. */
export function accept(content: string, ref: string): { writes: Write[]; message: string } {
  const dir = resolve(content);
  const { path, n } = parseRef(ref);
  const places = readPlaces(dir);
  const events = readEvents(dir);
  const text = (slug: string) => (existsSync(join(dir, 'articles', `${slug}.mdx`)) ? readArticle(dir, slug).text : undefined);
  const where = `${shownPath(path)}#${n}`;
  const placeIds = new Set(places.map((p) => p.id));
  const { entries, entry, article } = entryAt(path, n, { articles: new Map(), placeIds, eventIds: new Set(events.events.map((e) => e.id)) });
  const eventsPath = join(dir, 'events.yaml');
  const result = acceptEntry(events.text ?? 'events: []\n', entry, { where, eventsFile: events.file, articleText: text, placeIds });
  const suggestions = withEntry(article, entries, n, (e) => ({ ...e, status: 'accepted', accepted: result.event }));
  const what = result.kind === 'claim' ? `a new claim of ${result.event}` : `a new event, ${result.event}`;
  return {
    writes: [[eventsPath, result.text], [path, suggestions]],
    message: `suggest: ${where} → ${events.file}: ${what}${result.note ? `; ${result.note}` : ''}`,
  };
}

/** Rejects suggestion `ref` with the editor's reason, so that its sentence is not proposed again. */
export function reject(content: string, ref: string, why: string | undefined): { writes: Write[]; message: string } {
  const { path, n } = parseRef(ref);
  if (!why?.trim()) throw new SuggestError(ref, 'a rejection says why', 'add --why "…" (e.g. --why "background, not an event")');
  const dir = resolve(content);
  const { entries, entry, article } = entryAt(path, n, { articles: new Map(), placeIds: new Set(), eventIds: eventIds(dir) });
  if (entry.status === 'accepted') throw new SuggestError(`${shownPath(path)}#${n}`, `already accepted into ${entry.accepted}`, 'remove its claim from events.yaml first if it should not be there');
  const text = withEntry(article, entries, n, (e) => ({ ...e, status: 'rejected', why: why.trim() }));
  return { writes: [[path, text]], message: `suggest: ${shownPath(path)}#${n} rejected: ${why.trim()}` };
}

/** The lines the terminal shows for one article. */
export function summaryLines(result: ArticleResult): string[] {
  const counts = { same: 0, conflict: 0, new: 0 };
  for (const e of result.entries) if (e.status === 'suggested') counts[e.match ? e.match.relation : 'new'] += 1;
  const head = `${result.file}: ${result.entries.length} suggestion${result.entries.length === 1 ? '' : 's'} (${counts.same} another source, ${counts.conflict} conflicting, ${counts.new} new events${result.added < result.entries.length ? `; ${result.added} added by this run` : ''})`;
  return [
    head,
    ...result.entries.map((e, i) => {
      const date = e.date ? ('value' in e.date ? e.date.value : `${e.date.from}→${e.date.to}`) : 'undated';
      const quote = e.claims[0]!.quote;
      return `  #${i + 1} ${date} ${e.type} «${quote.length > 60 ? `${quote.slice(0, 60)}…` : quote}» → ${entryLine(e)}`;
    }),
  ];
}
