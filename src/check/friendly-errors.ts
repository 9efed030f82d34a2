/**
 * The one translation of schema (Zod) issues into the editor's words, used by every rule, the loaders
 * and the ingest: each issue becomes a finding at its data path, with a rule code, the value found and a
 * fix. The idea is Starlight's `parseWithFriendlyErrors` (utils/error-map.ts): parse once, and never
 * show Zod's own wording to an editor.
 */
import type { z } from 'astro/zod';
import type { DataPath, Finding } from './problem.ts';

/** What the translation needs to know about a schema to say how to fix a value. */
export interface Explain {
  /** The schema's file, named where no better fix is known: «src/schemas/place.ts». */
  schemaFile: string;
  /** How to fix a bad value, by field name («id»: «use lowercase ASCII words joined by hyphens, e.g. bani-walid»). */
  fixes?: Readonly<Record<string, string>>;
}

/** The data as the schema parsed it, or every issue as a finding. */
export type Parsed<T> = { success: true; data: T } | { success: false; findings: Finding[] };

/** A schema issue, as much of it as the translation needs (Zod 4's issue shape). */
interface Issue {
  code: string;
  path: readonly PropertyKey[];
  message: string;
  keys?: string[];
  values?: readonly unknown[];
  expected?: string;
  errors?: Issue[][];
}

/** The value at a path in plain data, or undefined. */
export function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let v = data;
  for (const k of path) v = v !== null && typeof v === 'object' ? (v as Record<PropertyKey, unknown>)[k] : undefined;
  return v;
}

/** A value as a message shows it: strings in «», the rest as JSON. */
export function shown(v: unknown): string {
  // A YAML «!!binary» value: its bytes mean nothing to an editor.
  if (v instanceof Uint8Array) return 'binary data (a !!binary value)';
  return typeof v === 'string' ? `«${v}»` : (JSON.stringify(v) ?? String(v));
}

/** Which union branch the editor meant: `{ value }` is the first, `{ from, to }` the second. */
function unionBranch(issue: Issue, input: unknown): Issue[] | undefined {
  const branches = issue.errors ?? [];
  if (input !== null && typeof input === 'object') {
    if ('value' in input) return branches[0];
    if ('from' in input || 'to' in input) return branches[1];
  }
  return undefined;
}

/** Keys under which a value is a date, so a bad value there is reported as a date that does not parse. */
const DATE_KEYS = new Set(['date', 'dates', 'published', 'value', 'from', 'to']);

/** «what — fix»: the schema's message when it already says how to fix it, else the field's fix, else the schema to read. */
function withFix(what: string, path: readonly PropertyKey[], explain: Explain): string {
  if (what.includes(' — ')) return what;
  const names = path.filter((k): k is string => typeof k === 'string');
  const fix = explain.fixes?.[names[names.length - 1] ?? ''] ?? explain.fixes?.[names[0] ?? ''] ?? `see ${explain.schemaFile}`;
  return `${what} — ${fix}`;
}

/** One issue as findings: `value` is what was parsed, `prefix` where it sits in its file, `own` the issue's path in `value`. */
function describe(issue: Issue, value: unknown, prefix: DataPath, explain: Explain, own: readonly PropertyKey[] = issue.path): Finding[] {
  const path = [...prefix, ...own] as (string | number)[];
  const input = valueAt(value, own);
  const last = path[path.length - 1];
  const arg = last === undefined ? undefined : String(last);
  const isDate = own.some((k) => typeof k === 'string' && DATE_KEYS.has(k)) && typeof input === 'string';
  switch (issue.code) {
    case 'unrecognized_keys':
      return (issue.keys ?? []).map((k) => ({
        path: [...path, k],
        code: 'unknown-field' as const,
        arg: k,
        message: `unknown field «${k}» — check its spelling against ${explain.schemaFile}, or remove it`,
      }));
    case 'invalid_union': {
      const branch = unionBranch(issue, input);
      if (branch) return branch.flatMap((sub) => describe(sub, value, prefix, explain, [...own, ...sub.path]));
      return [{ path, code: 'bad-date', arg: shown(input), message: `expected a date: { value: YYYY | YYYY-MM | YYYY-MM-DD } or { from: …, to: … }, found ${shown(input)}` }];
    }
    case 'invalid_type':
      // The whole file is not the shape its schema reads (a list, a line of text): no field to name.
      if (path.length === 0) return [{ path, code: 'file-shape', message: `expected ${issue.expected === 'object' ? 'fields, one `name: value` a line' : (issue.expected ?? 'another shape')}, found ${input === undefined ? 'nothing' : shown(input)} — see ${explain.schemaFile}` }];
      if (input === undefined) return [{ path, code: 'missing-field', arg, message: `\`${String(last)}\` is missing — add it` }];
      return [{ path, code: 'invalid-value', arg, message: withFix(`expected ${issue.expected ?? 'another type'}, found ${shown(input)}`, own, explain) }];
    case 'invalid_value':
      return [{ path, code: 'invalid-value', arg, message: `${shown(input)} is not allowed — use one of: ${(issue.values ?? []).map(String).join(', ')}` }];
    case 'too_small':
      if (Array.isArray(input)) return [{ path, code: 'empty-list', arg, message: `the list is empty — give at least one entry` }];
      return [{ path, code: 'invalid-value', arg, message: withFix(`${shown(input)}: ${issue.message}`, own, explain) }];
    default:
      if (isDate) return [{ path, code: 'bad-date', arg: shown(input), message: withFix(`${shown(input)}: ${issue.message}`, own, explain) }];
      return [{ path, code: 'invalid-value', arg, message: withFix(input === undefined || typeof input === 'object' ? issue.message : `${shown(input)}: ${issue.message}`, own, explain) }];
  }
}

/** Parses `value` with `schema`; on failure, every issue as a finding at its path under `prefix` (where the value sits in its file). */
export function parseWithFriendlyErrors<S extends z.ZodType>(schema: S, value: unknown, explain: Explain, prefix: DataPath = []): Parsed<z.output<S>> {
  const parsed = schema.safeParse(value);
  if (parsed.success) return { success: true, data: parsed.data };
  return { success: false, findings: (parsed.error.issues as unknown as Issue[]).flatMap((issue) => describe(issue, value, prefix, explain)) };
}
