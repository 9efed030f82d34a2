/**
 * Groups of names that mean one thing: a place's Arabic names and spellings with its Latin names
 * (the gazetteer), and the names of one organisation or operation (the alias file). Where a text
 * or a query names a group, search records the group's key, so «Sirte» finds «سرت» and «داعش» finds
 * «تنظيم الدولة الإسلامية».
 */
import { wordsOf, type SearchWord } from './words.ts';
import { groupKey } from './tokens.ts';

/** A group as the lexicon file carries it. */
export interface LexiconGroup {
  /** Stable ASCII id: a gazetteer id (`sirte`) or an alias id (`islamic-state`). */
  id: string;
  /** Every name of the group, Arabic or Latin, one or more words each. */
  names: string[];
}

/** A name ready for matching: the primary key of each of its words. */
interface CompiledName {
  keys: string[];
  group: string;
}

/** Groups compiled for matching, indexed by the key of a name's first word. */
export interface Lexicon {
  byFirstKey: Map<string, CompiledName[]>;
}

/** Compiles the groups; a group's key is made from its id, so ids must stay distinct once folded. */
export function compileLexicon(groups: readonly LexiconGroup[]): Lexicon {
  const byFirstKey = new Map<string, CompiledName[]>();
  const seen = new Map<string, string>();
  for (const group of groups) {
    const key = groupKey(group.id);
    const other = seen.get(key);
    if (other && other !== group.id) throw new Error(`lexicon: ids «${other}» and «${group.id}» give the same key ${key}; rename one`);
    seen.set(key, group.id);
    for (const name of group.names) {
      const keys = wordsOf(name).map((w) => w.keys[0]!);
      if (keys.length === 0) continue;
      const list = byFirstKey.get(keys[0]!) ?? [];
      if (!list.some((n) => n.group === key && n.keys.join(' ') === keys.join(' '))) list.push({ keys, group: key });
      byFirstKey.set(keys[0]!, list);
    }
  }
  for (const list of byFirstKey.values()) list.sort((a, b) => b.keys.length - a.keys.length);
  return { byFirstKey };
}

/** A name found in a run of words: which words it covers and which groups it names. */
export interface NameMatch {
  start: number;
  length: number;
  groups: string[];
}

function matchesAt(words: readonly SearchWord[], start: number, keys: readonly string[]): boolean {
  if (start + keys.length > words.length) return false;
  return keys.every((key, j) => words[start + j]!.keys.includes(key));
}

/** The longest names starting at word `start` (a word «بسرت» is read as «سرت» with «ب»), or null. */
export function nameAt(words: readonly SearchWord[], start: number, lexicon: Lexicon): NameMatch | null {
  let best: NameMatch | null = null;
  for (const key of words[start]!.keys) {
    for (const name of lexicon.byFirstKey.get(key) ?? []) {
      if (name.keys[0] !== key || !matchesAt(words, start, name.keys)) continue;
      if (!best || name.keys.length > best.length) best = { start, length: name.keys.length, groups: [name.group] };
      else if (name.keys.length === best.length && !best.groups.includes(name.group)) best.groups.push(name.group);
    }
  }
  return best;
}
