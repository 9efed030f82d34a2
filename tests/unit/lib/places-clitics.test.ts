import { describe, expect, it } from 'vitest';
import { normalizeArabic } from '../../../src/lib/arabic.ts';
import { cliticSplits, isDefinite, wordForms } from '../../../src/lib/places/clitics.ts';

const key = (word: string) => normalizeArabic(word);

describe('cliticSplits', () => {
  it('reads «وبنغازي» as the bare word and as «و» + «بنغازي»', () => {
    expect(cliticSplits(key('وبنغازي'))).toEqual(
      expect.arrayContaining([
        { clitic: '', stem: 'وبنغازي' },
        { clitic: 'و', stem: 'بنغازي' },
      ]),
    );
  });

  it('restores the article under «لل»: «وللبيضاء» is «ول» + «البيضاء»', () => {
    expect(cliticSplits(key('وللبيضاء'))).toContainEqual({ clitic: 'ول', stem: key('البيضاء') });
  });

  it('leaves at least two letters: «وب» is not «و» + «ب»', () => {
    expect(cliticSplits('وب')).toEqual([{ clitic: '', stem: 'وب' }]);
  });

  it('never strips letters that are not prefixes: «أسرته» has no reading «سرت»', () => {
    expect(cliticSplits(key('أسرته')).map((s) => s.stem)).not.toContain('سرت');
  });
});

describe('isDefinite', () => {
  it.each(['الرايات', 'والسنوات', 'بالأسلحة', 'للدول', 'فالتنظيم'])('sees the article in «%s»', (word) => {
    expect(isDefinite(key(word))).toBe(true);
  });

  it.each(['إلى', 'إلا', 'التي', 'الذي', 'والذين', 'مدينة', 'ولاية', 'والي'])('sees no article in «%s»', (word) => {
    expect(isDefinite(key(word))).toBe(false);
  });
});

describe('wordForms', () => {
  it('gives «ومدينة» as «مدينة» too when prefixes are stripped', () => {
    expect(wordForms(key('ومدينة'))).toContain(key('مدينة'));
  });

  it('keeps the prefix of «والمرتدين» when asked to, dropping only the article of «المرتدين»', () => {
    expect([...wordForms(key('والمرتدين'), false)]).toEqual([key('والمرتدين')]);
    expect(wordForms(key('المرتدين'), false)).toContain(key('مرتدين'));
  });
});
