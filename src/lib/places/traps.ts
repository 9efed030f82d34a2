/**
 * Traps: the data-driven rules that stop the tagger from seeing a place where the text has another
 * word («سرت شائعات», the verb) or another place («طرابلس اللبنانية»). Each trap on a place in
 * the gazetteer is a conjunction of conditions; the mention is dropped when one trap holds.
 */
import { normalizeArabic } from '../arabic.ts';
import { isDefinite, wordForms } from './clitics.ts';

/** A trap as the gazetteer writes it (its schema is `trapSchema`): every condition is optional. */
export interface TrapRule {
  why: string;
  names?: readonly string[] | undefined;
  clitic?: readonly string[] | undefined;
  prevWord?: readonly string[] | undefined;
  notPrevWord?: readonly string[] | undefined;
  nextWord?: readonly string[] | undefined;
  notNextWord?: readonly string[] | undefined;
  before?: string | undefined;
  notBefore?: string | undefined;
  after?: string | undefined;
  notAfter?: string | undefined;
  afterDefiniteNoun?: true | undefined;
}

/** What a trap sees around one candidate mention; every string is a normalizeArabic key. */
export interface MentionContext {
  /** The gazetteer name or variant that matched, e.g. «سرت». */
  name: string;
  /** The prefix written on it: «» (none), «و», «ول»… */
  clitic: string;
  /** The word right before, when only spaces separate it from the mention. */
  prevWord: string | null;
  /** The word right after, when only spaces separate it from the mention. */
  nextWord: string | null;
  /** The text just before the mention (a window of a sentence or so). */
  before: () => string;
  /** The text just after the mention. */
  after: () => string;
}

/** A trap ready to run: `holds(ctx)` is true when the mention is not the place. */
export interface CompiledTrap {
  /** The editor's explanation, kept for messages and tests. */
  why: string;
  /** True when every condition of the trap holds for this mention. */
  holds: (ctx: MentionContext) => boolean;
}

type Condition = (ctx: MentionContext) => boolean;

/** Compiles a trap pattern: normalized like the text (so «شائعات» also meets «شاءعات»), anchored at one end. */
export function compilePattern(source: string, anchor: 'start' | 'end'): RegExp {
  const body = normalizeArabic(source);
  return new RegExp(anchor === 'start' ? `^(?:${body})` : `(?:${body})$`, 'u');
}

/** True when one of the word's forms (article, and prefixes for a preceding word, removed or not) is in the list. */
function inList(list: ReadonlySet<string>, word: string, stripPrefixes: boolean): boolean {
  for (const form of wordForms(word, stripPrefixes)) if (list.has(form)) return true;
  return false;
}

/** Turns the YAML trap into a predicate; throws on an invalid pattern (the gazetteer reports it first). */
export function compileTrap(trap: TrapRule): CompiledTrap {
  const conditions: Condition[] = [];
  const set = (words: readonly string[]) => new Set(words.map((w) => normalizeArabic(w).trim()));

  if (trap.names) {
    const names = set(trap.names);
    conditions.push((c) => names.has(c.name));
  }
  if (trap.clitic) {
    const clitics = set(trap.clitic);
    conditions.push((c) => clitics.has(c.clitic));
  }
  if (trap.prevWord) {
    const words = set(trap.prevWord);
    conditions.push((c) => c.prevWord !== null && inList(words, c.prevWord, true));
  }
  if (trap.notPrevWord) {
    const words = set(trap.notPrevWord);
    conditions.push((c) => c.prevWord === null || !inList(words, c.prevWord, true));
  }
  if (trap.nextWord) {
    const words = set(trap.nextWord);
    conditions.push((c) => c.nextWord !== null && inList(words, c.nextWord, false));
  }
  if (trap.notNextWord) {
    const words = set(trap.notNextWord);
    conditions.push((c) => c.nextWord === null || !inList(words, c.nextWord, false));
  }
  if (trap.afterDefiniteNoun) {
    conditions.push((c) => c.prevWord !== null && isDefinite(c.prevWord));
  }
  if (trap.before !== undefined) {
    const re = compilePattern(trap.before, 'end');
    conditions.push((c) => re.test(c.before()));
  }
  if (trap.notBefore !== undefined) {
    const re = compilePattern(trap.notBefore, 'end');
    conditions.push((c) => !re.test(c.before()));
  }
  if (trap.after !== undefined) {
    const re = compilePattern(trap.after, 'start');
    conditions.push((c) => re.test(c.after()));
  }
  if (trap.notAfter !== undefined) {
    const re = compilePattern(trap.notAfter, 'start');
    conditions.push((c) => !re.test(c.after()));
  }
  return { why: trap.why, holds: (ctx) => conditions.every((condition) => condition(ctx)) };
}
