import { describe, expect, it } from 'vitest';
import { boundedMemo } from '../../../src/lib/memo.ts';
import { normalizeArabic } from '../../../src/lib/arabic.ts';

describe('a bounded memo', () => {
  it('computes a word once, then answers from memory: «مصراته» and «مصراتة» each normalized once', () => {
    const computed: string[] = [];
    const keyOf = boundedMemo((w: string) => (computed.push(w), normalizeArabic(w)));
    expect(['مصراته', 'مصراتة', 'مصراته', 'مصراتة'].map(keyOf)).toEqual(['مصراته', 'مصراته', 'مصراته', 'مصراته']);
    expect(computed).toEqual(['مصراته', 'مصراتة']);
  });

  it('starts again past its limit instead of growing, and still answers right', () => {
    const computed: string[] = [];
    const keyOf = boundedMemo((w: string) => (computed.push(w), normalizeArabic(w)), 2);
    for (const w of ['سرت', 'درنة', 'سرت', 'بنغازى', 'سرت']) keyOf(w);
    // «بنغازى» arrives with two words kept: the memo starts again, so «سرت» is computed a second time.
    expect(computed).toEqual(['سرت', 'درنة', 'بنغازى', 'سرت']);
    expect(keyOf('بنغازى')).toBe('بنغازي');
  });
});
