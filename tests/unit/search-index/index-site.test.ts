import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, describe, expect, it, vi } from 'vitest';
import type { SearchLexiconFile, SearchRecord } from '../../../src/data/search.ts';

/**
 * Pagefind 1.5's service answers writeFiles while its last writes are still in flight, and close() kills
 * it (Pagefind issue #1271): the file it was writing stays a prefix of itself. This stand-in gives the real
 * Pagefind that behaviour every time, not 7 runs in 300: its WebAssembly is cut at 4 KiB when writeFiles
 * answers and completed a moment later, unless close() comes first.
 */
vi.mock('pagefind', async (importOriginal) => {
  const real = await importOriginal<typeof import('pagefind')>();
  const pending = new Set<NodeJS.Timeout>();
  return {
    ...real,
    createIndex: async (config: Parameters<typeof real.createIndex>[0]) => {
      const created = await real.createIndex(config);
      const index = created.index!;
      return {
        ...created,
        index: {
          ...index,
          writeFiles: async (options: Parameters<typeof index.writeFiles>[0]) => {
            const written = await index.writeFiles(options);
            const wasm = join(options!.outputPath!, 'wasm.unknown.pagefind');
            const whole = readFileSync(wasm);
            writeFileSync(wasm, whole.subarray(0, 4096));
            pending.add(setTimeout(() => writeFileSync(wasm, whole), 2000));
            return written;
          },
        },
      };
    },
    close: async () => {
      for (const write of pending) clearTimeout(write);
      pending.clear();
      return real.close();
    },
  };
});

const { indexSite } = await import('../../../src/search-index/index-site.ts');

const dist = mkdtempSync(join(tmpdir(), 'archive-index-'));
afterAll(() => rmSync(dist, { recursive: true, force: true }));

const records: SearchRecord[] = [
  { url: '/articles/sirte/', type: 'article', title: 'معركة سرت', text: 'معركة سرت\nانتهت المعارك في سرت بعد ستة أشهر.', detail: 'ديسمبر 2016', filters: { type: ['article'] }, date: '2016-12' },
  { url: '/articles/derna/', type: 'article', title: 'خروج التنظيم من درنة', text: 'خروج التنظيم من درنة\nغادر المقاتلون درنة في صيف 2015.', detail: '2015', filters: { type: ['article'] }, date: '2015' },
  { url: '/places/misrata/', type: 'place', title: 'مصراتة', text: 'مصراتة\nمدينة على الساحل الليبي.', detail: 'مدينة', filters: { type: ['place'] } },
];
const lexicon: SearchLexiconFile = { groups: [], types: { article: 'مقال', place: 'مكان', event: 'حدث' }, months: ['2015-01', '2016-12'], shards: 1 };

/** Every file under `dir`, by path relative to it. */
function filesUnder(dir: string, prefix = ''): string[] {
  return readdirSync(dir).flatMap((name) => (statSync(join(dir, name)).isDirectory() ? filesUnder(join(dir, name), `${prefix}${name}/`) : [`${prefix}${name}`]));
}

describe('the index step with a Pagefind that answers before its files are written', () => {
  it('serves a complete index: every compressed file inflates, the WebAssembly whole', async () => {
    mkdirSync(join(dist, 'search'), { recursive: true });
    writeFileSync(join(dist, 'search', 'records.json'), JSON.stringify({ records }));
    writeFileSync(join(dist, 'search', 'lexicon.json'), JSON.stringify(lexicon));

    expect(await indexSite(dist)).toBe(3);

    const files = filesUnder(join(dist, 'pagefind'));
    expect(files.filter((f) => f.startsWith('fragment/'))).toHaveLength(3);
    const packed = files.filter((f) => /\.(pf_fragment|pf_index|pf_filter|pf_meta|pagefind)$/.test(f));
    for (const file of packed) expect(() => gunzipSync(readFileSync(join(dist, 'pagefind', file))), file).not.toThrow();
    // Pagefind's smallest WebAssembly is tens of kilobytes once inflated, not the 4 KiB prefix the stand-in leaves.
    expect(gunzipSync(readFileSync(join(dist, 'pagefind', 'wasm.unknown.pagefind'))).length).toBeGreaterThan(50_000);
    expect(readdirSync(dist).sort()).toEqual(['pagefind', 'search']);
  });
});
