/**
 * The names search treats as one, content/aliases.yaml: optional; each group against the schema, and
 * no two groups with one id. Every problem is placed at its line, as the gazetteer's are.
 */
import { parseYamlSource } from '../../lib/yaml-lines.ts';
import { aliasesSchema, type AliasGroup } from '../../schemas/alias.ts';
import { parseWithFriendlyErrors } from '../friendly-errors.ts';
import { placeFindings, yamlSyntaxProblems, type Finding, type Problem } from '../problem.ts';
import type { TextFile } from '../read.ts';

/** Validates the alias text of `file`; returns the groups (none when anything is wrong) and every problem. */
export function validateAliases(text: string, file: string): { groups: AliasGroup[]; problems: Problem[] } {
  const source = parseYamlSource(text);
  if (source.errors.length > 0) return { groups: [], problems: yamlSyntaxProblems(file, source.errors) };
  const data = source.data ?? [];
  const parsed = parseWithFriendlyErrors(aliasesSchema, data, { schemaFile: 'src/schemas/alias.ts' });
  const found: Finding[] = parsed.success ? [] : [...parsed.findings];
  const seen = new Set<string>();
  (Array.isArray(data) ? data : []).forEach((group: unknown, i) => {
    const id = (group as { id?: unknown } | null)?.id;
    if (typeof id !== 'string') return;
    if (seen.has(id)) found.push({ path: [i, 'id'], code: 'duplicate-id', arg: id, message: `the id «${id}» is used by an earlier group — give each group its own id` });
    seen.add(id);
  });
  // The file is a bare list: «aliases[2].names» names the third group as places[2] does in places.yaml.
  const problems = placeFindings(file, found, source.lineOf, (p) => ['aliases', ...p]);
  return { groups: problems.length === 0 && parsed.success ? parsed.data : [], problems };
}

/** Checks the alias file; an archive without one simply has no aliases. */
export function checkAliases(file: TextFile | null): Problem[] {
  return file === null ? [] : validateAliases(file.text, file.file).problems;
}
