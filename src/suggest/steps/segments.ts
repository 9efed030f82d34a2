/**
 * Step 1 — the pieces of an article that may each be one claim: its sentences (src/lib/sentences.ts),
 * and, where a sentence dates two different things («… في 12 ماي … التي سيطر عليها … في جوان 2015»),
 * its clauses, cut at the last clause opener before the second date. Offsets refer to the plain text.
 */
import { splitSentences } from '../../lib/sentences.ts';
import type { DateMention } from '../../lib/dates/index.ts';
import { MIN_QUOTE_WORDS } from '../../schemas/event.ts';

/** A sentence or clause of the article. */
export interface Segment {
  /** The text, exactly as the article has it. */
  text: string;
  start: number;
  end: number;
  /** Index of its paragraph (a line of the plain text) and that paragraph's bounds. */
  paragraph: number;
  paragraphStart: number;
  paragraphEnd: number;
  /** Index of the segment in the article, in text order. */
  index: number;
}

/** Words that open a clause: a cut before one keeps each clause readable on its own. */
const OPENERS = /^(?:التي|الذي|الذين|اللتي|حيث|بعدما|بينما|فيما|لكن|لكنهم|لكنه|ولكن|قبل|بعد|الى|إلى|ثم|كما)$/;
/** Punctuation after which a clause may start. */
const PUNCT_OPENERS = /[،,؛;:(]\s*$/;

function words(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}

/** The sentences of each paragraph of `text`, with their offsets. */
export function sentencesOf(text: string): Omit<Segment, 'index'>[] {
  const out: Omit<Segment, 'index'>[] = [];
  let lineStart = 0;
  text.split('\n').forEach((line, paragraph) => {
    let cursor = 0;
    for (const s of splitSentences(line)) {
      const at = line.indexOf(s, cursor);
      cursor = at + s.length;
      out.push({ text: s, start: lineStart + at, end: lineStart + at + s.length, paragraph, paragraphStart: lineStart, paragraphEnd: lineStart + line.length });
    }
    lineStart += line.length + 1;
  });
  return out;
}

/** Offsets (in `text`) where a clause may start, between `from` and `to`: before an opener word or after a comma. */
function cutPoints(text: string, from: number, to: number): number[] {
  const cuts: number[] = [];
  for (const m of text.slice(from, to).matchAll(/\S+/g)) {
    const at = from + m.index;
    const bare = m[0].replace(/^[«“"(]+/, '');
    if (OPENERS.test(bare) || OPENERS.test(bare.replace(/^[وف]/, '')) || PUNCT_OPENERS.test(text.slice(from, at))) cuts.push(at);
  }
  return cuts;
}

/** A date's identity for deciding whether two mentions date different things. */
function dateKey(m: DateMention): string {
  return m.interval ? `${m.interval.from}/${m.interval.to}` : (m.value ?? `?${m.text}`);
}

/**
 * The segments of an article: each sentence, cut into clauses where it holds dates of two different
 * things, so that each clause carries its own date. A cut that would leave a clause too short to quote
 * is not made, nor one inside quoted speech. `mentions` are the article's date mentions (parseDates on
 * the same text), `speech` its spans of quoted speech.
 */
export function segmentsOf(text: string, mentions: readonly DateMention[], speech: readonly [number, number][] = []): Segment[] {
  const out: Segment[] = [];
  const inSpeech = (at: number) => speech.some(([a, b]) => at > a && at < b);
  for (const s of sentencesOf(text)) {
    // A date inside quoted speech dates what was said, not the sentence: it never cuts one.
    const inside = mentions.filter((m) => m.start >= s.start && m.end <= s.end && !inSpeech(m.start));
    const pieces: [number, number][] = [];
    let from = s.start;
    for (let k = 1; k < inside.length; k += 1) {
      const a = inside[k - 1]!;
      const b = inside[k]!;
      if (dateKey(a) === dateKey(b) || a.start < from) continue;
      // The last opener before the second date, leaving both sides long enough to quote.
      const cut = cutPoints(text, a.end, b.start)
        .filter((c) => !inSpeech(c))
        .reverse()
        .find((c) => words(text.slice(from, c)) >= MIN_QUOTE_WORDS && words(text.slice(c, s.end)) >= MIN_QUOTE_WORDS);
      if (cut === undefined) continue;
      pieces.push([from, cut]);
      from = cut;
    }
    pieces.push([from, s.end]);
    for (const [a, b] of pieces) {
      const raw = text.slice(a, b);
      const lead = raw.length - raw.trimStart().length;
      // A clause does not end on the comma or bracket that opened the next one.
      const trimmed = raw.trim().replace(/[\s،,؛;:(]+$/, '');
      out.push({ ...s, text: trimmed, start: a + lead, end: a + lead + trimmed.length, index: out.length });
    }
  }
  return out;
}

/** Words before which a sentence may go on to tell another event: «حيث», «لكنهم», «قبل أن», «ثم»… */
const EVENT_OPENERS = /^(?:[وف]?(?:حيث|لكن|لكنهم|لكنه|لكنها|ثم|بينما|فيما)|قبل|بعدما)$/;

/**
 * A segment that tells two events, cut in two: at the first opener («حيث», «لكن», «قبل أن», «ثم»…)
 * where the words before it and the words after it each tell an event of their own (`tells`), so that
 * each becomes one claim. The second part is cut again the same way.
 */
export function splitByEvents(segment: Segment, tells: (text: string) => boolean, speech: readonly [number, number][] = []): Segment[] {
  for (const m of segment.text.matchAll(/\S+/g)) {
    if (m.index === 0 || speech.some(([a, b]) => segment.start + m.index > a && segment.start + m.index < b)) continue;
    const bare = m[0].replace(/^[«“"(]+/, '');
    if (!EVENT_OPENERS.test(bare)) continue;
    if (bare === 'قبل' && !/^\s*أن\b/u.test(segment.text.slice(m.index + m[0].length))) continue;
    const left = segment.text.slice(0, m.index).replace(/[\s،,؛;:(]+$/, '');
    const right = segment.text.slice(m.index);
    if (words(left) < MIN_QUOTE_WORDS || words(right) < MIN_QUOTE_WORDS || !tells(left) || !tells(right)) continue;
    const first: Segment = { ...segment, text: left, end: segment.start + left.length };
    const rest: Segment = { ...segment, text: right, start: segment.start + m.index };
    return [first, ...splitByEvents(rest, tells, speech)];
  }
  return [segment];
}

/** Spans of quoted speech in `text`: text between quotation marks that holds a clause (five words or more), not a quoted name. */
export function speechSpans(text: string): [number, number][] {
  const spans: [number, number][] = [];
  for (const m of text.matchAll(/“[^”]*”|«[^»]*»|"[^"]*"/g)) {
    if (words(m[0]) >= 5) spans.push([m.index, m.index + m[0].length]);
  }
  return spans;
}
