/**
 * Pagefind gzips its files quickly. The files every first search loads whatever it asks — Pagefind's
 * WebAssembly and each shard's metadata — are gzipped again with Zopfli, which finds a smaller deflate
 * stream of the same bytes (at 1,000 articles 68.0 → 64.9 KB and 10.8 → 9.8 KB, about 1.2 s of
 * compression). Browsers inflate them exactly as before. Index chunks and fragments are too many for it.
 */
import { gunzipSync } from 'node:zlib';
import { gzipAsync } from '@gfx/zopfli';

/**
 * The bytes Pagefind gave for `name`, gzipped again with Zopfli where that makes them smaller. They come
 * from Pagefind's memory, whole (index-site.ts), so bytes that do not inflate mean Pagefind changed the
 * format of its files.
 */
export async function recompress(packed: Buffer, name: string): Promise<Uint8Array> {
  let raw: Buffer;
  try {
    raw = gunzipSync(packed);
  } catch (e) {
    throw new Error(
      `${name}: Pagefind gave this file of its index not gzip-compressed (${(e as Error).message}), as versions 1.x did — its format changed: use the pagefind version pinned in package.json, or update src/search-index to the new format`,
    );
  }
  // Five passes: fifteen made the WebAssembly no smaller and took a fifth longer.
  const smaller = await gzipAsync(raw, { numiterations: 5 });
  return smaller.length < packed.length ? smaller : packed;
}
