import { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import { parseWithFriendlyErrors } from '../../../src/check/friendly-errors.ts';

const person = z
  .object({
    id: z.string().regex(/^[a-z-]+$/, 'expected lowercase words joined by hyphens'),
    name: z.string().min(1),
    kind: z.enum(['city', 'town']),
    names: z.array(z.string()).min(1),
    date: z.union([z.object({ value: z.string().regex(/^\d{4}$/, 'expected YYYY') }).strict(), z.object({ from: z.string(), to: z.string() }).strict()]),
  })
  .strict();
const explain = { schemaFile: 'src/schemas/person.ts', fixes: { id: 'write it as in the file name, e.g. bani-walid' } };
const valid = { id: 'sirte', name: 'سرت', kind: 'city', names: ['سرت'], date: { value: '2016' } };

/** The findings for `changes` applied to a valid value, at the prefix ['people', 2]. */
function findings(changes: Record<string, unknown>) {
  const parsed = parseWithFriendlyErrors(person, { ...valid, ...changes }, explain, ['people', 2]);
  if (parsed.success) throw new Error('expected the value to fail');
  return parsed.findings;
}

describe('parseWithFriendlyErrors, the one translation of schema issues', () => {
  it('returns the parsed data when the value passes', () => {
    expect(parseWithFriendlyErrors(person, valid, explain)).toEqual({ success: true, data: valid });
  });

  it('says a field is missing, at its path under the prefix', () => {
    expect(findings({ name: undefined })).toEqual([{ path: ['people', 2, 'name'], code: 'missing-field', arg: 'name', message: '`name` is missing — add it' }]);
  });

  it('names an unknown field and the schema to check its spelling against', () => {
    expect(findings({ nmae: 'سرت' })).toEqual([
      { path: ['people', 2, 'nmae'], code: 'unknown-field', arg: 'nmae', message: 'unknown field «nmae» — check its spelling against src/schemas/person.ts, or remove it' },
    ]);
  });

  it('gives the field’s own fix after the value found and what was expected', () => {
    expect(findings({ id: 'Sirte' })[0]?.message).toBe('«Sirte»: expected lowercase words joined by hyphens — write it as in the file name, e.g. bani-walid');
  });

  it('points at the schema when the field has no fix of its own, and lists the values an enum allows', () => {
    expect(findings({ name: 5 })[0]?.message).toBe('expected string, found 5 — see src/schemas/person.ts');
    expect(findings({ kind: 'village' })[0]?.message).toBe('«village» is not allowed — use one of: city, town');
  });

  it('calls an empty list empty', () => {
    expect(findings({ names: [] })).toMatchObject([{ code: 'empty-list', message: 'the list is empty — give at least one entry' }]);
  });

  it('reads a date union by the branch the editor wrote: a bad `value` is a bad date at `date.value`', () => {
    expect(findings({ date: { value: '16' } })).toEqual([{ path: ['people', 2, 'date', 'value'], code: 'bad-date', arg: '«16»', message: '«16»: expected YYYY — see src/schemas/person.ts' }]);
    expect(findings({ date: 'أمس' })).toMatchObject([{ path: ['people', 2, 'date'], code: 'bad-date', arg: '«أمس»' }]);
  });
});
