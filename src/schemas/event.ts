import { z } from 'astro/zod';
import { hasArabic } from '../lib/arabic.ts';
import { isCalendarDate } from '../lib/dates/calendar.ts';
import type { KnownDate } from '../lib/dates/date.ts';
import { isOrderedInterval } from '../lib/dates/span.ts';
import { EVENT_TYPES } from '../lib/events/types.ts';
import { isoDate, slugId } from './article.ts';

/** Fewest words a quote may have: fewer cannot identify one sentence of an article. */
export const MIN_QUOTE_WORDS = 6;

/** What kind of thing happened (src/lib/events/types.ts); the timeline filters and colours by it. */
export const eventType = z.enum(EVENT_TYPES);

/** An ISO date at its precision (YYYY, YYYY-MM or YYYY-MM-DD) that exists on the calendar; a malformed one is left to isoDate's message. */
export const calendarDate = isoDate.refine((v) => isCalendarDate(v) || !isoDate.safeParse(v).success, {
  message: 'not a calendar date (no such day or month) — check the day against the month',
});

/** One date known to the precision its ISO form shows: «2016», «2016-05», «2016-05-12». */
export const singleDate = z
  .object({
    /** The date: YYYY, YYYY-MM or YYYY-MM-DD. */
    value: calendarDate,
  })
  .strict();

/** A period between two dates, each at its own precision: from the start of `from` to the end of `to`. */
export const intervalDate = z
  .object({
    /** First day, month or year of the period. */
    from: calendarDate,
    /** Last day, month or year of the period (inclusive). */
    to: calendarDate,
  })
  .strict()
  .refine(isOrderedInterval, {
    path: ['to'],
    message: 'the interval ends before it starts, or is a single date — put `from` first, or write { value } for one date',
  });

/** A date as the content writes it: `{ value }` or `{ from, to }`. */
export const eventDate = z.union([singleDate, intervalDate]) satisfies z.ZodType<KnownDate>;

/** A number a source gives, with the words that qualify it. */
export const figure = z
  .object({
    /** What is counted, as an ASCII key shared by the claims that count the same thing: killed, wounded, fighters… */
    label: slugId,
    /** The number as given; for a range («بين أربعة إلى ستة آلاف») its lower end. */
    value: z.number().nonnegative(),
    /** Upper end of a range, when the source gives one. */
    max: z.number().positive().optional(),
    /** How the source qualifies the number: «أكثر من» more-than, «على الأقل» at-least, «حوالي» about, «لا يتجاوز» at-most. */
    bound: z.enum(['exact', 'more-than', 'at-least', 'about', 'at-most']).default('exact'),
  })
  .strict()
  .refine((f) => f.max === undefined || f.max > f.value, {
    path: ['max'],
    message: 'the upper end of the range must be greater than `value`',
  });

/** One source's account of an event: the article, the exact sentence, and what that sentence says. */
export const claim = z
  .object({
    /** Slug of the article in content/articles/ that says it. */
    article: slugId,
    /** The sentence (or a clause of it) copied character for character from the article. */
    quote: z
      .string()
      .trim()
      .refine((q) => q.split(/\s+/).filter(Boolean).length >= MIN_QUOTE_WORDS, {
        message: `quote too short to identify a sentence — copy the whole sentence, or a clause of at least ${MIN_QUOTE_WORDS} words`,
      }),
    /** The date THIS source gives; left out when the sentence gives none (e.g. a bare count). */
    date: eventDate.optional(),
    /** The numbers this source gives (dead, wounded, fighters, strikes…). */
    figures: z.array(figure).min(1).optional(),
    /** Editor's note on reading the quote: an inferred date, a relative expression resolved, a qualifier. */
    note: z.string().trim().min(1).optional(),
  })
  .strict();

/** One event of the timeline, with the claims of the sources that report it. */
export const eventSchema = z
  .object({
    /** Stable ASCII id, by convention the year (and month) then a few words: «2016-12-sirte-liberated». */
    id: slugId,
    /** Short Arabic title. */
    title: z.string().trim().min(1).max(90).refine(hasArabic, { message: 'the title must be in Arabic' }),
    /** One or two Arabic sentences saying only what the sources say. */
    description: z.string().trim().min(1).max(500).refine(hasArabic, { message: 'the description must be in Arabic' }),
    /** What kind of event it is. */
    type: eventType,
    /** Gazetteer ids (content/places.yaml) of the places where it happened; empty when no known place is named. */
    places: z.array(slugId).default([]),
    /** The editors' summary date; when the claims disagree, the span that covers them all. */
    date: eventDate,
    /** The sources' accounts; several when they disagree, none resolved by picking one. */
    claims: z.array(claim).min(1),
  })
  .strict();

/** content/events.yaml: one list of events under `events:`. */
export const eventsFileSchema = z
  .object({
    /** Every event of the archive, in any order (the timeline sorts them). */
    events: z.array(eventSchema),
  })
  .strict();

export type { EventType } from '../lib/events/types.ts';
/** An event's or a claim's date: the archive's one date type (src/lib/dates/date.ts), which `eventDate` is checked to produce. */
export type EventDate = KnownDate;
export type Figure = z.infer<typeof figure>;
export type Claim = z.infer<typeof claim>;
export type ArchiveEvent = z.infer<typeof eventSchema>;
