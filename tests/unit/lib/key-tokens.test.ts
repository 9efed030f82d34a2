import { describe, expect, it } from 'vitest';
import { tokenizeKey } from '../../../src/lib/key-tokens.ts';

const texts = (key: string, joiners?: string) => tokenizeKey(key, joiners).map((t) => `${t.kind}:${t.text}`);

describe('a normalized key cut into tokens', () => {
  it('gives words, numbers and single marks with their offsets in the key', () => {
    expect(tokenizeKey('قتل 15 شخصا،')).toEqual([
      { kind: 'word', text: 'قتل', from: 0, to: 3 },
      { kind: 'num', text: '15', from: 4, to: 6 },
      { kind: 'word', text: 'شخصا', from: 7, to: 11 },
      { kind: 'punct', text: '،', from: 11, to: 12 },
    ]);
  });

  it('keeps a decimal or thousands separator inside its number by default, and cuts a range in two', () => {
    expect(texts('نحو 2,130 مقاتلا بين 3000-4000')).toEqual(['word:نحو', 'num:2,130', 'word:مقاتلا', 'word:بين', 'num:3000', 'punct:-', 'num:4000']);
  });

  it('keeps slashes and dashes inside a number when they are given as joiners, as a date reader wants «5/12/2016»', () => {
    expect(texts('في 5/12/2016 و2015–2016', '.,٫٬/-–')).toEqual(['word:في', 'num:5/12/2016', 'word:و', 'num:2015–2016']);
  });
});
