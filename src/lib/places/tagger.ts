/**
 * The one Arabic place tagger: finds gazetteer places in a text, by whole words.
 *
 * - Words are compared as normalizeArabic keys (hamza forms, ة/ه, ى/ي, harakat, tatweel folded);
 *   offsets always point into the original text.
 * - A word may carry the prefixes و ف ب ل ك («وبنغازي», «لدرنة», «وللبيضاء»), never a suffix and never
 *   other letters: «أسرته» and «أسرت» are not «سرت», «مصر» is not «مصراتة».
 * - Multi-word names («بني وليد», «دير الزور») match word by word with only spaces between; the
 *   longest name wins, so «تونس العاصمة» is one mention.
 * - A candidate is dropped when one of its place's traps holds (see traps.ts and the gazetteer):
 *   that is where «سرت شائعات», «طرابلس اللبنانية» or «الراية البيضاء» are told apart, as data.
 */
import { matchKey, normalizeArabic } from '../arabic.ts';
import { boundedMemo } from '../memo.ts';
import { eachCliticSplit } from './clitics.ts';
import { compileTrap, type CompiledTrap, type MentionContext, type TrapRule } from './traps.ts';

/** What the tagger reads of a gazetteer place: its id, the names it is written with, and its traps. */
export interface TaggedPlace {
  id: string;
  name: string;
  variants: readonly string[];
  traps: readonly TrapRule[];
}

/** One place found in a text. */
export interface PlaceMention {
  /** Gazetteer id of the place. */
  id: string;
  /** UTF-16 offset, in the original text, of the first character (a prefix such as «و» included). */
  start: number;
  /** UTF-16 offset just after the last character. */
  end: number;
  /** The words as written: `text.slice(start, end)`, e.g. «وبنغازي». */
  text: string;
}

/** A function that tags one text, made once per gazetteer by createTagger; `tag` is the same function. */
export type Tagger = ((text: string) => PlaceMention[]) & { tag: (text: string) => PlaceMention[] };

/** A word character outside the fast ranges below: any letter, mark or digit. */
const OTHER_WORD_CHAR = /[\p{L}\p{M}\p{N}]/u;

/** True for a character of a word: letters with their harakat, tatweel and joiners («بـسرت», «مُصْراتة»). */
function isWordChar(code: number, text: string, at: number): boolean {
  if (code < 0x80) return (code >= 0x30 && code <= 0x39) || ((code | 0x20) >= 0x61 && (code | 0x20) <= 0x7a);
  // Arabic block minus its punctuation (، ؛ ؟ ٪ ٫ ٬ ٭ ۔), joiners, Arabic presentation forms.
  if (code >= 0x0600 && code <= 0x06ff) return code !== 0x060c && code !== 0x061b && code !== 0x061f && !(code >= 0x066a && code <= 0x066d) && code !== 0x06d4;
  if (code === 0x200c || code === 0x200d) return true;
  if ((code >= 0xfb50 && code <= 0xfdff) || (code >= 0xfe70 && code <= 0xfefc)) return true;
  return OTHER_WORD_CHAR.test(text[at]!);
}

/** What may separate two words of one name, or a word from its neighbour in a trap: spaces only. */
const SPACES = /^[\s\u200B\u200E\u200F\u2066-\u2069\uFEFF]+$/u;
/** How much text around a mention the `before`/`after` patterns of a trap see. */
const WINDOW = 80;

interface NameEntry {
  /** Index of the place in the gazetteer. */
  place: number;
  /** The normalized name, as traps list it. */
  name: string;
  /** The name's words after the first. */
  rest: string[];
}

/** The names a word may start when read as `clitic` + the first word of each. */
interface NameStart {
  clitic: string;
  entries: NameEntry[];
}
const NO_STARTS: readonly NameStart[] = [];

interface Candidate {
  entry: NameEntry;
  clitic: string;
  /** Index of the name's last word. */
  last: number;
}

/** The words of a text: offsets in the original and normalized keys, in parallel arrays to spare the GC. */
interface Words {
  start: number[];
  end: number[];
  key: string[];
}

/** Splits the text into words with their normalized keys (`keyOf`, a memo of normalizeArabic). */
function words(text: string, keyOf: (word: string) => string): Words {
  const out: Words = { start: [], end: [], key: [] };
  let from = -1;
  for (let at = 0; at <= text.length; at += 1) {
    const inWord = at < text.length && isWordChar(text.charCodeAt(at), text, at);
    if (inWord && from < 0) from = at;
    if (inWord || from < 0) continue;
    out.start.push(from);
    out.end.push(at);
    out.key.push(keyOf(text.slice(from, at)));
    from = -1;
  }
  return out;
}

/** Builds the tagger: an index from a name's first word to the names starting with it, longest first. */
export function createTagger(places: readonly TaggedPlace[]): Tagger {
  const byFirstWord = new Map<string, NameEntry[]>();
  const traps: CompiledTrap[][] = places.map((p) => p.traps.map(compileTrap));
  places.forEach((place, index) => {
    // Spellings that normalize alike («مصراتة», «مصراته») are one entry.
    const names = new Set([place.name, ...place.variants].map(matchKey));
    for (const name of names) {
      const [first, ...rest] = name.split(' ');
      if (!first) continue;
      const list = byFirstWord.get(first) ?? [];
      list.push({ place: index, name, rest });
      byFirstWord.set(first, list);
    }
  });
  for (const list of byFirstWord.values()) list.sort((a, b) => b.rest.length - a.rest.length);

  // Memos shared by every text this tagger reads: an archive repeats its words, and most start no name.
  const keyOf = boundedMemo(normalizeArabic);
  /** The names a word may start, under each of its prefixes, the bare word first (clitics.ts). */
  const nameStarts = boundedMemo((word: string): readonly NameStart[] => {
    const found: NameStart[] = [];
    eachCliticSplit(word, (clitic, stem) => {
      const entries = byFirstWord.get(stem);
      if (entries !== undefined) found.push({ clitic, entries });
    });
    return found.length ? found : NO_STARTS;
  });

  const tag = (text: string): PlaceMention[] => {
    const { start, end, key } = words(text, keyOf);
    const count = key.length;
    // Only spaces between word i-1 and word i: the words of one name, or a word and its neighbour.
    const spaced = (i: number) => i > 0 && i < count && SPACES.test(text.slice(end[i - 1]!, start[i]!));

    const candidatesAt = (i: number): Candidate[] => {
      let found: Candidate[] | undefined;
      for (const { clitic, entries } of nameStarts(key[i]!)) {
        for (const entry of entries) {
          const last = i + entry.rest.length;
          if (last >= count) continue;
          let ok = true;
          for (let k = 1; k <= entry.rest.length && ok; k += 1) ok = key[i + k] === entry.rest[k - 1] && spaced(i + k);
          if (ok) (found ??= []).push({ entry, clitic, last });
        }
      }
      // Longest name first; for the same name, the reading with the shorter prefix («ودان» before «و» + «دان»).
      return found === undefined ? [] : found.sort((a, b) => b.last - a.last || a.clitic.length - b.clitic.length);
    };

    const trapped = (c: Candidate, i: number): boolean => {
      const placeTraps = traps[c.entry.place]!;
      if (placeTraps.length === 0) return false;
      const from = start[i]!;
      const to = end[c.last]!;
      const ctx: MentionContext = {
        name: c.entry.name,
        clitic: c.clitic,
        prevWord: spaced(i) ? key[i - 1]! : null,
        nextWord: spaced(c.last + 1) ? key[c.last + 1]! : null,
        before: () => normalizeArabic(text.slice(Math.max(0, from - WINDOW), from)),
        after: () => normalizeArabic(text.slice(to, to + WINDOW)),
      };
      return placeTraps.some((trap) => trap.holds(ctx));
    };

    const mentions: PlaceMention[] = [];
    for (let i = 0; i < count; i += 1) {
      const chosen = candidatesAt(i).find((c) => !trapped(c, i));
      if (!chosen) continue;
      const from = start[i]!;
      const to = end[chosen.last]!;
      mentions.push({ id: places[chosen.entry.place]!.id, start: from, end: to, text: text.slice(from, to) });
      i = chosen.last;
    }
    return mentions;
  };
  return Object.assign(tag, { tag });
}

/** Mentions per place, most mentioned first, then by id: what an article's `places` frontmatter holds. */
export function countMentions(mentions: readonly PlaceMention[]): { id: string; count: number }[] {
  const counts = new Map<string, number>();
  for (const { id } of mentions) counts.set(id, (counts.get(id) ?? 0) + 1);
  return [...counts]
    .map(([id, count]) => ({ id, count }))
    .sort((a, b) => b.count - a.count || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}
