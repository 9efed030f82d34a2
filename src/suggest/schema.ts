/**
 * content/suggestions/<slug>.yaml: the suggestions of one article, in the shape of events.yaml (each
 * entry an event with its one claim) plus what the editor decides with: the status, the match, the
 * other candidates, the words that suggested it, and which fields are drafts. Nothing here is published.
 */
import { z } from 'astro/zod';
import { slugId } from '../schemas/article.ts';
import { claim, eventDate, eventSchema } from '../schemas/event.ts';

/** An existing event a suggestion may belong to. */
export const matchSchema = z
  .object({
    /** Id of the event in content/events.yaml. */
    event: slugId,
    /** «same»: another source for it; «conflict»: it gives another date or other figures. */
    relation: z.enum(['same', 'conflict']),
    /** 0–1: how much date, places, type and wording agree. */
    score: z.number().min(0).max(1),
    /** Why, in a line. */
    why: z.string().min(1),
  })
  .strict();

/** One suggestion: an event of events.yaml with its claim, and the review fields. */
export const suggestionEntry = eventSchema
  .omit({ date: true, claims: true })
  .extend({
    /** The date the quote gives; left out when it gives none (then an editor adds one before accepting it as a new event). */
    date: eventDate.optional(),
    /** The one claim the quote makes. */
    claims: z.array(claim).length(1),
    /** suggested: waiting for the editor; accepted: moved into events.yaml; rejected: not an event (see `why`). */
    status: z.enum(['suggested', 'accepted', 'rejected']),
    /** The existing event it most likely belongs to; null for a new event. Accepting adds the claim to this event. */
    match: matchSchema.nullable(),
    /** Other events it may belong to, best first. */
    others: z.array(matchSchema).default([]),
    /** The words the type and the figures came from, as written. */
    evidence: z
      .object({
        /** Words that suggested the type. */
        cues: z.array(z.string()).default([]),
        /** Words each figure came from. */
        figures: z.array(z.string()).default([]),
      })
      .strict()
      .optional(),
    /** Fields drawn from the quote for the editor to rewrite; remove a field's name once it is rewritten. */
    draft: z.array(z.enum(['id', 'title', 'description'])).default([]),
    /** Id of the event of events.yaml the claim went into, once accepted. */
    accepted: slugId.optional(),
    /** Why the editor rejected it. */
    why: z.string().trim().min(1).optional(),
  })
  .strict()
  .refine((e) => e.status !== 'rejected' || e.why !== undefined, { path: ['why'], message: 'a rejected suggestion says why — add `why: "…"`' })
  .refine((e) => e.status !== 'accepted' || e.accepted !== undefined, { path: ['accepted'], message: 'an accepted suggestion names the event it went into — add `accepted: <event id>`' });

/** The whole file. */
export const suggestionsFileSchema = z
  .object({
    /** Slug of the article the suggestions quote; the file is named after it. */
    article: slugId,
    /** The suggestions, in the article's order; `FILE#N` names the N-th (from 1). */
    events: z.array(suggestionEntry),
  })
  .strict();

export type SuggestionEntry = z.infer<typeof suggestionEntry>;
export type SuggestionsFile = z.infer<typeof suggestionsFileSchema>;
