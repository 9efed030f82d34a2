/**
 * Accepting a suggestion: its claim goes into content/events.yaml — as a new claim of the event it is
 * matched to, or, when `match` is null, as a new event at the end of the file. The file is located with
 * the yaml package's Document API and changed only where the new text goes: every other byte (comments,
 * order, quoting) stays as the editors wrote it. When the claims of the event now disagree on the date,
 * the event's date becomes the span that covers them all, as the events check requires.
 */
import { isMap, isSeq, parseDocument, type Node, type YAMLMap, type YAMLSeq } from 'yaml';
import { containsNormalized } from '../../lib/arabic.ts';
import { coveringDate, dateText, nested, spanOf } from '../../lib/dates/index.ts';
import { formatProblem } from '../../check/format.ts';
import { validateEvents } from '../../check/rules/events.ts';
import { claimDates, hasDateConflict } from '../../lib/events/index.ts';
import { eventSchema, type ArchiveEvent, type Claim, type EventDate } from '../../schemas/event.ts';
import { SuggestError } from '../errors.ts';
import type { SuggestionEntry } from '../schema.ts';
import { styledDocument, tightLists, TO_STRING } from './yaml-style.ts';

/** What accepting needs besides the two files. */
export interface AcceptContext {
  /** Where the suggestion is, for messages: «content/suggestions/x.yaml#3». */
  where: string;
  /** The events file as messages show it. */
  eventsFile: string;
  /** Plain text of an article, or undefined when there is none. */
  articleText: (slug: string) => string | undefined;
  placeIds: ReadonlySet<string>;
}

/** What happened. */
export interface Accepted {
  /** The new text of events.yaml. */
  text: string;
  /** The event the claim went into. */
  event: string;
  kind: 'claim' | 'event';
  /** A change to the event beyond the new claim, said to the editor. */
  note?: string;
}

type Range = [number, number, number];

/** Where a node's own text ends: before the blank lines and indentation the parser counts as its range. */
function contentEnd(text: string, node: Node): number {
  let end = (node.range as Range)[1];
  while (end > 0 && /\s/.test(text[end - 1]!)) end -= 1;
  return end;
}

/** The offset just after the line on which `at` lies (its newline included). */
function afterLine(text: string, at: number): number {
  const nl = text.indexOf('\n', at);
  return nl < 0 ? text.length : nl + 1;
}

/** The column of an offset. */
function column(text: string, at: number): number {
  return at - (text.lastIndexOf('\n', at - 1) + 1);
}

/** A list item in the house style, indented so that its «-» is at `indent`. */
function itemText(value: unknown, indent: number): string {
  const body = tightLists(styledDocument([value]).toString(TO_STRING));
  return body
    .split('\n')
    .filter((line) => line.length > 0)
    .map((line) => `${' '.repeat(indent)}${line}\n`)
    .join('');
}

/** A date as a one-line flow mapping: `{ value: "2016-05" }`. */
function dateFlow(date: EventDate): string {
  return styledDocument({ date }).toString(TO_STRING).replace(/^date: /, '').trim();
}

/** The claim of an entry, as events.yaml writes it. */
function claimOf(entry: SuggestionEntry): Claim {
  const c = entry.claims[0]!;
  return {
    article: c.article,
    quote: c.quote,
    ...(c.date ? { date: c.date } : {}),
    ...(c.figures ? { figures: c.figures.map((f) => ({ label: f.label, value: f.value, ...(f.max === undefined ? {} : { max: f.max }), ...(f.bound === 'exact' ? {} : { bound: f.bound }) })) } : {}),
    ...(c.note ? { note: c.note } : {}),
  } as Claim;
}

/** The problems the events check finds in one event of a text, with the articles it cites. */
function problemsOf(text: string, index: number, ctx: AcceptContext): string[] {
  const doc = parseDocument(text);
  const raw = (doc.toJS() as { events: unknown[] }).events[index];
  const articles = new Map<string, string>();
  for (const c of (raw as ArchiveEvent).claims ?? []) {
    const t = ctx.articleText(c.article);
    if (t !== undefined) articles.set(c.article, t);
  }
  return validateEvents({ events: [raw] }, { file: ctx.eventsFile, articles, placeIds: ctx.placeIds }).problems.map((p) => formatProblem({ ...p, path: p.path.replace(/^events\[0\]/, `events[${index}]`) }));
}

/** Accepts one suggestion entry into the text of events.yaml. Throws a SuggestError (one line) when it cannot. */
export function acceptEntry(eventsText: string, entry: SuggestionEntry, ctx: AcceptContext): Accepted {
  if (entry.status !== 'suggested') {
    throw new SuggestError(ctx.where, entry.status === 'accepted' ? `already accepted into ${entry.accepted}` : 'it was rejected', 'nothing to do; set `status: suggested` first to change your mind');
  }
  const claim = claimOf(entry);
  const article = ctx.articleText(claim.article);
  if (article === undefined) throw new SuggestError(ctx.where, `article «${claim.article}» does not exist`, 'correct the claim\'s article, or reject the suggestion');
  if (!containsNormalized(article, claim.quote)) {
    throw new SuggestError(ctx.where, `the quote is no longer in content/articles/${claim.article}.mdx`, `copy the sentence again from the article into the entry's quote, or run npm run suggest -- --force ${claim.article}`);
  }
  const doc = parseDocument(eventsText);
  if (doc.errors.length > 0) throw new SuggestError(ctx.eventsFile, `YAML syntax: ${doc.errors[0]!.message.split('\n')[0]}`, 'run npm run check and fix the file first');
  const list = doc.get('events', true) as unknown as YAMLSeq | undefined;
  if (!isSeq(list)) throw new SuggestError(ctx.eventsFile, 'no `events:` list', 'run npm run check and fix the file first');

  const result = entry.match ? addClaim(eventsText, list, entry.match.event, claim, ctx) : addEvent(eventsText, list, entry, claim, ctx);
  const index = list.items.findIndex((item) => isMap(item) && item.get('id') === result.event);
  const problems = problemsOf(result.text, index < 0 ? list.items.length : index, ctx);
  if (problems.length > 0) throw new SuggestError(ctx.where, `events.yaml would not pass the check: ${problems[0]}`, 'edit the suggestion so that it does, then accept it again');
  return result;
}

/** Adds the claim at the end of the claims of event `id`, and widens the event's date when the claims now disagree. */
function addClaim(text: string, list: YAMLSeq, id: string, claim: Claim, ctx: AcceptContext): Accepted {
  const item = list.items.find((i) => isMap(i) && i.get('id') === id) as YAMLMap | undefined;
  if (!item) throw new SuggestError(ctx.where, `match.event «${id}» is not in ${ctx.eventsFile}`, 'correct the id, or set `match: null` to make it a new event');
  const parsed = eventSchema.safeParse(item.toJSON());
  if (!parsed.success) throw new SuggestError(`${ctx.eventsFile}`, `event «${id}» does not pass the check`, 'run npm run check and fix it first');
  const claims = item.get('claims', true) as unknown as YAMLSeq;
  const last = claims.items[claims.items.length - 1] as Node;
  const dash = column(text, (claims.items[0] as Node).range![0]) - 2;
  const at = afterLine(text, contentEnd(text, last) - 1);
  let out = text.slice(0, at) + itemText(claim, dash) + text.slice(at);

  // The event's date: the span of its claims when they now disagree, or widened to hold the new claim's date.
  const event = parsed.data;
  const after = { ...event, claims: [...event.claims, claim] };
  let date: EventDate | null = null;
  if (hasDateConflict(after)) date = coveringDate(claimDates(after));
  else if (claim.date && !nested(spanOf(claim.date), spanOf(event.date))) date = coveringDate([event.date, claim.date]);
  let note: string | undefined;
  if (date && dateText(date) !== dateText(event.date)) {
    const node = item.get('date', true) as unknown as Node;
    const [from, to] = node.range as Range;
    out = out.slice(0, from) + dateFlow(date) + out.slice(to);
    note = `its date is now ${dateText(date)} (was ${dateText(event.date)}): the span its claims cover`;
  }
  return { text: out, event: id, kind: 'claim', ...(note ? { note } : {}) };
}

/** Appends a new event built from the entry, with a comment when fields are still drafts. */
function addEvent(text: string, list: YAMLSeq, entry: SuggestionEntry, claim: Claim, ctx: AcceptContext): Accepted {
  if (!entry.date) {
    throw new SuggestError(ctx.where, 'a new event needs a date, and the quote gives none', 'add `date: { value: YYYY[-MM[-DD]] }` to the entry (as precise as the sources allow), or set `match:` to an existing event');
  }
  if (list.items.some((i) => isMap(i) && i.get('id') === entry.id)) {
    throw new SuggestError(ctx.where, `the id «${entry.id}» is already an event of ${ctx.eventsFile}`, 'give the entry its own id, or set `match:` to that event to add the claim to it');
  }
  const event = { id: entry.id, title: entry.title, description: entry.description, type: entry.type, places: entry.places, date: entry.date, claims: [claim] };
  if (list.flow || list.items.length === 0) {
    // `events: []`: the list becomes a block list with its first event.
    const [from, to] = list.range as Range;
    const block = `\n${itemText(event, 2)}`;
    return { text: text.slice(0, from).replace(/[ \t]+$/, '') + block + text.slice(afterLine(text, to - 1)), event: entry.id, kind: 'event' };
  }
  const first = list.items[0] as Node;
  const dash = column(text, first.range![0]) - 2;
  const at = afterLine(text, contentEnd(text, list.items[list.items.length - 1] as Node) - 1);
  const drafts = entry.draft.length > 0 ? `${' '.repeat(dash)}# Drafted by npm run suggest: rewrite its ${entry.draft.join(', ')}.\n` : '';
  const out = `${text.slice(0, at)}\n${drafts}${itemText(event, dash)}${text.slice(at)}`;
  return { text: out, event: entry.id, kind: 'event' };
}
