import { describe, expect, it } from 'vitest';
import { collisionMoves, dealShards, SHARD_PAGES, shardCount, shardFolder, shardPagesSetting, writeShards } from '../../../src/lib/search/shards.ts';

describe('search index shards', () => {
  it('keeps an archive of up to 2,500 pages in one index, and an empty one too', () => {
    expect(shardCount(0, SHARD_PAGES)).toBe(1);
    expect(shardCount(2500, SHARD_PAGES)).toBe(1);
    expect(shardCount(2501, SHARD_PAGES)).toBe(2);
  });

  it('splits 11,078 pages (10,000 articles with their places and events) into five shards', () => {
    expect(shardCount(11078, SHARD_PAGES)).toBe(5);
  });

  it('deals pages in turn, so that each shard holds articles, places and events alike', () => {
    expect(dealShards(7, 3)).toEqual([0, 1, 2, 0, 1, 2, 0]);
  });

  it('puts the first shard in Pagefind’s own folder and the others in folders of their own inside it', () => {
    expect(shardFolder(0)).toBe('');
    expect(shardFolder(2)).toBe('shard-2/');
  });

  it('reads the pages-per-shard setting, falls back to the default, and names the setting when it is not a whole number', () => {
    expect(shardPagesSetting(undefined)).toBe(SHARD_PAGES);
    expect(shardPagesSetting('')).toBe(SHARD_PAGES);
    expect(shardPagesSetting('40')).toBe(40);
    expect(() => shardPagesSetting('ألفان')).toThrow('ARCHIVE_SEARCH_SHARD_PAGES is «ألفان»: give a whole number of pages per search shard, such as 2500');
    expect(() => shardPagesSetting('0')).toThrow(/ARCHIVE_SEARCH_SHARD_PAGES is «0»/);
  });

  it('moves nothing when every Pagefind id is used by one shard only', () => {
    expect(collisionMoves([new Map([[0, 'zxx_a1b2c3d']]), new Map([[1, 'zxx_e4f5a6b']])])).toEqual([]);
  });

  it('moves a page whose id another shard already uses into that shard, where Pagefind will tell the two apart', () => {
    const ids = [new Map([[0, 'zxx_a1b2c3d'], [3, 'zxx_0000001']]), new Map([[1, 'zxx_e4f5a6b']]), new Map([[2, 'zxx_a1b2c3d']])];
    expect(collisionMoves(ids)).toEqual([{ page: 2, to: 0 }]);
  });

  it('writes each shard once when no two shards share an id', async () => {
    const written: [number, number[]][] = [];
    const ids = await writeShards(5, 2, async (shard, pages) => {
      written.push([shard, pages]);
      return new Map(pages.map((p) => [p, `zxx_${p}`]));
    });
    expect(written).toEqual([[0, [0, 2, 4]], [1, [1, 3]]]);
    expect(ids.map((m) => [...m.keys()])).toEqual([[0, 2, 4], [1, 3]]);
  });

  it('writes again the two shards a page moves between when its id is already used, and leaves the third alone', async () => {
    // Pages 0 and 4 would share «zxx_a1b2c3d» in shards 0 and 1, as Pagefind names them; together in shard 0 they are told apart.
    const written: [number, number[]][] = [];
    const ids = await writeShards(6, 3, async (shard, pages) => {
      written.push([shard, pages]);
      const together = pages.includes(0) && pages.includes(4);
      return new Map(pages.map((p) => [p, p === 4 ? (together ? 'zxx_a1b2c3d0' : 'zxx_a1b2c3d') : p === 0 ? 'zxx_a1b2c3d' : `zxx_${p}`]));
    });
    expect(written).toEqual([[0, [0, 3]], [1, [1, 4]], [2, [2, 5]], [0, [0, 3, 4]], [1, [1]]]);
    expect(new Set(ids.flatMap((m) => [...m.values()])).size).toBe(6);
  });

  it('gives up with a clear error when moving pages never ends the collisions', async () => {
    // Whatever page comes first in shard 1 takes the id of page 0, which never leaves shard 0.
    const write = async (shard: number, pages: number[]) => new Map(pages.map((p, i) => [p, shard === 1 && i === 0 ? 'zxx_0' : `zxx_${p}`]));
    await expect(writeShards(10, 2, write)).rejects.toThrow(
      'pages of different search shards still share Pagefind ids after 4 rounds',
    );
  });
});
