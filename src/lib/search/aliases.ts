/**
 * content/aliases.yaml read and checked: the one implementation used by `npm run check` and by the
 * build (src/data/search.ts). Every problem is placed at its line, as the gazetteer's are.
 */
import { describeIssue, placeFindings, yamlSyntaxProblems, type Finding, type Problem } from '../problems.ts';
import { parseYamlSource } from '../yaml-lines.ts';
import { aliasesSchema, type AliasGroup } from '../../schemas/alias.ts';

/** Validates the alias file; returns the groups (empty when anything is wrong) and every problem. */
export function validateAliases(yamlText: string, file = 'content/aliases.yaml'): { groups: AliasGroup[]; problems: Problem[] } {
  const source = parseYamlSource(yamlText);
  if (source.errors.length > 0) {
    return {
      groups: [],
      problems: yamlSyntaxProblems(file, source.errors),
    };
  }
  const data = source.data ?? [];
  const found: Finding[] = [];
  const parsed = aliasesSchema.safeParse(data);
  if (!parsed.success) for (const issue of parsed.error.issues) found.push(...describeIssue(issue, data, [], 'src/schemas/alias.ts'));
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
