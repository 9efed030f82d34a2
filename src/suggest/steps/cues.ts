/**
 * Step 3 — what kind of event a segment tells, from its words: each type of src/schemas/event.ts has cue
 * words with a weight (a specific word such as «حصار» weighs more than «قال»); words inside quoted
 * speech weigh less (they are what was said, not what happened), and the figures found add their weight
 * (killed and wounded to a casualty report, fighters with a count word to an estimate, strikes to air strikes).
 *
 * A cue is a normalized word start (normalizeArabic), matched on each word after its proclitics
 * («و», «ف», «ب», «ل», «ال» …) with at most a short suffix after it («سيطر» finds «وسيطرته», «سيطرتها»);
 * a cue of two words needs them one after the other.
 */
import { normalizeArabic } from '../../lib/arabic.ts';
import { boundedMemo } from '../../lib/memo.ts';
import type { FigureMention } from '../../lib/figures/index.ts';
import type { EventType } from '../../schemas/event.ts';

interface Cue {
  /** Normalized word starts, one per word of the cue. */
  words: string[];
  type: EventType;
  weight: number;
  /** The word must be this exactly (after proclitics), not a start: «قال» must not find «قالب». */
  exact?: boolean;
}

/**
 * The cue lexicon: [type, weight, cues], spelt as written (normalized when loaded). A cue with a space is
 * two words in a row; «=» marks a word that must be exactly that («=قال» must not find «قالب»).
 */
const LEXICON: readonly [EventType, number, string[]][] = [
  ['control-change', 2, ['سيطر', 'سيطرت', 'استولى', 'استولت', 'استعاد', 'استعادت', 'استعادة', 'انتزاع', 'انتزع', 'طرد', 'طرده', 'طردهم', 'سقوط', '=سقطت', 'اجتياح', 'أكمل سيطرت', 'بسط سيطرت', 'فرض سيطرت', 'انسحب', 'انسحاب', 'انسحابات', 'هزيمة', 'هزيمت', 'هزائم', 'حرر', '=دخلت']],
  ['control-change', 1, ['تحرير', 'خسر', 'خسارة', 'خسارت', '=فقد', 'فقدت', 'فقدان', 'معقل', 'معاقل', 'انهار', 'انهيار', 'موطئ قدم']],
  ['attack', 2, ['هجوم', 'هجمات', 'هاجم', 'تفجير', 'فجر نفسه', 'فجرت', 'انفجار', 'انتحاري', 'انتحارية', 'اعتداء', 'اعتداءات', 'اغتيال', 'خطف', 'اختطاف', 'رهائن', 'إعدام', 'أعدم', 'كمين', 'ضربات موجعة', 'ضربة موجعة']],
  ['attack', 1, ['استهدف', 'استهداف', 'مفخخ']],
  ['air-strike', 3, ['غارة', 'غارات', 'ضربة جوية', 'ضربات جوية', 'طلعات جوية', 'الطلعات الجوية', 'سلاح الجو', 'طائرة حربية', 'طائرات حربية']],
  ['air-strike', 2, ['=قصف', 'قصفت']],
  ['offensive', 3, ['هجوم استعاد', 'هجوم تحرير', 'عملية استعاد', 'عمليت استعاد', 'عملية تحرير', 'حملة استعاد', 'حملة تحرير', 'حملة لإخراج']],
  ['offensive', 2, ['حملة', 'حملت', 'حملتين', 'حملات', 'عملية عسكرية', 'العملية العسكرية', 'هجوما مضادا', 'هجوم مضاد', 'عمليتها', 'عمليته', 'إطلاق عملية', 'انطلقت العملية', 'هجوم بري']],
  ['offensive', 1, ['معركة', 'معركت', 'معارك', '=القتال', 'اشتباكات', '=تقدم']],
  ['siege', 3, ['حصار', 'محاصرة', 'حاصر', 'حاصرت', 'تحاصر']],
  ['agreement', 3, ['اتفاق', 'اتفاقية', 'هدنة', 'وقف إطلاق النار', 'معاهدة']],
  ['formation', 2, ['تشكيل', 'تشكل', 'تأسيس', 'إنشاء', 'تنصيب', 'ائتلاف']],
  ['formation', 1, ['انتقلت']],
  ['statement', 2, ['حذر', 'تحذير', 'تحذيرات', 'يحذر', 'محذرا', 'بيان', 'ناقوس الخطر', 'مسؤوليت']],
  ['statement', 1, ['أعلن', 'أعلنت', 'إعلان', 'صرح', 'تصريح', 'تصريحات', '=أكد', '=أكدت', '=دعا', '=طالب']],
  ['statement', 0.5, ['=قال', '=قالت', '=يقول', '=أضاف', '=تابع', '=أوضح', '=أفاد']],
  ['estimate', 2, ['=قدر', 'قدروه', '=قدرت', 'يقدر', 'يُقدر', 'تقدير', 'تقديرات', 'يتراوح', 'تتراوح', 'ضاعف']],
  ['estimate', 1, ['عدد مقاتلي', 'عدد عناصر', '=عددهم']],
  ['casualty-report', 2, ['ضحايا', 'حصيلة', 'حصيلت', 'قتلى', 'قتيل', 'قتلوا', 'مقتل', 'جرحى', 'جريح', 'أصيب', 'إصابة', 'جثث', 'مصرع', 'لقوا حتفهم']],
  ['pledge', 3, ['مبايعة', 'بايع', 'بايعت', 'البيعة', 'ولاء', 'ولاءها', 'ولاءه', 'قيام ولاية']],
  ['pledge', 1, ['ولاية']],
  ['report', 2, ['تقرير', 'تقريرا']],
  ['report', 1, ['تقارير', 'دراسة']],
];

/** Most specific first: on equal weight, «حصار» beats «قال». */
const SPECIFICITY: readonly EventType[] = [
  'pledge', 'agreement', 'siege', 'air-strike', 'attack', 'estimate', 'casualty-report', 'offensive', 'control-change', 'formation', 'report', 'statement', 'other',
];

const CUES: readonly Cue[] = LEXICON.flatMap(([type, weight, list]) =>
  list.map((c) => {
    const exact = c.startsWith('=');
    return { words: normalizeArabic(exact ? c.slice(1) : c).split(' '), type, weight, ...(exact ? { exact } : {}) };
  }),
);

/** Proclitic runs a word may start with, longest first. */
const PREFIXES = ['وبال', 'فبال', 'وال', 'فال', 'بال', 'كال', 'لل', 'ال', 'وب', 'ول', 'فب', 'و', 'ف', 'ب', 'ل', ''] as const;
/** Adjective endings after a noun cue. */
const NISBA = /^(?:ي|يه|يا)$/;
/** How many letters may follow a cue in the word: «سيطر» + «تها». */
const MAX_SUFFIX = 3;

/** A word of a segment with its offsets in the segment. */
interface Word {
  key: string;
  start: number;
  end: number;
}

const keyOf = boundedMemo(normalizeArabic);

function wordsOf(text: string): Word[] {
  return [...text.matchAll(/[\p{L}\p{M}\u0640]+/gu)].map((m) => ({ key: keyOf(m[0]), start: m.index, end: m.index + m[0].length }));
}

/** Cues by their first word, so that a word is looked up rather than compared with every cue. */
const BY_FIRST_WORD = new Map<string, Cue[]>();
for (const cue of CUES) BY_FIRST_WORD.set(cue.words[0]!, [...(BY_FIRST_WORD.get(cue.words[0]!) ?? []), cue]);

/** The cues whose first word this word is (behind a proclitic, before a short suffix), computed once per word. */
const cuesStartingAt = boundedMemo((word: string): readonly Cue[] => {
  const found = new Set<Cue>();
  for (const p of PREFIXES) {
    if (!word.startsWith(p)) continue;
    const rest = word.slice(p.length);
    for (let k = rest.length; k >= Math.max(1, rest.length - MAX_SUFFIX); k -= 1) {
      for (const cue of BY_FIRST_WORD.get(rest.slice(0, k)) ?? []) if (wordMatches(word, cue.words[0]!, cue.exact === true)) found.add(cue);
    }
  }
  return [...found];
});

/** True when `word` is `cue` behind a proclitic, followed by at most a short suffix (none when exact). */
function wordMatches(word: string, cue: string, exact: boolean): boolean {
  for (const p of PREFIXES) {
    if (!word.startsWith(p)) continue;
    const rest = word.slice(p.length);
    // A nisba ending makes an adjective of the noun: «الهجومي» is no attack.
    if (exact ? rest === cue : rest.startsWith(cue) && rest.length - cue.length <= MAX_SUFFIX && !NISBA.test(rest.slice(cue.length))) return true;
  }
  return false;
}

/** The type a segment's words point to, with the cue words as written; `speech` are spans of quoted speech. */
export interface Typing {
  type: EventType;
  /** Weight of the winning type: how much the words say that something happened (in quoted speech, less). */
  weight: number;
  /** The cue words of the winning type, as written, in text order. */
  cues: string[];
  /** True when a specific word of speech («حذّر», «بيان») is outside quoted speech: the sentence reports what was said. */
  said: boolean;
  /** Offsets of the specific cues outside quoted speech, in the segment. */
  anchors: number[];
  /** True when a specific cue (weight 2 or more: «سيطر», «حصار», «حذّر», not «أعلن» or «قال») appears outside quoted speech, or a figure is stated. */
  strong: boolean;
}

/** Weight of words inside quoted speech. */
const IN_SPEECH = 0.3;

/** Classifies one segment. */
export function typeOf(text: string, figures: readonly FigureMention[], speech: readonly [number, number][] = []): Typing {
  const words = wordsOf(text);
  const score = new Map<EventType, number>();
  const found = new Map<EventType, { start: number; text: string }[]>();
  let strong = false;
  let said = false;
  const anchors: number[] = [];
  for (let i = 0; i < words.length; i += 1) {
    // At each word, one cue per type counts: the heaviest («لاستعادة» is one cue, not «استعاد» and «استعادة»).
    const here = new Map<EventType, { cue: Cue; end: number }>();
    for (const cue of cuesStartingAt(words[i]!.key)) {
      const n = cue.words.length;
      if (i + n > words.length) continue;
      let ok = true;
      for (let k = 1; k < n && ok; k += 1) ok = wordMatches(words[i + k]!.key, cue.words[k]!, cue.exact === true || cue.words[k]!.length <= 3);
      // «تحت سيطرة», «تحت حصار»: a state the place is in, not something that happened.
      if (!ok || (words[i - 1]?.key === 'تحت' && cue.type !== 'statement')) continue;
      const best = here.get(cue.type);
      if (!best || cue.weight > best.cue.weight) here.set(cue.type, { cue, end: words[i + n - 1]!.end });
    }
    for (const [type, { cue, end }] of here) {
      const start = words[i]!.start;
      const inSpeech = speech.some(([a, b]) => start >= a && end <= b);
      score.set(type, (score.get(type) ?? 0) + cue.weight * (inSpeech ? IN_SPEECH : 1));
      if (!inSpeech && cue.weight >= 2) {
        strong = true;
        anchors.push(start);
        if (type === 'statement') said = true;
      }
      found.set(type, [...(found.get(type) ?? []), { start, text: text.slice(start, end) }]);
    }
  }
  // What the figures count says what kind of report it is.
  const labels = new Set(figures.map((f) => f.label));
  if (labels.has('killed') || labels.has('wounded')) score.set('casualty-report', (score.get('casualty-report') ?? 0) + 2);
  if (labels.has('air-strikes') || labels.has('strikes')) score.set('air-strike', (score.get('air-strike') ?? 0) + 2);
  if (labels.has('fighters') && (score.get('estimate') ?? 0) > 0) score.set('estimate', (score.get('estimate') ?? 0) + 2);
  if (labels.has('executed') || labels.has('hostages')) score.set('attack', (score.get('attack') ?? 0) + 1);
  if (labels.has('surrendered')) score.set('control-change', (score.get('control-change') ?? 0) + 1);
  // An attack or a strike with its toll is that attack or strike; the toll alone is a casualty report.
  if ((score.get('attack') ?? 0) >= 2 || (score.get('air-strike') ?? 0) >= 2) score.set('casualty-report', Math.min(score.get('casualty-report') ?? 0, 1));

  let best: EventType = 'other';
  let weight = 0;
  for (const type of SPECIFICITY) {
    const s = score.get(type) ?? 0;
    if (s > weight) {
      best = type;
      weight = s;
    }
  }
  const cues = (found.get(best) ?? []).sort((a, b) => a.start - b.start).map((c) => c.text);
  return { type: best, weight, cues: [...new Set(cues)], said, anchors, strong: strong || figures.length > 0 };
}
