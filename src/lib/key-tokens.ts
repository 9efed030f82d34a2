/**
 * The tokens the text readers (dates, figures) walk: a normalized key (src/lib/arabic.ts) cut into words,
 * numbers and single marks, each with its offsets in the key.
 */

/** One token of a normalized key. */
export interface KeyToken {
  kind: 'word' | 'num' | 'punct';
  text: string;
  /** Offsets in the normalized key. */
  from: number;
  to: number;
}

const patterns = new Map<string, RegExp>();

/**
 * Words, numbers and single marks of a normalized key, in order. A number keeps the marks of `joiners`
 * between its digits: decimals and thousands («5,1», «2.130») by default; the date reader adds «/» and
 * dashes so that «5/12/2016» is one token, where the figures reader wants «3000-4000» as two numbers.
 */
export function tokenizeKey(key: string, joiners = '.,٫٬'): KeyToken[] {
  let re = patterns.get(joiners);
  if (!re) {
    const set = joiners.replace(/[\\\]^-]/g, '\\$&');
    re = new RegExp(`\\p{L}+|\\d+(?:[${set}]\\d+)*|[^\\s\\p{L}\\d]`, 'gu');
    patterns.set(joiners, re);
  }
  return [...key.matchAll(re)].map((m) => ({
    kind: /^\d/.test(m[0]) ? 'num' : /^\p{L}/u.test(m[0]) ? 'word' : 'punct',
    text: m[0],
    from: m.index,
    to: m.index + m[0].length,
  }));
}
