/**
 * What `npm run suggest` proposes: the `--json` contract (one object per suggestion, stable like the
 * ingest's), and the fuller proposal the suggestions file keeps for the editor (drafts, other candidates).
 */
import type { FigureMention } from '../lib/figures/index.ts';
import type { EventDate, EventType } from '../schemas/event.ts';

/** A figure as the contract gives it: the claim's fields, what is counted, and the words it came from. */
export interface SuggestedFigure {
  /** What is counted: killed, wounded, fighters, air-strikes… (src/lib/figures). */
  label: FigureMention['label'];
  /** The number; for a range its lower end. */
  value: number;
  /** Upper end of a range. */
  max?: number;
  /** How the text qualifies the number: exact, more-than, at-least, about, at-most. */
  bound: FigureMention['bound'];
  /** The unit of the count: people or strikes. */
  unit: FigureMention['unit'];
  /** The words of the article it came from, as written. */
  words: string;
}

/** The existing event a suggestion most likely belongs to. */
export interface SuggestionMatch {
  /** Id of the event in content/events.yaml. */
  event: string;
  /** «same»: another source for it; «conflict»: it gives another date or other figures. */
  relation: 'same' | 'conflict';
  /** 0–1: how much date, places, type and wording agree. */
  score: number;
  /** Why, in a line: «same month 2016-05, shared place sirte, same type offensive, 4 words in common». */
  why: string;
}

/** One suggestion, as `npm run suggest -- --json` prints it. The keys and their meaning do not change. */
export interface Suggestion {
  /** Slug of the article the quote comes from. */
  article: string;
  /** The sentence (or clause) exactly as the article has it: a quote `npm run check` accepts as is. */
  quote: string;
  /** The date the quote gives, at its precision; null when it gives none the date rules can fix. */
  date: EventDate | null;
  /** Gazetteer ids the quote names, or its paragraph when the quote names none. */
  places: string[];
  /** The event type of src/schemas/event.ts the cue words point to. */
  type: EventType;
  /** The words, as written, that suggested the type. */
  cues: string[];
  /** The numbers the quote states. */
  figures: SuggestedFigure[];
  /** The existing event it matches, or null for a new event. */
  match: SuggestionMatch | null;
}

/** What the suggestions file adds for the editor: drafts for a new event, how the date was read, other candidates. */
export interface Proposal extends Suggestion {
  /** Drafts for a new event, to rewrite: an id, a title and a description drawn from the quote. */
  draft: { id: string; title: string; description: string };
  /** How the date was read, when it needs saying («العام الماضي» against the publication date…). */
  note?: string;
  /** Other events it may belong to, best first, after the match. */
  others: SuggestionMatch[];
}
