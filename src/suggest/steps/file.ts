/**
 * Step 7 — the suggestions file of an article: proposals become entries in the shape of events.yaml,
 * merged with the entries an editor already has (decided ones are never touched, and their sentences
 * are not proposed again), written with a header that says how to accept and reject, and a comment
 * before each entry with its number and what it is.
 */
import { isSeq, type YAMLSeq } from 'yaml';
import { matchKey } from '../../lib/arabic.ts';
import type { Figure } from '../../schemas/event.ts';
import type { SuggestionEntry } from '../schema.ts';
import type { Proposal, SuggestedFigure } from '../types.ts';
import { styledDocument, tightLists, TO_STRING } from './yaml-style.ts';

/** An entry as written: the schema's shape, without the defaults filled in. */
export type Entry = Omit<SuggestionEntry, 'others' | 'draft'> & { others?: SuggestionEntry['others']; draft?: SuggestionEntry['draft'] };

/** A claim's figure as events.yaml writes it: `bound` only when not exact. */
function claimFigure(f: SuggestedFigure): Figure {
  return { label: f.label, value: f.value, ...(f.max === undefined ? {} : { max: f.max }), ...(f.bound === 'exact' ? {} : { bound: f.bound }) } as Figure;
}

/** The entry of one proposal: a new event with its claim, the match, and what the editor needs to decide. */
export function toEntry(p: Proposal): Entry {
  const claim = {
    article: p.article,
    quote: p.quote,
    ...(p.date ? { date: p.date } : {}),
    ...(p.figures.length > 0 ? { figures: p.figures.map(claimFigure) } : {}),
    ...(p.note ? { note: p.note } : {}),
  };
  return {
    id: p.draft.id,
    title: p.draft.title,
    description: p.draft.description,
    type: p.type,
    places: p.places,
    ...(p.date ? { date: p.date } : {}),
    claims: [claim],
    status: 'suggested',
    match: p.match,
    ...(p.others.length > 0 ? { others: p.others } : {}),
    evidence: { cues: p.cues, figures: p.figures.map((f) => f.words) },
    draft: ['id', 'title', 'description'],
  } as Entry;
}

/** The quote of an entry's claim, as a matching key. */
function quoteOf(entry: Pick<Entry, 'claims'>): string {
  return matchKey(entry.claims[0]?.quote ?? '');
}

/** True when two quotes overlap (one holds the other): the same sentence, or a clause of it. */
export function sameSentence(a: string, b: string): boolean {
  return a.length > 0 && b.length > 0 && (a.includes(b) || b.includes(a));
}

/**
 * The entries of a file after a run: what the editor has is kept as it is, and new proposals (whose
 * sentence no entry holds) are added at the end. With `refresh`, the entries still waiting are
 * replaced by this run's proposals; decided ones stay.
 */
export function mergeEntries(existing: readonly Entry[], proposals: readonly Proposal[], refresh: boolean): { entries: Entry[]; added: number } {
  const kept = refresh ? existing.filter((e) => e.status !== 'suggested') : [...existing];
  // Decided entries keep their sentences out even on refresh: a rejected sentence is not proposed again.
  const fresh = proposals.map(toEntry).filter((e) => !existing.some((k) => (k.status !== 'suggested' || !refresh) && sameSentence(quoteOf(k), quoteOf(e))));
  return { entries: [...kept, ...fresh], added: fresh.length };
}

/** One line for an entry's comment and the terminal: what it is and what it would become. */
export function entryLine(entry: Entry): string {
  if (entry.status === 'accepted') return `accepted into ${entry.accepted}`;
  if (entry.status === 'rejected') return `rejected: ${entry.why}`;
  if (!entry.match) return 'a new event';
  return entry.match.relation === 'conflict' ? entry.match.why.replace(/ — .*$/, '') : `another source for ${entry.match.event}`;
}

/** The text of a suggestions file. */
export function writeSuggestionsFile(article: string, entries: readonly Entry[]): string {
  const doc = styledDocument({ article, events: entries });
  doc.commentBefore = [
    ` Suggested claims of content/articles/${article}.mdx, made by npm run suggest: nothing here is published.`,
    ` Accept one: npm run suggest -- --accept content/suggestions/${article}.yaml#N (its claim goes to the matched`,
    ` event of events.yaml, or, with match: null, becomes a new event); reject one: --reject …#N --why "…".`,
    ' Edit an entry before accepting it if it needs it; the fields listed in `draft` are drafts to rewrite.',
  ].join('\n');
  const list = doc.get('events') as YAMLSeq;
  if (isSeq(list)) {
    list.items.forEach((item, i) => {
      const node = item as { commentBefore?: string; spaceBefore?: boolean };
      node.commentBefore = ` ${i + 1} — ${entryLine(entries[i]!)}`;
      if (i > 0) node.spaceBefore = true;
    });
  }
  return tightLists(doc.toString(TO_STRING));
}
