/**
 * The view in words: the chips that show each active filter and remove it, and the line that says how
 * much the timeline shows. Every count goes through countWords, every month through formatDate.
 */
import { countWords, EVENTS, formatNumber } from '../count-words.ts';
import { formatDate } from '../dates/format.ts';
import type { TimelineState } from './state.ts';

/** «بين مايو 2016 وديسمبر 2016», «في مايو 2016», «منذ مايو 2016», «حتى ديسمبر 2016»; «» when open. */
export function periodWords(period: Pick<TimelineState, 'from' | 'to'>): string {
  const { from, to } = period;
  if (from && to) return from === to ? `في ${formatDate(from)}` : `بين ${formatDate(from)} و${formatDate(to)}`;
  if (from) return `منذ ${formatDate(from)}`;
  if (to) return `حتى ${formatDate(to)}`;
  return '';
}

/** Arabic names of the ids a view may hold; an id without a name is shown as it is. */
export interface ViewNames {
  place(id: string): string | undefined;
  type(id: string): string | undefined;
}

/** Which part of the view a chip removes. */
export type ChipKey = 'period' | 'place' | 'type' | 'disputed';

/** One active filter: what it says, and what its button says it removes. */
export interface Chip {
  key: ChipKey;
  text: string;
  remove: string;
}

/** The chips of a view, in the URL's order: period, place, type, disputes. */
export function chipsOf(state: TimelineState, names: ViewNames): Chip[] {
  const chips: Chip[] = [];
  const add = (key: ChipKey, text: string) => chips.push({ key, text, remove: `إزالة التصفية: ${text}` });
  if (state.from || state.to) add('period', periodWords(state));
  if (state.place) add('place', `في ${names.place(state.place) ?? state.place}`);
  if (state.type) add('type', `النوع: ${names.type(state.type) ?? state.type}`);
  if (state.disputed) add('disputed', 'المتنازع عليها فقط');
  return chips;
}

/** What a chip's removal leaves of the view. */
export function withoutChip(state: TimelineState, key: ChipKey): TimelineState {
  switch (key) {
    case 'period':
      return { ...state, from: null, to: null };
    case 'place':
      return { ...state, place: null };
    case 'type':
      return { ...state, type: null };
    case 'disputed':
      return { ...state, disputed: false };
  }
}

/** «يعرض الخط الزمني كل الأحداث (37)», «يعرض الخط الزمني 5 أحداث من 37», «لا أحداث تطابق هذه التصفية». */
export function timelineStatus(shown: number, total: number): string {
  if (shown === 0) return 'لا أحداث تطابق هذه التصفية: أزل بعضها لترى أحداثًا.';
  if (shown === total) return `يعرض الخط الزمني كل الأحداث (${formatNumber(total)}).`;
  return `يعرض الخط الزمني ${countWords(shown, EVENTS)} من ${formatNumber(total)}.`;
}
