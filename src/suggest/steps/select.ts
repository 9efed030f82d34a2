/**
 * Step 4 — which segments are worth an editor's look: those that tell that something happened. A
 * segment is proposed when its cue words say so and it gives a date or a figure, or, without either,
 * when a specific cue (not a bare «قال») says so outside quoted speech and it is not a conjecture
 * («قد يتوجهون», «من المحتمل», «يُخشى»). Headings, questions and clauses too short to quote are not.
 */
import { normalizeArabic } from '../../lib/arabic.ts';
import { MIN_QUOTE_WORDS } from '../../schemas/event.ts';
import type { Typing } from './cues.ts';

/** What the selection needs to know of a segment. */
export interface Candidate {
  text: string;
  typing: Typing;
  /** The segment gives a date expression (resolved or not). */
  dated: boolean;
  /** How many figures it states. */
  figures: number;
  /** The segment is a heading of the article. */
  heading: boolean;
}

/** Conjecture, aims and fears: what may happen, or what someone seeks, is not an event. */
const CONJECTURE = /(?:^|\s)(?:[وف]?قد [يتن]\S+|[وف]?(?:ال)?(?:تخوف|مخاوف|خوف|خشيه) (?:من )?ان|[وف]?ربما|[وفب]?(?:احتمال|احتمالا|محتمل|محتمله)|[وف]?الارجح|لا محاله|[وف]?(?:يسعي|تسعي|سعيه|سعيها)|[وف]?من المحتمل|المحتمل|[وف]?يخشي|[وف]?تخشي|الخشيه|[وف]?يتوقع|المتوقع|المتوقعه|[وف]?سوف|[وف]?يبدو|لا يعني|[وف]?لو|[وف]?اذا|[وف]?(?:امال|امالا|يامل|تامل))(?=[\s،,.؛:]|$)/;

/** The clauses of a text between commas, a piece of one or two words («لا محالة») joined to the next. */
function clauses(text: string): { start: number; text: string }[] {
  const out: { start: number; text: string }[] = [];
  let from = 0;
  for (const m of text.matchAll(/[،,؛;]/g)) {
    const piece = text.slice(from, m.index);
    if (piece.trim().split(/\s+/).length > 2) {
      out.push({ start: from, text: piece });
      from = m.index + 1;
    }
  }
  out.push({ start: from, text: text.slice(from) });
  return out;
}

/** A clause that starts «while …» does not govern the rest of the sentence. */
const WHILE = /^\s*[وف]?(?:فيما|بينما)\s/;

/**
 * True when the event is only feared, sought or foreseen: the sentence opens on a conjecture («ويخشى أن»,
 * «وإذا كان», «والأرجح أن», not a «while …» clause), or every clause that holds a specific cue is one.
 */
function conjecture(text: string, anchors: readonly number[]): boolean {
  const pieces = clauses(text);
  const first = normalizeArabic(pieces[0]!.text);
  if (!WHILE.test(first) && CONJECTURE.test(first)) return true;
  const holding = pieces.filter((c, i) => anchors.some((a) => a >= c.start && a < (pieces[i + 1]?.start ?? text.length)));
  return (holding.length > 0 ? holding : pieces).every((c) => CONJECTURE.test(normalizeArabic(c.text)));
}

/** True when the segment should be proposed. */
export function isEventful(c: Candidate): boolean {
  if (c.heading || /[?؟]\s*$/.test(c.text)) return false;
  if (c.text.split(/\s+/).filter(Boolean).length < MIN_QUOTE_WORDS) return false;
  const { weight, strong, type } = c.typing;
  if (type === 'other') return false;
  if (!strong && !c.dated) return false;
  if (c.dated || c.figures > 0) return weight >= 1;
  // A warning is about what may come: its conjecture is what was said, not the sentence's own.
  return weight >= 2 && (c.typing.said || !conjecture(c.text, c.typing.anchors));
}
