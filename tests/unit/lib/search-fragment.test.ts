import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { readFragment, withText, writeFragment } from '../../../src/lib/search/fragment.ts';

const fragment = {
  url: '/articles/2016-12-sirte/',
  content: 'meraku srtu-ppsirteu. qalu msvwlu',
  word_count: 4,
  filters: { place: ['sirte'] },
  meta: { title: 'معركة سرت' },
  anchors: [],
};

describe('Pagefind fragments', () => {
  it('read back what was written, every field kept', () => {
    const bytes = writeFragment(fragment);
    expect(readFragment(bytes, 'a.pf_fragment')).toEqual(fragment);
    expect(bytes.subarray(0, 2)).toEqual(Buffer.from([0x1f, 0x8b]));
  });

  it('take the original text in place of the key words: «معركة سرت قال مسؤول» at the same four positions', () => {
    const changed = withText(fragment, 'معركة سرت\nقال مسؤول');
    expect(changed.content).toBe('معركة سرت\nقال مسؤول');
    expect(changed.meta).toEqual(fragment.meta);
    expect(changed.word_count).toBe(4);
  });

  it('leave out the filter values, which the page never reads from a result', () => {
    const changed = withText(fragment, 'معركة سرت\nقال مسؤول');
    expect(changed).not.toHaveProperty('filters');
    expect(Object.keys(changed).sort()).toEqual(['anchors', 'content', 'meta', 'url', 'word_count']);
  });

  it('refuse a text with another number of words, which would misplace every highlight', () => {
    expect(() => withText(fragment, 'معركة سرت قال')).toThrow(/\/articles\/2016-12-sirte\/: the text has 3 words, its index 4/);
  });

  it('refuse a file in another format, naming it and the pinned version to check', () => {
    expect(() => readFragment(gzipSync('{"url":"/x/"}'), 'x.pf_fragment')).toThrow(/x\.pf_fragment: not a Pagefind 1\.x fragment .* pinned pagefind version/);
    expect(() => readFragment(gzipSync('pagefind_dcd{"url":"/x/"}'), 'y.pf_fragment')).toThrow(/y\.pf_fragment: Pagefind fragment without url or content/);
  });
});
