import { describe, expect, it } from 'vitest';
import { tokenize, TokenCursor } from '../../../src/lib/dates/parser/tokens.ts';
import { CLITICS } from '../../../src/lib/dates/parser/words.ts';

describe('tokenize cuts a normalized text into words, numbers and marks', () => {
  it('keeps «5/12/2016», «5,1» and a phone number one token each', () => {
    expect(tokenize('صدر في 5/12/2016 بقوة 5,1 على 0012022773659').filter((t) => t.kind === 'num').map((t) => t.text)).toEqual([
      '5/12/2016',
      '5,1',
      '0012022773659',
    ]);
  });
  it('tells words, numbers and marks apart in «نيسان/أبريل 2016،»', () => {
    expect(tokenize('نيسان/أبريل 2016،').map((t) => t.kind)).toEqual(['word', 'punct', 'word', 'num', 'punct']);
  });
});

describe('the token cursor reads the normalized key and cuts the original text', () => {
  it('reads «أيّـار» as its key «ايار», and a number or a mark as no word', () => {
    const cur = new TokenCursor('في أيّـار 2016،');
    expect(cur.word(1)).toBe('ايار');
    expect(cur.word(2)).toBeUndefined();
    expect(cur.punct(3)).toBe('،');
  });
  it('reads nothing past either end', () => {
    const cur = new TokenCursor('مايو');
    expect([cur.word(-1), cur.word(1), cur.punct(5), cur.exactly(3, 'مايو'), cur.adjacent(0)]).toEqual([undefined, undefined, undefined, false, false]);
  });
  it('finds «في» behind the conjunction of «وفي» and says how long the clitic is', () => {
    const cur = new TokenCursor('وفي مايو');
    expect(cur.stemIn(0, new Set(['في']))).toBe(1);
    expect(cur.stemIn(0, new Set(['وفي']))).toBe(0);
  });
  it('allows only the clitics it is given: «بمارس» is March behind ب, not behind a conjunction alone', () => {
    const cur = new TokenCursor('بمارس');
    expect(cur.stemIn(0, new Set(['مارس']))).toBe(-1);
    expect(cur.stemIn(0, new Set(['مارس']), CLITICS)).toBe(1);
  });
  it('does not take a bare clitic for a word: «و» alone is not «» behind و', () => {
    expect(new TokenCursor('و').stemIn(0, new Set(['']), CLITICS)).toBe(-1);
  });
  it('matches whole words only: «مايو» is not «ماي»', () => {
    const cur = new TokenCursor('مايو');
    expect(cur.exactly(0, 'ماي')).toBe(false);
    expect(cur.exactly(0, 'ماي', 'مايو')).toBe(true);
  });
  it('sees «ب2014» touch its clitic and «ب 2014» not', () => {
    expect(new TokenCursor('ب2014').adjacent(1)).toBe(true);
    expect(new TokenCursor('ب 2014').adjacent(1)).toBe(false);
  });
  it('cuts the original words back out, harakat and tatweel kept, a clitic left out', () => {
    const cur = new TokenCursor('وكانونَ الأوّل ٢٠١٦ ثم');
    expect(cur.cut(0, 1, 2)).toEqual({ text: 'كانونَ الأوّل ٢٠١٦', start: 1, end: 19 });
  });
  it('gives the original character behind a key offset, so «أب» and «آب» can be told apart', () => {
    const cur = new TokenCursor('أب وآب');
    expect(cur.original(0, 1)).toBe('أ');
    expect(cur.original(cur.tokens[1]!.from + 1, cur.tokens[1]!.from + 2)).toBe('آ');
  });
});
