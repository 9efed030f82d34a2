/**
 * Whether the sources of an event disagree — on its date or on a number — computed from the claims,
 * so that a disagreement is shown, never resolved by picking one source.
 */
import { dateText, type KnownDate } from '../dates/date.ts';
import { compareDates, nested, spanOf } from '../dates/span.ts';

/** A number a source gives: what it counts, the number (a range's lower end), the range's upper end, and its qualifier. */
export interface Figure {
  label: string;
  value: number;
  max?: number | undefined;
  /** exact, more-than, at-least, about or at-most. */
  bound: string;
}

/** What dispute detection needs of an event. */
export interface Disputable {
  date: KnownDate;
  claims: readonly { date?: KnownDate | undefined; figures?: readonly Figure[] | undefined }[];
}

/** The distinct dates the claims give, earliest first (a date given by two sources counts once). */
export function claimDates(event: Disputable): KnownDate[] {
  const seen = new Map<string, KnownDate>();
  for (const c of event.claims) if (c.date && !seen.has(dateText(c.date))) seen.set(dateText(c.date), c.date);
  return [...seen.values()].sort(compareDates);
}

/**
 * True when two claims give dates neither of which holds the other: «أيار/مايو 2015» against «جوان 2015».
 * A vaguer date that holds a precise one («2016-12» and «2016-12-05») is agreement, not dispute.
 */
export function hasDateConflict(event: Disputable): boolean {
  const spans = claimDates(event).map(spanOf);
  return spans.some((a, i) => spans.slice(i + 1).some((b) => !nested(a, b)));
}

/** True when two figures of one label say the same: equal numbers and bounds, «حوالي» agreeing with an exact number. */
function sameFigure(a: Figure, b: Figure): boolean {
  if (a.value !== b.value || a.max !== b.max) return false;
  return a.bound === b.bound || a.bound === 'about' || b.bound === 'about';
}

/** Labels whose numbers differ between claims («killed»: 457 / 700 / more than 700), sorted. */
export function figureConflicts(event: Disputable): string[] {
  const byLabel = new Map<string, Figure[]>();
  for (const c of event.claims) for (const f of c.figures ?? []) byLabel.set(f.label, [...(byLabel.get(f.label) ?? []), f]);
  return [...byLabel]
    .filter(([, list]) => list.some((a, i) => list.slice(i + 1).some((b) => !sameFigure(a, b))))
    .map(([label]) => label)
    .sort();
}

/** True when the sources disagree on the date or on any number. */
export function isDisputed(event: Disputable): boolean {
  return hasDateConflict(event) || figureConflicts(event).length > 0;
}

/** The dates the timeline draws: each claimed date when they conflict, else the event's own date. */
export function timelineDates(event: Disputable): KnownDate[] {
  return hasDateConflict(event) ? claimDates(event) : [event.date];
}
