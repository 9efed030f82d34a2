import { describe, expect, it } from 'vitest';
import {
  arabicKey,
  compileLexicon,
  EVERY_PAGE,
  excerpt,
  groupKey,
  indexText,
  latinKey,
  lightStem,
  queryTerms,
  querySearches,
  stemVariants,
  wordsOf,
} from '../../../src/lib/search/index.ts';

const lexicon = compileLexicon([
  { id: 'sirte', names: ['سرت', 'Sirte', 'Surt'] },
  { id: 'misrata', names: ['مصراتة', 'مصراته', 'Misrata'] },
  { id: 'egypt', names: ['مصر', 'Egypt'] },
  { id: 'ben-guerdane', names: ['بن قردان', 'Ben Guerdane'] },
  { id: 'islamic-state', names: ['داعش', 'تنظيم الدولة', 'الدولة الإسلامية', 'تنظيم الدولة الإسلامية', 'ISIS'] },
]);

/** True when a query finds a text: some search of the query has all its keys among the text's index words. */
function finds(query: string, text: string): boolean {
  const index = new Set(indexText(text, lexicon).split(/[\s-]+/));
  return querySearches(queryTerms(query, lexicon)).some((s) => s.split(' ').every((k) => index.has(k)));
}

describe('light stems', () => {
  it('takes off the article and a masculine plural: «المسلحين» and «مسلحون» share the stem of «مسلح»', () => {
    expect(lightStem('المسلحين')).toBe('مسلح');
    expect(lightStem('مسلحون')).toBe('مسلح');
  });
  it('takes off «وال» and «بال»: «والموصل», «بالموصل» → «موصل»', () => {
    expect(lightStem('والموصل')).toBe('موصل');
    expect(lightStem('بالموصل')).toBe('موصل');
  });
  it('gives «مصراته» (from مصراتة or مصراته) one stem, and «مصر» another', () => {
    expect(lightStem('مصراته')).toBe('مصرات');
    expect(lightStem('مصر')).toBe('مصر');
  });
  it('leaves a stem of three letters: «رقه» (Raqqa) does not become «رق»', () => {
    expect(lightStem('رقه')).toBe('رقه');
  });
  it('reads «لداعش» and «وبسرت» also without their proclitics', () => {
    expect(stemVariants('لداعش')).toEqual(['لداعش', 'داعش']);
    expect(stemVariants('وبسرت')).toContain('سرت');
  });
  it('does not take a proclitic off a three-letter word: «بحر» stays whole', () => {
    expect(stemVariants('بحر')).toEqual(['بحر']);
  });
});

describe('keys', () => {
  it('are ASCII and end with a mark of their kind, so one key is never the start of another kind', () => {
    expect(arabicKey('سرت')).toBe('srtu');
    expect(latinKey('Sirte')).toBe('usirteu');
    expect(groupKey('ben-guerdane')).toBe('ppbenguerdaneu');
    expect(arabicKey('ثذصضظ')).toMatch(/^[a-z]+u$/);
  });
  it('leave «pu», the key of every page, the start of no other key', () => {
    const keys = [arabicKey('ثبت'), arabicKey('ضوء'), latinKey('push'), latinKey('u'), groupKey('ubari'), arabicKey('ڤيديو')];
    for (const key of keys) expect(key.startsWith(EVERY_PAGE)).toBe(false);
  });
  it('never make «مصر» a prefix of «مصراته»', () => {
    expect(arabicKey(lightStem('مصراته')).startsWith(arabicKey('مصر'))).toBe(false);
  });
});

describe('index text', () => {
  it('has one index word per white-space chunk of the original, so positions point at the original words', () => {
    const text = 'قال مسؤول — «إن داعش (تنظيم الدولة) انسحب من سرت/مصراتة» 2016';
    expect(indexText(text, lexicon).split(' ')).toHaveLength(text.split(/\s+/).length);
  });
  it('gives a chunk of punctuation alone a filler word', () => {
    expect(indexText('سرت — مصراتة', lexicon).split(' ')[1]).toBe('v');
  });
});

describe('matching Arabic as readers type it', () => {
  it.each([
    ['لداعش', 'قاتل داعش في سرت'],
    ['داعش', 'المقاتلين التابعين لداعش'],
    ['والموصل', 'سقطت الموصل'],
    ['بسرت', 'وصلوا إلى سرت'],
    ['سرت', 'وصلوا بسرت أمس'],
    ['مصراتة', 'قوات من مصراته'],
    ['مصراته', 'قوات من مصراتة'],
    ['مسئول', 'قال مسؤول ليبي'],
    ['مستشفى', 'في مستشفي المدينة'],
    ['سِرْت', 'مدينة سرت'],
    ['٢٠١٦', 'في عام 2016'],
    ['المسلحين', 'عشرات من المسلحون'],
    ['Sirte', 'معركة سرت'],
    ['Surt', 'معركة سرت'],
    ['Ben Guerdane', 'هجوم بن قردان'],
    ['داعش', 'مقاتلو تنظيم الدولة الإسلامية'],
    ['تنظيم الدولة الإسلامية', 'عناصر داعش'],
    ['ISIS', 'عناصر الدولة الإسلامية'],
  ])('searching «%s» finds «%s»', (query, text) => {
    expect(finds(query, text)).toBe(true);
  });

  it.each([
    ['مصر', 'قوات من مصراتة'],
    ['مصراتة', 'الحدود مع مصر'],
    ['سرت', 'مدينة درنة'],
    ['تنظيم الدولة', 'تنظيم القاعدة'],
    ['Sirte', 'مدينة مصراتة'],
  ])('searching «%s» does not find «%s»', (query, text) => {
    expect(finds(query, text)).toBe(false);
  });
});

describe('queries', () => {
  it('make a group name one term: «تنظيم الدولة الإسلامية سرت» is two terms', () => {
    expect(queryTerms('تنظيم الدولة الإسلامية سرت', lexicon)).toEqual([{ keys: [groupKey('islamic-state')] }, { keys: [groupKey('sirte')] }]);
  });
  it('search every reading of an ambiguous word: «لمقاتلي» as itself and as «مقاتلي»', () => {
    expect(querySearches(queryTerms('لمقاتلي', lexicon))).toEqual([arabicKey('لمقاتل'), arabicKey('مقاتل')]);
  });
  it('find the words of a text chunk by chunk', () => {
    expect(wordsOf('سرت/مصراتة قال').map((w) => w.chunk)).toEqual([0, 0, 1]);
  });
});

describe('excerpts', () => {
  const text = Array.from({ length: 100 }, (_, i) => `كلمة${i}`).join(' ').replace('كلمة60', '(مسؤولون،');
  it('are cut from the original text around the matched position, the word marked as written', () => {
    const { parts, cutStart, cutEnd } = excerpt(text, [60], 10);
    expect(parts.filter((p) => p.mark).map((p) => p.text)).toEqual(['مسؤولون']);
    expect(parts.map((p) => p.text).join('')).toContain('(مسؤولون،');
    expect([cutStart, cutEnd]).toEqual([true, true]);
  });
  it('start at the beginning of a short text', () => {
    expect(excerpt('قال مسؤول ليبي', [1]).parts).toEqual([
      { text: 'قال ', mark: false },
      { text: 'مسؤول', mark: true },
      { text: ' ليبي', mark: false },
    ]);
  });
});
