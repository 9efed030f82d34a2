import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formatProblem } from '../../../../src/check/format.ts';
import { validateAliases } from '../../../../src/check/rules/aliases.ts';
import { run } from '../../../../src/check/run.ts';

describe('the alias file', () => {
  it('reads the committed content/aliases.yaml with «داعش» and «تنظيم الدولة» in one group', () => {
    const { groups, problems } = validateAliases(readFileSync('content/aliases.yaml', 'utf8'), 'content/aliases.yaml');
    expect(problems).toEqual([]);
    expect(groups.find((g) => g.names.includes('داعش'))?.names).toContain('تنظيم الدولة');
  });

  it('names the line and the field of a group without names, an unknown field and a repeated id', () => {
    const text = ['- id: islamic-state', '  label: داعش', '  names: [داعش]', '- id: islamic-state', '  label: تنظيم الدولة', '  names: []', '  nmaes: [x]', ''].join('\n');
    const lines = validateAliases(text, 'content/aliases.yaml').problems.map(formatProblem);
    expect(lines).toContain('content/aliases.yaml:6 aliases[1].names: القائمة «names» فارغة / the list is empty — give at least one entry');
    expect(lines.some((l) => l.startsWith('content/aliases.yaml:7 aliases[1].nmaes: حقل غير معروف «nmaes» / unknown field «nmaes»'))).toBe(true);
    expect(lines.some((l) => l.startsWith('content/aliases.yaml:4 aliases[1].id: المعرّف «islamic-state» مكرّر / the id «islamic-state» is used by an earlier group'))).toBe(true);
  });

  it('reports a YAML syntax error at its line and returns no group', () => {
    const { groups, problems } = validateAliases('- id: x\n  names: [داعش\n', 'content/aliases.yaml');
    expect(groups).toEqual([]);
    // The unclosed «[» is found where the text ends, on line 3.
    expect(problems[0]).toMatchObject({ code: 'yaml-syntax', line: 3, arg: '3' });
    expect(formatProblem(problems[0]!)).toMatch(/^content\/aliases\.yaml:3 .*في السطر 3 \/ YAML syntax/);
  });

  it('is part of npm run check: the real content passes, with the aliases read', () => {
    expect(run('content').problems.filter((p) => p.file.endsWith('aliases.yaml'))).toEqual([]);
  });
});
