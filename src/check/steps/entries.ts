/** The raw entries of a YAML list, valid or not: what the summary counts and what references may name. */
import { valueAt } from '../../lib/problems.ts';
import { parseYamlSource } from '../../lib/yaml-lines.ts';

/** The list at `path` in a YAML text; empty when the text does not parse or holds no list there. */
export function yamlEntries(text: string, path: readonly (string | number)[]): unknown[] {
  const list = valueAt(parseYamlSource(text).data, path);
  return Array.isArray(list) ? list : [];
}

/** The `id` of each entry that has a string id. */
export function entryIds(entries: readonly unknown[]): Set<string> {
  return new Set(entries.flatMap((e) => (e !== null && typeof e === 'object' && typeof (e as { id?: unknown }).id === 'string' ? [(e as { id: string }).id] : [])));
}
