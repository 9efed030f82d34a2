import { gunzipSync, gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { recompress } from '../../../src/search-index/recompress.ts';

// Text with repeats, as Pagefind's metadata and WebAssembly have: «سرت» and its neighbours many times over.
const text = Buffer.from(Array.from({ length: 400 }, (_, i) => `سرت ${i % 37} مصراتة ${i % 11} درنة`).join('\n'));

describe('recompressing what a first search loads', () => {
  it('makes quickly gzipped bytes smaller, inflating to the same bytes', async () => {
    const packed = gzipSync(text, { level: 1 });
    const smaller = await recompress(packed, 'pagefind.zxx_1.pf_meta');
    expect(smaller.length).toBeLessThan(packed.length);
    expect(Buffer.from(gunzipSync(smaller)).equals(text)).toBe(true);
  });

  it('keeps bytes it cannot make smaller as they are', async () => {
    const packed = gzipSync('س', { level: 9 });
    expect(Buffer.from(await recompress(packed, 'tiny.pf_meta')).equals(packed)).toBe(true);
  });

  it('names a file Pagefind gave not gzipped as a change of its format, and the version to use', async () => {
    await expect(recompress(Buffer.from('not gzip'), 'wasm.unknown.pagefind')).rejects.toThrow(
      /^wasm\.unknown\.pagefind: Pagefind gave this file of its index not gzip-compressed \(.+\), as versions 1\.x did — its format changed: use the pagefind version pinned in package\.json/,
    );
  });
});
