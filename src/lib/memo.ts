/**
 * A memo of a pure function of a string, for work repeated over a whole archive (a word's keys, the names
 * it may start): past `limit` entries it starts again rather than grow with the archive's vocabulary.
 */
export function boundedMemo<T>(compute: (key: string) => T, limit = 200_000): (key: string) => T {
  const memo = new Map<string, T>();
  return (key) => {
    let value = memo.get(key);
    if (value === undefined) {
      value = compute(key);
      if (memo.size >= limit) memo.clear();
      memo.set(key, value);
    }
    return value;
  };
}
