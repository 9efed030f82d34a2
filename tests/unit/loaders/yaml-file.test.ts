import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { formatProblem, ProblemsError } from '../../../src/check/format.ts';
import { validatePlaces } from '../../../src/check/rules/places.ts';
import { readYamlFile } from '../../../src/loaders/yaml-file.ts';
import { aliasesSchema } from '../../../src/schemas/alias.ts';
import { placesFileSchema } from '../../../src/schemas/place.ts';

const SIRTE = ['- id: sirte', '  name: سرت', '  latin: Sirte', '  kind: city', '  country: LY', '  region: tripolitania', '  lat: 31.205', '  lon: 16.588', ''].join('\n');

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'yaml-file-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** The gazetteer at `text`, read as the pages read it. */
const readPlaces = (text: string) => {
  const file = join(dir, 'places.yaml');
  writeFileSync(file, text);
  return () => readYamlFile({ file, schema: placesFileSchema, schemaFile: 'src/schemas/place.ts', list: 'places' });
};

describe('a YAML content file read through its schema', () => {
  it('gives the data with the schema’s defaults filled in', () => {
    expect(readPlaces(SIRTE)()).toEqual([expect.objectContaining({ id: 'sirte', name: 'سرت', variants: [], latinVariants: [], traps: [] })]);
  });

  it('gives what an absent file holds when it may be absent, and fails when it may not', () => {
    expect(readYamlFile({ file: join(dir, 'aliases.yaml'), schema: aliasesSchema, schemaFile: 'src/schemas/alias.ts', missing: [] })).toEqual([]);
    expect(() => readYamlFile({ file: join(dir, 'places.yaml'), schema: placesFileSchema, schemaFile: 'src/schemas/place.ts' })).toThrow(/ENOENT/);
  });

  it('throws the very line npm run check prints for an entry that does not pass the schema («village» is not a kind)', () => {
    const text = `${SIRTE}${SIRTE.replace('sirte', 'sirte-2').replace('city', 'village')}`;
    const check = validatePlaces(text, join(dir, 'places.yaml')).problems.map(formatProblem);
    expect(check).toHaveLength(1);
    expect(check[0]).toMatch(/places\.yaml:12 places\[1\]\.kind: قيمة غير مقبولة في الحقل «kind» \/ «village» is not allowed/);
    let error: unknown;
    try {
      readPlaces(text)();
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ProblemsError);
    expect((error as Error).message.split('\n')).toEqual(check);
  });

  it('throws a YAML syntax error at its line, as the check does', () => {
    expect(readPlaces(`${SIRTE}  variants: [سرته\n`)).toThrow(/places\.yaml:\d+ خطأ في صياغة YAML في السطر \d+ \/ YAML syntax: /);
  });

  it('gives names cleaned of a control character and of a right-to-left override left open, as pages show them', () => {
    const [place] = readPlaces(SIRTE.replace('name: سرت', 'name: "سرت\u0007 \u202Eالمدينة"'))();
    expect(place?.name).toBe('سرت المدينة');
  });
});
