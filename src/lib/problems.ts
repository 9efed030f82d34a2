/**
 * What a content check reports: one problem per thing wrong, with the file, the line, the data path,
 * a code naming the rule (the key of its Arabic wording) and the English message with its fix.
 * Shared by the events check, the gazetteer and the articles check so that every rule speaks alike.
 */

/** A path into parsed data: keys and list indexes. */
export type DataPath = readonly (string | number)[];

/** Every rule a content check can break; src/check/messages.ts words each one in Arabic. */
export const PROBLEM_CODES = [
  'yaml-syntax',
  'file-shape',
  'unknown-field',
  'missing-field',
  'invalid-value',
  'bad-date',
  'empty-list',
  'duplicate-id',
  'repeated-entry',
  'unknown-place',
  'unknown-article',
  'quote-not-found',
  'date-conflict',
  'coordinates',
  'wrong-region',
  'name-not-arabic',
  'bad-pattern',
  'trap-name',
  'shared-name',
  'unknown-parent',
  'slug-mismatch',
  'duplicate-slug',
  'duplicate-source',
  'missing-source',
  'missing-meta',
  'sha256-mismatch',
  'markup',
  'long-paragraph',
] as const;

/** The name of a rule. */
export type ProblemCode = (typeof PROBLEM_CODES)[number];

/** One thing wrong in a content file. */
export interface Problem {
  /** The file as the editor knows it, e.g. content/events.yaml. */
  file: string;
  /** 1-based line in the file, when the source text was given. */
  line?: number;
  /** Where in the data: «events[7].claims[1].quote»; empty for the file as a whole. */
  path: string;
  /** What is wrong and how to fix it, in one line of English: «what — fix». */
  message: string;
  /** The rule broken, which selects the Arabic wording. */
  code: ProblemCode;
  /** The value the Arabic wording names (an id, a slug, a field), when it names one. */
  arg?: string;
}

/** A problem before it is placed in a file: its data path, rule and message. */
export interface Finding {
  path: DataPath;
  code: ProblemCode;
  message: string;
  arg?: string;
}

/** One problem per YAML syntax error, at its line (shifted by `lineOffset` for frontmatter after a «---» line). */
export function yamlSyntaxProblems(file: string, errors: readonly { line: number; message: string }[], lineOffset = 0): Problem[] {
  return errors.map((e) => {
    const line = e.line + lineOffset;
    return { file, line, path: '', code: 'yaml-syntax', arg: String(line), message: `YAML syntax: ${e.message} — check indentation, quotes and brackets on that line` };
  });
}

/** «events[7].claims[1].quote» for ['events', 7, 'claims', 1, 'quote']. */
export function formatPath(path: DataPath): string {
  return path.map((k, i) => (typeof k === 'number' ? `[${k}]` : i === 0 ? k : `.${k}`)).join('');
}

/** «content/events.yaml:41 events[7].claims[1].quote: quote not found …». */
export function formatProblem(p: Pick<Problem, 'file' | 'line' | 'path' | 'message'>): string {
  return `${p.file}${p.line === undefined ? '' : `:${p.line}`} ${p.path ? `${p.path}: ` : ''}${p.message}`;
}

/** Findings placed in a file: each gets its line from `lineOf` (when known) and its path written out. */
export function placeFindings(
  file: string,
  found: readonly Finding[],
  lineOf: (path: DataPath) => number | undefined,
  shown: (path: DataPath) => DataPath = (p) => p,
): Problem[] {
  return found.map(({ path, code, message, arg }) => {
    const line = lineOf(path);
    return { file, ...(line === undefined ? {} : { line }), path: formatPath(shown(path)), message, code, ...(arg === undefined ? {} : { arg }) };
  });
}

/** A schema issue, as much of it as the messages need (Zod 4's issue shape). */
export interface Issue {
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

/** One schema issue as findings with data paths and editor-facing messages; `schemaFile` is named in the fix. */
export function describeIssue(issue: Issue, data: unknown, prefix: readonly PropertyKey[], schemaFile: string): Finding[] {
  const path = [...prefix, ...issue.path] as (string | number)[];
  const input = valueAt(data, path);
  const last = path[path.length - 1];
  const arg = last === undefined ? undefined : String(last);
  const isDate = path.some((k) => typeof k === 'string' && DATE_KEYS.has(k)) && typeof input === 'string';
  switch (issue.code) {
    case 'unrecognized_keys':
      return (issue.keys ?? []).map((k) => ({
        path: [...path, k],
        code: 'unknown-field' as const,
        arg: k,
        message: `unknown field «${k}» — check its spelling against ${schemaFile}, or remove it`,
      }));
    case 'invalid_union': {
      const branch = unionBranch(issue, input);
      if (branch) return branch.flatMap((sub) => describeIssue(sub, data, path, schemaFile));
      return [{ path, code: 'bad-date', arg: shown(input), message: `expected a date: { value: YYYY | YYYY-MM | YYYY-MM-DD } or { from: …, to: … }, found ${shown(input)}` }];
    }
    case 'invalid_type':
      if (input === undefined) return [{ path, code: 'missing-field', arg, message: `\`${String(last)}\` is missing — add it` }];
      return [{ path, code: 'invalid-value', arg, message: `expected ${issue.expected ?? 'another type'}, found ${shown(input)}` }];
    case 'invalid_value':
      return [{ path, code: 'invalid-value', arg, message: `${shown(input)} is not allowed — use one of: ${(issue.values ?? []).map(String).join(', ')}` }];
    case 'too_small':
      if (Array.isArray(input)) return [{ path, code: 'empty-list', arg, message: `the list is empty — give at least one entry` }];
      return [{ path, code: 'invalid-value', arg, message: `${shown(input)}: ${issue.message}` }];
    default:
      if (isDate) return [{ path, code: 'bad-date', arg: shown(input), message: `${shown(input)}: ${issue.message}` }];
      return [{ path, code: 'invalid-value', arg, message: input === undefined || typeof input === 'object' ? issue.message : `${shown(input)}: ${issue.message}` }];
  }
}
