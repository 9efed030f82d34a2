/**
 * The search index is written as shards of at most a few thousand pages, one Pagefind index each, which
 * the search page merges: Pagefind holds a whole index in memory while it writes it (5.6 GB for 11,078
 * pages at once, 1.5 GB for 2,770), so the build's peak follows the shard, not the archive.
 */

/** Pages per shard unless the build says otherwise: the index step peaked at 1.9 GB with shards of 2,216 (10,000 articles). */
export const SHARD_PAGES = 2500;

/** Folder of shard `k` inside the site's pagefind/ folder: the first is Pagefind's own, with its code. */
export function shardFolder(k: number): string {
  return k === 0 ? '' : `shard-${k}/`;
}

/** The build's pages-per-shard setting (ARCHIVE_SEARCH_SHARD_PAGES), or the default when unset. */
export function shardPagesSetting(value: string | undefined): number {
  if (value === undefined || value === '') return SHARD_PAGES;
  const pages = Number(value);
  if (!Number.isInteger(pages) || pages < 1) {
    throw new Error(`ARCHIVE_SEARCH_SHARD_PAGES is «${value}»: give a whole number of pages per search shard, such as ${SHARD_PAGES}`);
  }
  return pages;
}

/** How many shards `pages` pages need, at most `perShard` each; at least one, even for an empty archive. */
export function shardCount(pages: number, perShard: number): number {
  return Math.max(1, Math.ceil(pages / perShard));
}

/**
 * The shard of each of `pages` pages, dealt in turn: every shard gets the same mix of articles, places and
 * events, so word statistics, and with them the scores the search page compares across shards, agree.
 */
export function dealShards(pages: number, shards: number): number[] {
  return Array.from({ length: pages }, (_, i) => i % shards);
}

/** A page to index again in another shard. */
export interface Move {
  /** Position of the page in the records. */
  page: number;
  /** The shard it joins. */
  to: number;
}

/**
 * Pages whose Pagefind id is also used in another shard, each moved to the first shard with that id.
 * Pagefind names a page by 7 hex digits of its hash and lengthens the name when two pages of one index
 * share it, but separate indexes cannot see each other: the search page, which tells results apart by id,
 * would merge two pages. `idsByShard[k]` maps each page of shard k (its position in the records) to its id.
 */
export function collisionMoves(idsByShard: readonly ReadonlyMap<number, string>[]): Move[] {
  const firstShard = new Map<string, number>();
  const moves: Move[] = [];
  idsByShard.forEach((ids, shard) => {
    for (const [page, id] of ids) {
      const first = firstShard.get(id);
      if (first === undefined) firstShard.set(id, shard);
      else if (first !== shard) moves.push({ page, to: first });
    }
  });
  return moves;
}

/** Rounds of moving pages whose id another shard uses: one is expected every few builds, two almost never. */
const MAX_ROUNDS = 4;

/**
 * Writes `pages` pages as `shards` shards through `write` (which indexes the given pages as shard k and
 * returns each one's id), writing again the shards that pages move between until no id is in two shards;
 * returns each shard's ids by page.
 */
export async function writeShards(
  pages: number,
  shards: number,
  write: (shard: number, pages: number[]) => Promise<Map<number, string>>,
): Promise<Map<number, string>[]> {
  const shardOf = dealShards(pages, shards);
  const ids: Map<number, string>[] = [];
  let pending = new Set(Array.from({ length: shards }, (_, shard) => shard));
  for (let round = 1; pending.size > 0; round++) {
    if (round > MAX_ROUNDS) throw new Error(`pages of different search shards still share Pagefind ids after ${MAX_ROUNDS} rounds`);
    for (const shard of [...pending].sort((a, b) => a - b)) {
      ids[shard] = await write(shard, shardOf.flatMap((s, page) => (s === shard ? [page] : [])));
    }
    const moves = collisionMoves(ids);
    pending = new Set(moves.flatMap(({ page, to }) => [shardOf[page]!, to]));
    for (const { page, to } of moves) shardOf[page] = to;
  }
  return ids;
}
