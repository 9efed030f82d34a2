/**
 * How well suggest does on a content folder whose events.yaml is the answer. Each article is read as
 * if it were new: its own claims are taken out of the events first (an event only it sourced goes with
 * them), so a suggestion can be matched only to what other articles say — never to its own answer.
 *
 * - recall: the claims whose sentence is suggested (the suggestion holds the claim's quote, or lies
 *   within it and covers at least half of its words);
 * - date: of those, the suggestion gives the claim's date (both none counts as right);
 * - match: of those, it is matched to the claim's event when another article still sources it, else
 *   proposed as a new event;
 * - precision: the suggestions that are claims, or that the judgements file says an editor would accept;
 * - disputes: for each disputed event and each of its sources after the first, that source suggested
 *   alone is matched to the event as a conflict.
 */
import { matchKey } from '../../lib/arabic.ts';
import { dateText } from '../../lib/dates/index.ts';
import { isDisputed } from '../../lib/events/index.ts';
import type { Place } from '../../schemas/place.ts';
import type { ArchiveEvent, Claim, EventDate } from '../../schemas/event.ts';
import { buildArchive, suggestArticle, type ArticleInput } from '../article.ts';
import type { Proposal } from '../types.ts';

/** An editor's verdict on a suggestion that is not a claim of events.yaml. */
export interface Judgement {
  article: string;
  /** The start of the suggested quote, enough to tell it apart. */
  quote: string;
  accept: boolean;
  why: string;
}

/** One claim of the answer and what suggest made of it. */
export interface ClaimResult {
  event: string;
  article: string;
  quote: string;
  /** The suggestion that covers it, if any. */
  suggested: Proposal | null;
  /**
   * The dates compared; `inferred` when the suggestion gives none and the claim's note says its date was
   * inferred (from the publication's basis, a neighbouring sentence…): a date the date rules do not give.
   */
  date: { expected: string; got: string; right: boolean; inferred: boolean } | null;
  match: { expected: string | null; got: string | null; right: boolean } | null;
}

/** A suggestion that is not a claim, with its verdict (null when nobody judged it yet). */
export interface Extra {
  suggestion: Proposal;
  judgement: Judgement | null;
}

/** A disputed event, one of its later sources, and how its suggestion was matched. */
export interface DisputeResult {
  event: string;
  article: string;
  found: boolean;
  got: string;
}

export interface Measures {
  claims: ClaimResult[];
  suggestions: Proposal[];
  extras: Extra[];
  disputes: DisputeResult[];
  figures: {
    recall: Ratio;
    date: Ratio;
    /** The date figure without the claims whose date the editors inferred and the suggestion leaves out. */
    dateGiven: Ratio;
    match: Ratio;
    precision: Ratio;
    disputes: Ratio;
  };
}

export interface Ratio {
  hits: number;
  of: number;
}

function words(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}

/** True when the suggestion stands for the claim's sentence. */
export function covers(suggestion: string, claim: string): boolean {
  const s = matchKey(suggestion);
  const c = matchKey(claim);
  return s.includes(c) || (c.includes(s) && words(s) * 2 >= words(c));
}

/** The events without one article's claims, and without the events only that article sourced. */
export function withoutArticle(events: readonly ArchiveEvent[], slug: string): ArchiveEvent[] {
  return events.flatMap((e) => {
    const claims = e.claims.filter((c) => c.article !== slug);
    return claims.length > 0 ? [{ ...e, claims }] : [];
  });
}

const show = (d: EventDate | null | undefined): string => (d ? dateText(d) : 'none');

/** The suggestion of `list` that best stands for the claim: one that holds it, else the longest within it. */
function coveringSuggestion(list: readonly Proposal[], claim: Claim): Proposal | null {
  const holding = list.filter((s) => matchKey(s.quote).includes(matchKey(claim.quote)));
  if (holding.length > 0) return holding.sort((a, b) => a.quote.length - b.quote.length)[0]!;
  return list.filter((s) => covers(s.quote, claim.quote)).sort((a, b) => b.quote.length - a.quote.length)[0] ?? null;
}

/** Runs suggest on every article against the others and compares with the answer. */
export function measure(articles: readonly ArticleInput[], places: readonly Place[], events: readonly ArchiveEvent[], judgements: readonly Judgement[]): Measures {
  const bySlug = new Map<string, Proposal[]>();
  for (const article of articles) {
    const others = withoutArticle(events, article.slug);
    bySlug.set(article.slug, suggestArticle(article, buildArchive(places, others)));
  }
  const suggestions = [...bySlug.values()].flat();

  const claims: ClaimResult[] = [];
  for (const event of events) {
    for (const claim of event.claims) {
      const list = bySlug.get(claim.article);
      if (!list) continue;
      const suggested = coveringSuggestion(list, claim);
      const stays = event.claims.some((c) => c.article !== claim.article);
      claims.push({
        event: event.id,
        article: claim.article,
        quote: claim.quote,
        suggested,
        date: suggested
          ? { expected: show(claim.date), got: show(suggested.date), right: show(claim.date) === show(suggested.date), inferred: suggested.date === null && claim.date !== undefined && /\binferred\b/i.test(claim.note ?? '') }
          : null,
        match: suggested ? { expected: stays ? event.id : null, got: suggested.match?.event ?? null, right: (suggested.match?.event ?? null) === (stays ? event.id : null) } : null,
      });
    }
  }

  const quotesOf = (slug: string) => events.flatMap((e) => e.claims.filter((c) => c.article === slug).map((c) => c.quote));
  const extras: Extra[] = suggestions
    .filter((s) => !quotesOf(s.article).some((q) => covers(s.quote, q) || covers(q, s.quote) || matchKey(q).includes(matchKey(s.quote))))
    .map((suggestion) => ({
      suggestion,
      judgement: judgements.find((j) => j.article === suggestion.article && matchKey(suggestion.quote).startsWith(matchKey(j.quote))) ?? null,
    }));

  const disputes: DisputeResult[] = [];
  for (const event of events.filter(isDisputed)) {
    const sources = [...new Set(event.claims.map((c) => c.article))].slice(1);
    for (const slug of sources) {
      const article = articles.find((a) => a.slug === slug);
      if (!article) continue;
      const list = suggestArticle(article, buildArchive(places, withoutArticle(events, slug)));
      const got = event.claims
        .filter((c) => c.article === slug)
        .map((c) => coveringSuggestion(list, c))
        .filter((s): s is Proposal => s !== null);
      const found = got.some((s) => s.match?.event === event.id && s.match.relation === 'conflict');
      disputes.push({ event: event.id, article: slug, found, got: got.map((s) => (s.match ? `${s.match.relation} ${s.match.event}` : 'new event')).join(', ') || 'not suggested' });
    }
  }

  const recalled = claims.filter((c) => c.suggested);
  const accepted = extras.filter((e) => e.judgement?.accept).length;
  return {
    claims,
    suggestions,
    extras,
    disputes,
    figures: {
      recall: { hits: recalled.length, of: claims.length },
      date: { hits: recalled.filter((c) => c.date?.right).length, of: recalled.length },
      dateGiven: { hits: recalled.filter((c) => c.date?.right).length, of: recalled.filter((c) => !c.date?.inferred).length },
      match: { hits: recalled.filter((c) => c.match?.right).length, of: recalled.length },
      precision: { hits: suggestions.length - extras.length + accepted, of: suggestions.length },
      disputes: { hits: disputes.filter((d) => d.found).length, of: disputes.length },
    },
  };
}
