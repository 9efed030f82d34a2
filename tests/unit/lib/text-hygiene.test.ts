import { describe, expect, it } from 'vitest';
import { clean, cleanStrings, cleanText, codePointName, isolate } from '../../../src/lib/text-hygiene.ts';

/** Every character XML 1.0 allows (its «Char» production). */
const XML_CHARS = /^[\t\n\r\u0020-\ud7ff\ue000-\ufffd\u{10000}-\u{10ffff}]*$/u;

describe('cleaning a text of the characters no page or feed should carry', () => {
  it('leaves an ordinary Arabic text as it is, with its tabs, line breaks and marks', () => {
    const text = 'سقطت سرت في ديسمبر 2016.\r\nقال المتحدث:\t«انتهى الأمر»\u200f (Reuters)';
    expect(cleanText(text)).toEqual({ text, changes: [] });
  });

  it('removes C0 and C1 controls from a title and says where each was', () => {
    const { text, changes } = cleanText('معركة\u0007 سرت\u0000\u009b');
    expect(text).toBe('معركة سرت');
    expect(changes.map((c) => [c.index, codePointName(c.codePoint), c.kind])).toEqual([
      [5, 'U+0007', 'control'],
      [10, 'U+0000', 'control'],
      [11, 'U+009B', 'control'],
    ]);
  });

  it('turns U+0085 NEXT LINE into the line break it stands for', () => {
    expect(clean('درنة\u0085بنغازي')).toBe('درنة\nبنغازي');
  });

  it('removes noncharacters of every plane and lone surrogates', () => {
    expect(clean('سرت\ufffe\uffff\u{10ffff}\u{1fffe}\ufdd0 \ud800بنغازي')).toBe('سرت بنغازي');
  });

  it('keeps an emoji and other characters outside the first plane', () => {
    expect(clean('سرت 🇱🇾 𝐀')).toBe('سرت 🇱🇾 𝐀');
  });

  it('removes a right-to-left override left open, which would reverse the date after the title', () => {
    const { text, changes } = cleanText('\u202eمعركة سرت');
    expect(text).toBe('معركة سرت');
    expect(changes).toEqual([{ index: 0, codePoint: 0x202e, kind: 'bidi', replacement: '' }]);
  });

  it('keeps bidi controls that close within their paragraph, and removes a PDF or PDI that closes nothing', () => {
    expect(clean('قال \u2067Reuters\u2069 إن \u202bسرت\u202c سقطت')).toBe('قال \u2067Reuters\u2069 إن \u202bسرت\u202c سقطت');
    expect(clean('سرت\u202c درنة\u2069')).toBe('سرت درنة');
  });

  it('pairs bidi controls within a line only: an isolate opened on one line is not closed on the next', () => {
    expect(clean('\u2066سرت\n\u2069درنة')).toBe('سرت\nدرنة');
  });

  it('removes an embedding that a PDI closes before its PDF, as that PDI ends it anyway', () => {
    expect(clean('\u2068أ \u202eب\u2069 ج\u202c')).toBe('\u2068أ ب\u2069 ج');
  });

  it('leaves only characters XML 1.0 allows, whatever it is given', () => {
    const everything = Array.from({ length: 0x3000 }, (_, i) => String.fromCharCode(i)).join('') + '\ud800\udfff\ufffe\uffff\u{10ffff}';
    expect(clean(everything)).toMatch(XML_CHARS);
  });

  it('cleans a four-megabyte line in one pass', () => {
    const line = `${'سرت '.repeat(1_000_000)}\u0007`;
    expect(clean(line)).toHaveLength(4_000_000);
  });
});

describe('cleaning every string of some data', () => {
  it('cleans strings at any depth and leaves numbers, booleans and nulls alone', () => {
    const data = { title: 'سرت\u0007', published: { date: '2016', approximate: true }, places: [{ id: 'sirte', count: 2, note: '\u202eدرنة' }], author: null };
    expect(cleanStrings(data)).toEqual({ title: 'سرت', published: { date: '2016', approximate: true }, places: [{ id: 'sirte', count: 2, note: 'درنة' }], author: null });
  });
});

describe('isolating a text embedded in other words', () => {
  it('wraps it in FSI … PDI, which cleaning keeps', () => {
    expect(isolate('Reuters')).toBe('\u2068Reuters\u2069');
    expect(clean(`الناشر: ${isolate('\u202bرويترز\u202c')}، 2016`)).toBe(`الناشر: ${isolate('\u202bرويترز\u202c')}، 2016`);
  });
});
