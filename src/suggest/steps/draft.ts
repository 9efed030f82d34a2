/**
 * Step 6 — drafts for a new event, for the editor to rewrite: an id in the archive's convention (the
 * date as precise as known, the first place, the type: «2016-05-sirte-offensive»), a title from the
 * first words of the quote, and the quote itself as the description. Only what the quote says.
 */
import { slugify } from '../../lib/slug.ts';
import type { EventDate, EventType } from '../../schemas/event.ts';

/** Longest title the schema allows. */
const TITLE_MAX = 90;
/** Longest description the schema allows. */
const DESCRIPTION_MAX = 500;
/** Words of the quote a title keeps at most. */
const TITLE_WORDS = 10;

/** The id prefix of a date: its value, or the start of an interval; «undated» without one. */
function datePrefix(date: EventDate | null): string {
  if (!date) return 'undated';
  return 'value' in date ? date.value : date.from;
}

/** A draft id not yet taken by an event or by another draft: «…-2», «…-3» after the first. */
export function draftId(date: EventDate | null, places: readonly string[], type: EventType, taken: Set<string>): string {
  const base = [datePrefix(date), places[0] ? slugify(places[0]) : '', type].filter(Boolean).join('-');
  let id = base;
  for (let n = 2; taken.has(id); n += 1) id = `${base}-${n}`;
  taken.add(id);
  return id;
}

/** Text cut at a word boundary to at most `max` characters, with «…» when cut. */
function cut(text: string, max: number): string {
  if (text.length <= max) return text;
  const head = text.slice(0, max - 1);
  return `${head.slice(0, Math.max(head.lastIndexOf(' '), 1)).replace(/[\s،,؛:]+$/, '')}…`;
}

/** A title from the quote: its first words up to a comma, without the leading «و»/«ف» of a continuing sentence. */
export function draftTitle(quote: string): string {
  const clause = quote.split(/[،,؛:.]/)[0] ?? quote;
  const words = clause.trim().split(/\s+/).slice(0, TITLE_WORDS);
  if (words[0] && /^[وف][\u0621-\u064A]{4,}/.test(words[0])) words[0] = words[0].slice(1);
  return cut(words.join(' ').replace(/[«»“”"()]/g, ''), TITLE_MAX);
}

/** The quote as a description, within the schema's length. */
export function draftDescription(quote: string): string {
  return cut(quote, DESCRIPTION_MAX);
}
