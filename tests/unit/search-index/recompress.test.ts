import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { recompress } from '../../../src/search-index/recompress.ts';

const dir = mkdtempSync(join(tmpdir(), 'recompress-'));
afterAll(() => rmSync(dir, { recursive: true }));
// Text with repeats, as Pagefind's metadata and WebAssembly have: «سرت» and its neighbours many times over.
const text = Buffer.from(Array.from({ length: 400 }, (_, i) => `سرت ${i % 37} مصراتة ${i % 11} درنة`).join('\n'));

describe('recompressing what a first search loads', () => {
  it('makes a quickly gzipped file smaller and inflates to the same bytes', async () => {
    const file = join(dir, 'pagefind.zxx_1.pf_meta');
    writeFileSync(file, gzipSync(text, { level: 1 }));
    const { before, after } = await recompress(file);
    expect(after).toBeLessThan(before);
    expect(readFileSync(file).length).toBe(after);
    expect(gunzipSync(readFileSync(file)).equals(text)).toBe(true);
  });

  it('leaves alone a file it cannot make smaller', async () => {
    const file = join(dir, 'tiny.pf_meta');
    const packed = gzipSync('س', { level: 9 });
    writeFileSync(file, packed);
    expect(await recompress(file)).toEqual({ before: packed.length, after: packed.length });
    expect(readFileSync(file).equals(packed)).toBe(true);
  });

  it('names a file that is not gzip and the version to check', async () => {
    const file = join(dir, 'wasm.unknown.pagefind');
    writeFileSync(file, 'not gzip');
    await expect(recompress(file)).rejects.toThrow(/wasm\.unknown\.pagefind: not a gzip file .* pinned pagefind version/);
  });
});
