/** The ids of a YAML list's entries, valid or not: a reference to an entry with a bad field is not reported again. */
export function entryIds(entries: readonly unknown[]): Set<string> {
  return new Set(entries.flatMap((e) => (e !== null && typeof e === 'object' && typeof (e as { id?: unknown }).id === 'string' ? [(e as { id: string }).id] : [])));
}
