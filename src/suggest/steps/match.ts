/**
 * Step 5 — the existing events a suggestion may belong to, ranked. Four things are compared, each
 * scored 0–1 and weighed: the dates (the same span, or how far apart), the places (shared gazetteer
 * ids), the types (the same, or kinds that tell one event, such as an offensive and its toll), and the
 * wording (the light stems the quote shares with the event's title, description and quotes, each
 * weighed by how rare it is among the events, so «التنظيم» counts for little and «الصخيرات» for much).
 * The best candidate above the threshold is the match; it is a conflict when its claims give another
 * date or other numbers for the same thing.
 */
import { matchKey } from '../../lib/arabic.ts';
import { dateText, nested, spanOf, type Span } from '../../lib/dates/index.ts';
import { figureConflicts } from '../../lib/events/index.ts';
import { lightStem } from '../../lib/search/stem.ts';
import type { ArchiveEvent, EventDate, EventType, Figure } from '../../schemas/event.ts';
import type { SuggestionMatch } from '../types.ts';

/** An event prepared once for matching. */
interface Indexed {
  event: ArchiveEvent;
  /** What its date and its claims' dates cover. */
  spans: Span[];
  places: Set<string>;
  stems: Set<string>;
  /** The values each figure label has among its claims. */
  labels: Map<string, number[]>;
}

/** The events of the archive, prepared for matching. */
export interface EventIndex {
  events: Indexed[];
  /** Inverse document frequency of each stem among the events. */
  idf: Map<string, number>;
  /** The weight of a stem no event has. */
  unseen: number;
  /** Events by stem, so that a suggestion is compared only with events that share a word with it. */
  byStem: Map<string, Indexed[]>;
}

/** What a suggestion brings to the comparison. */
export interface Probe {
  date: EventDate | null;
  places: readonly string[];
  type: EventType;
  quote: string;
  figures: readonly Figure[];
}

/** Weights of the four comparisons; they sum to 1. */
const WEIGHTS = { date: 0.3, place: 0.2, type: 0.15, wording: 0.35 } as const;
/** Lowest score of a match: below it the suggestion is a new event. */
export const MATCH_THRESHOLD = 0.5;
/** Lowest wording score of a match: an event that shares no rare word is not the same event. */
const MIN_WORDING = 0.2;
/** Lowest wording score when the event's claims count the same things on the same scale. */
const MIN_WORDING_WITH_FIGURES = 0.1;
/** Score of a comparison that cannot be made (a date or places missing on one side). */
const UNKNOWN = 0.4;
/** Added when the event's claims count the same things (killed, fighters…) on the same scale. */
const FIGURE_BONUS = 0.1;
/** Two counts of one thing further apart than this factor are counts of different things. */
const SCALE = 5;
/** Two counts within this factor are on the same scale. */
const SAME_SCALE = 2;
/** Taken off when the counts are on another scale. */
const SCALE_PENALTY = 0.3;
/** Candidates kept beside the match. */
const OTHERS = 3;
const DAY = 86_400_000;

/** Kinds of events that one account may tell together: an offensive, the town it takes, the siege, the toll. */
const RELATED: readonly (readonly EventType[])[] = [
  ['control-change', 'offensive', 'siege', 'casualty-report', 'air-strike'],
  ['attack', 'air-strike', 'casualty-report'],
  ['statement', 'report', 'estimate'],
  ['pledge', 'formation', 'statement', 'control-change'],
  ['agreement', 'formation', 'statement'],
];

/** Function words and the archive's own subject, which say nothing about which event it is. */
const STOP = new Set(
  [
    'في', 'من', 'على', 'إلى', 'الى', 'عن', 'أن', 'إن', 'ان', 'او', 'أو', 'ما', 'لا', 'لم', 'لن', 'قد', 'هو', 'هي', 'هم', 'التي', 'الذي',
    'الذين', 'هذا', 'هذه', 'ذلك', 'تلك', 'كان', 'كانت', 'بعد', 'قبل', 'حيث', 'كما', 'مع', 'بين', 'أيضا', 'كل', 'منذ', 'خلال', 'حتى',
    'عند', 'ضد', 'دون', 'غير', 'لكن', 'ثم', 'إذا', 'بل', 'عام', 'العام', 'سنة', 'له', 'لها', 'لهم', 'به', 'بها', 'فيها', 'فيه', 'عليها',
    'منها', 'وقال', 'قال', 'وقد', 'الى', 'اليوم', 'شهر',
  ].map(matchKey),
);

/** The distinct light stems of a text's words, without function words, digits or one- and two-letter stems. */
export function stemsOf(text: string): Set<string> {
  const out = new Set<string>();
  for (const w of matchKey(text).split(/[^\p{L}]+/u)) {
    if (!w || STOP.has(w)) continue;
    const stem = lightStem(w);
    if (stem.length >= 3) out.add(stem);
  }
  return out;
}

function figureValues(event: ArchiveEvent): Map<string, number[]> {
  const out = new Map<string, number[]>();
  for (const c of event.claims) for (const f of c.figures ?? []) out.set(f.label, [...(out.get(f.label) ?? []), f.value]);
  return out;
}

/** Prepares the events for matching (once per run). */
export function indexEvents(events: readonly ArchiveEvent[]): EventIndex {
  const indexed: Indexed[] = events.map((event) => ({
    event,
    spans: [event.date, ...event.claims.flatMap((c) => (c.date ? [c.date] : []))].map(spanOf),
    places: new Set(event.places),
    stems: stemsOf([event.title, event.description, ...event.claims.map((c) => c.quote)].join(' ')),
    labels: figureValues(event),
  }));
  const df = new Map<string, number>();
  const byStem = new Map<string, Indexed[]>();
  for (const e of indexed) {
    for (const s of e.stems) {
      df.set(s, (df.get(s) ?? 0) + 1);
      byStem.set(s, [...(byStem.get(s) ?? []), e]);
    }
  }
  const n = Math.max(1, indexed.length);
  const idf = new Map([...df].map(([s, d]) => [s, Math.log(1 + n / d)]));
  return { events: indexed, idf, unseen: Math.log(1 + n), byStem };
}

/** Days between the middles of two spans that do not overlap; 0 when they do. */
function distanceDays(a: Span, b: Span): number {
  if (a.start < b.end && b.start < a.end) return 0;
  return Math.abs(a.start + a.end - b.start - b.end) / 2 / DAY;
}

/** How many days apart two dates may be and still score 0.7, 0.45, 0.2: less slack when both are known to the day. */
const SLACK: Record<'day' | 'coarse', readonly [number, number, number]> = { day: [14, 31, 92], coarse: [31, 92, 366] };

function dateScore(date: EventDate | null, s: Span | null, spans: readonly Span[]): { score: number; why: string } {
  if (!date || !s) return { score: UNKNOWN, why: 'no date to compare' };
  let best = 0;
  let closest = Infinity;
  for (const e of spans) {
    const days = distanceDays(s, e);
    closest = Math.min(closest, days);
    const [near, mid, far] = s.end - s.start <= DAY && e.end - e.start <= DAY ? SLACK.day : SLACK.coarse;
    best = Math.max(best, days === 0 ? 1 : days <= near ? 0.7 : days <= mid ? 0.45 : days <= far ? 0.2 : 0);
  }
  if (best === 1) return { score: 1, why: `dates overlap (${dateText(date)})` };
  return { score: best, why: `dates ${Math.round(closest)} days apart` };
}

function placeScore(places: readonly string[], known: ReadonlySet<string>): { score: number; why: string } {
  if (places.length === 0 || known.size === 0) return { score: UNKNOWN, why: 'no place to compare' };
  const shared = places.filter((p) => known.has(p));
  if (shared.length === 0) return { score: 0, why: 'no shared place' };
  return { score: 0.6 + (0.4 * shared.length) / places.length, why: `shared place ${shared.join(', ')}` };
}

function typeScore(a: EventType, b: EventType): { score: number; why: string } {
  if (a === b) return { score: 1, why: `same type ${a}` };
  if (RELATED.some((g) => g.includes(a) && g.includes(b))) return { score: 0.6, why: `related types ${a} / ${b}` };
  return { score: 0, why: `types ${a} / ${b}` };
}

/** The wording score of every event sharing a stem with the probe: the weight of the shared stems over the probe's own. */
function wordingScores(stems: ReadonlySet<string>, index: EventIndex): Map<Indexed, { score: number; shared: number }> {
  let total = 0;
  const common = new Map<Indexed, { weight: number; shared: number }>();
  for (const s of stems) {
    const w = index.idf.get(s) ?? index.unseen;
    total += w;
    for (const e of index.byStem.get(s) ?? []) {
      const c = common.get(e) ?? { weight: 0, shared: 0 };
      c.weight += w;
      c.shared += 1;
      common.set(e, c);
    }
  }
  return new Map([...common].map(([e, c]) => [e, { score: total === 0 ? 0 : c.weight / total, shared: c.shared }]));
}

/** How the probe's claim would disagree with the event's claims: «457 vs 700 killed», «2014-11-13 vs 2014-10». */
function disagreement(probe: Probe, event: ArchiveEvent): string[] {
  const out: string[] = [];
  if (probe.date) {
    const claimed = event.claims.flatMap((c) => (c.date ? [c.date] : []));
    const differ = (claimed.length > 0 ? claimed : [event.date]).filter((d) => !nested(spanOf(d), spanOf(probe.date!)));
    if (differ.length > 0) out.push(`${dateText(probe.date)} vs ${[...new Set(differ.map(dateText))].join(' / ')}`);
  }
  for (const f of probe.figures) {
    const theirs = event.claims.flatMap((c) => (c.figures ?? []).filter((g) => g.label === f.label));
    const differ = theirs.filter((g) => figureConflicts({ date: event.date, claims: [{ figures: [g] }, { figures: [f] }] }).length > 0);
    if (differ.length > 0) out.push(`${figureWords(f)} vs ${[...new Set(differ.map(figureWords))].join(' / ')} ${f.label}`);
  }
  return out;
}

/** How the probe's figures compare with the event's: the same things on the same scale, on another scale, or nothing to compare. */
function figureEvidence(probe: Probe, labels: ReadonlyMap<string, number[]>): 'same-scale' | 'other-scale' | 'none' {
  const ratios = probe.figures.flatMap((f) => {
    const theirs = labels.get(f.label) ?? [];
    return theirs.length === 0 ? [] : [Math.min(...theirs.map((v) => Math.max(v, f.value) / Math.max(1, Math.min(v, f.value))))];
  });
  if (ratios.length === 0) return 'none';
  if (ratios.some((r) => r > SCALE)) return 'other-scale';
  return ratios.every((r) => r <= SAME_SCALE) ? 'same-scale' : 'none';
}

/** «more than 700», «4000–6000», «about 250». */
function figureWords(f: Figure): string {
  const n = f.max === undefined ? String(f.value) : `${f.value}–${f.max}`;
  const words: Record<Figure['bound'], string> = { exact: '', 'more-than': 'more than ', 'at-least': 'at least ', about: 'about ', 'at-most': 'at most ' };
  return `${words[f.bound]}${n}`;
}

/** The ranked candidates for one suggestion: the match (or null) and the next best. */
export function matchEvents(probe: Probe, index: EventIndex): { match: SuggestionMatch | null; others: SuggestionMatch[] } {
  const wording = wordingScores(stemsOf(probe.quote), index);
  const span = probe.date ? spanOf(probe.date) : null;
  const scored = [...wording].map(([e, w]) => {
    const d = dateScore(probe.date, span, e.spans);
    const p = placeScore(probe.places, e.places);
    const t = typeScore(probe.type, e.event.type);
    const parts = [d.why, p.why, t.why, `${w.shared} word${w.shared === 1 ? '' : 's'} in common`];
    const figures = figureEvidence(probe, e.labels);
    if (figures === 'same-scale') parts.push('it counts the same things on the same scale');
    if (figures === 'other-scale') parts.push('its counts are on another scale');
    const bonus = figures === 'same-scale' ? FIGURE_BONUS : figures === 'other-scale' ? -SCALE_PENALTY : 0;
    const score = Math.max(0, Math.min(1, WEIGHTS.date * d.score + WEIGHTS.place * p.score + WEIGHTS.type * t.score + WEIGHTS.wording * w.score + bonus));
    return { e, score, w, figures, parts };
  });
  scored.sort((a, b) => b.score - a.score || (a.e.event.id < b.e.event.id ? -1 : 1));
  const view = (s: (typeof scored)[number]): SuggestionMatch => {
    const differ = disagreement(probe, s.e.event);
    return {
      event: s.e.event.id,
      relation: differ.length > 0 ? 'conflict' : 'same',
      score: Math.round(s.score * 100) / 100,
      why: differ.length > 0 ? `conflicts with ${s.e.event.id}: ${differ.join('; ')} — ${s.parts.join(', ')}` : `another source for ${s.e.event.id}: ${s.parts.join(', ')}`,
    };
  };
  const best = scored[0];
  const isMatch = best !== undefined && best.score >= MATCH_THRESHOLD && best.w.score >= (best.figures === 'same-scale' ? MIN_WORDING_WITH_FIGURES : MIN_WORDING);
  const rest = scored.slice(isMatch ? 1 : 0, (isMatch ? 1 : 0) + OTHERS).filter((s) => s.score >= MATCH_THRESHOLD * 0.6);
  return { match: isMatch ? view(best) : null, others: rest.map(view) };
}
