/**
 * A query whose words may each be read several ways («لداعش»: «لداعش» or «ل» + «داعش») is answered by
 * several Pagefind searches; these helpers merge them. Filter counts of the merged results are exact:
 * by inclusion–exclusion, where searching the keys of several searches together gives their intersection.
 */

/** A Pagefind result as far as merging needs it. */
export interface ScoredResult {
  id: string;
  score: number;
}

/** The union of several result lists: each page once, with its best score, best first. */
export function mergeResults<T extends ScoredResult>(lists: readonly (readonly T[])[]): { best: T; all: T[] }[] {
  const byId = new Map<string, { best: T; all: T[] }>();
  for (const list of lists) {
    for (const result of list) {
      const entry = byId.get(result.id);
      if (!entry) byId.set(result.id, { best: result, all: [result] });
      else {
        entry.all.push(result);
        if (result.score > entry.best.score) entry.best = result;
      }
    }
  }
  return [...byId.values()].sort((a, b) => b.best.score - a.best.score);
}

/** Every non-empty subset of the searches, each as the one search of all its keys, with its sign. */
export function inclusionExclusion(searches: readonly string[]): { search: string; sign: 1 | -1 }[] {
  const out: { search: string; sign: 1 | -1 }[] = [];
  for (let mask = 1; mask < 1 << searches.length; mask++) {
    const keys = new Set<string>();
    let size = 0;
    searches.forEach((s, i) => {
      if (mask & (1 << i)) {
        size++;
        for (const k of s.split(' ')) keys.add(k);
      }
    });
    out.push({ search: [...keys].join(' '), sign: size % 2 === 1 ? 1 : -1 });
  }
  return out;
}

/** Filter counts as Pagefind gives them: facet → value → count. */
export type FilterCounts = Record<string, Record<string, number>>;

/** Adds `counts` times `sign` into `total`. */
export function addCounts(total: FilterCounts, counts: FilterCounts, sign: 1 | -1): FilterCounts {
  for (const [facet, values] of Object.entries(counts)) {
    const into = (total[facet] ??= {});
    for (const [value, n] of Object.entries(values)) into[value] = (into[value] ?? 0) + sign * n;
  }
  return total;
}

/** The results in the order of `order` (ids of every page sorted by date); pages not in it keep their order, last. */
export function orderBy<T extends { best: ScoredResult }>(results: readonly T[], order: readonly string[]): T[] {
  const rank = new Map(order.map((id, i) => [id, i]));
  return [...results].sort((a, b) => (rank.get(a.best.id) ?? Number.MAX_SAFE_INTEGER) - (rank.get(b.best.id) ?? Number.MAX_SAFE_INTEGER));
}

/** Results whose id is in `first` before the others, each part in its own order. */
export function articlesFirst<T extends { best: ScoredResult }>(results: readonly T[], first: ReadonlySet<string>): T[] {
  return [...results.filter((r) => first.has(r.best.id)), ...results.filter((r) => !first.has(r.best.id))];
}
