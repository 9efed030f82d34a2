/**
 * What the chart knows of an event, and the two ways it is drawn: an event dated to a day or a month (or
 * a few weeks) is a labelled mark, the loudest thing on the chart; an event known only to its year, or
 * lasting months, is a light bracket behind — never louder than what is precisely dated.
 */
import { utcMonth } from 'd3-time';
import { precisionOf, type KnownDate } from '../dates/date.ts';
import { spanOf, type Span } from '../dates/span.ts';
import type { TypeGroup } from './groups.ts';

/** One event as the chart draws it. */
export interface TimelineItem {
  id: string;
  /** Its title, the label on the chart. */
  title: string;
  /** The dates drawn: each claimed date when the sources disagree on it, else the event's date. */
  dates: KnownDate[];
  /** The group of its type: colour and shape. */
  group: TypeGroup;
  /** True when the sources disagree on the date. */
  dateConflict: boolean;
  /** True when the sources disagree on a number. */
  figureConflict: boolean;
  /** How many articles report it. */
  sources: number;
}

/** How an item is drawn: a labelled mark, or a bracket behind the marks. */
export type ItemKind = 'event' | 'context';

/** The longest an event may last and still be drawn as a mark: a season, not a year. */
export const MAX_EVENT_DAYS = 92;
const DAY = 86_400_000;

/** [start, end) in UTC ms of everything an item's dates cover. */
export function extentOf(item: Pick<TimelineItem, 'dates'>): Span {
  const spans = item.dates.map(spanOf);
  return { start: Math.min(...spans.map((s) => s.start)), end: Math.max(...spans.map((s) => s.end)) };
}

/** True when every end of every date is a day or a month. */
function preciseDates(dates: readonly KnownDate[]): boolean {
  return dates.every((d) => ('value' in d ? [d.value] : [d.from, d.to]).every((iso) => precisionOf(iso) !== 'year'));
}

/** A mark for what is dated to a day or a month and lasts at most a season; a bracket for the rest. */
export function itemKind(item: Pick<TimelineItem, 'dates'>): ItemKind {
  const { start, end } = extentOf(item);
  return preciseDates(item.dates) && end - start <= MAX_EVENT_DAYS * DAY ? 'event' : 'context';
}

/**
 * Which label gives way when two collide: the event more sources report first, then a disputed one
 * (the archive's reason to exist), then the one known to the day.
 */
export function importance(item: TimelineItem): number {
  const day = item.dates.some((d) => 'value' in d && precisionOf(d.value) === 'day');
  return item.sources * 4 + (item.dateConflict || item.figureConflict ? 2 : 0) + (day ? 1 : 0);
}

/** Most important first; then earlier first, then by id, so the order is stable. */
export function byImportance(a: TimelineItem, b: TimelineItem): number {
  return importance(b) - importance(a) || extentOf(a).start - extentOf(b).start || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/** Chronological: earlier start first, at equal starts the shorter, then by id. */
export function byTime(a: Pick<TimelineItem, 'id' | 'dates'>, b: Pick<TimelineItem, 'id' | 'dates'>): number {
  const x = extentOf(a);
  const y = extentOf(b);
  return x.start - y.start || x.end - y.end || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/** What a chart with nothing on it shows: 2014 to 2017, the years of the archive. */
export const EMPTY_DOMAIN: [number, number] = [Date.UTC(2014, 0, 1), Date.UTC(2018, 0, 1)];

/** The earliest start and the latest end of the items' dates, in UTC ms (items not empty). */
export function timeRange(items: readonly Pick<TimelineItem, 'dates'>[]): [number, number] {
  const spans = items.map(extentOf);
  return [Math.min(...spans.map((s) => s.start)), Math.max(...spans.map((s) => s.end))];
}

/** The time the chart shows: a whole month before the first date and after the last (2014–2018 when there is nothing). */
export function paddedDomain(items: readonly Pick<TimelineItem, 'dates'>[]): [number, number] {
  if (items.length === 0) return EMPTY_DOMAIN;
  const [lo, hi] = timeRange(items);
  return [utcMonth.offset(utcMonth.floor(new Date(lo)), -1).getTime(), utcMonth.offset(utcMonth.ceil(new Date(hi)), 1).getTime()];
}
