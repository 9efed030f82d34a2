import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formatProblem } from '../../../../src/check/format.ts';
import { validatePlaces } from '../../../../src/check/rules/places.ts';
import { normalizeArabic } from '../../../../src/lib/arabic.ts';

const GAZETTEER = readFileSync('content/places.yaml', 'utf8');

/** A valid entry as YAML lines, with fields replaced or added. */
function entry(fields: Record<string, string>): string {
  const base: Record<string, string> = {
    id: 'sirte',
    name: 'سرت',
    latin: 'Sirte',
    kind: 'city',
    country: 'LY',
    region: 'tripolitania',
    lat: '31.205',
    lon: '16.588',
  };
  const merged = { ...base, ...fields };
  return Object.entries(merged)
    .filter(([, v]) => v !== '')
    .map(([k, v], i) => `${i === 0 ? '- ' : '  '}${k}: ${v}`)
    .join('\n');
}

/** The lines the check prints for a gazetteer text; fails the test when it finds nothing. */
function problems(yaml: string): readonly string[] {
  const lines = validatePlaces(yaml, 'content/places.yaml').problems.map(formatProblem);
  expect(lines.length).toBeGreaterThan(0);
  return lines;
}

describe('the gazetteer content/places.yaml', () => {
  const { places, problems: found } = validatePlaces(GAZETTEER, 'content/places.yaml');

  it('passes the check', () => {
    expect(found.map(formatProblem)).toEqual([]);
  });
  const byId = new Map(places.map((p) => [p.id, p]));

  it('holds every canonical id the seed articles need', () => {
    const required = [
      'sirte', 'tripoli', 'misrata', 'derna', 'benghazi', 'tobruk', 'al-bayda', 'al-khums', 'sabratha',
      'bani-walid', 'bin-jawad', 'al-sidada', 'nawfaliya', 'jabal-al-akhdar', 'cyrenaica', 'fezzan',
      'giza-bahriya', 'ben-guerdane', 'tunis', 'sousse', 'bardo', 'in-amenas', 'tiguentourine', 'skhirat',
      'mosul', 'raqqa', 'deir-ez-zor', 'sukhnah',
    ];
    expect(required.filter((id) => !byId.has(id))).toEqual([]);
  });

  it('holds the seat of each of the 22 Libyan districts of 2007', () => {
    const seats = [
      'tobruk', 'derna', 'al-bayda', 'al-marj', 'benghazi', 'ajdabiya', 'kufra', 'sirte', 'hun', 'misrata',
      'al-khums', 'tripoli', 'al-aziziya', 'zawiya', 'zuwara', 'gharyan', 'nalut', 'brak', 'sabha', 'ubari',
      'ghat', 'murzuq',
    ];
    expect(seats).toHaveLength(22);
    expect(seats.filter((id) => byId.get(id)?.country !== 'LY')).toEqual([]);
  });

  it('holds the coastal towns between Tripoli and Benghazi', () => {
    const coast = ['zliten', 'al-khums', 'misrata', 'tawergha', 'sirte', 'nawfaliya', 'bin-jawad', 'ras-lanuf', 'brega', 'zuwetina', 'ajdabiya'];
    expect(coast.filter((id) => !byId.has(id))).toEqual([]);
  });

  it('puts the reference towns where a map of Libya has them', () => {
    const at = (id: string) => [byId.get(id)?.lat, byId.get(id)?.lon];
    expect(at('sirte')).toEqual([31.205, 16.588]);
    expect(at('misrata')).toEqual([32.375, 15.092]);
    expect(at('derna')).toEqual([32.767, 22.639]);
    expect(at('benghazi')).toEqual([32.117, 20.067]);
    expect(at('tripoli')).toEqual([32.887, 13.191]);
  });

  it('orders the coast west to east: Zuwara, Zawiya, Tripoli, Khums, Misrata, Sirte, Ras Lanuf, Brega, Benghazi, Derna, Tobruk', () => {
    const lons = ['zuwara', 'zawiya', 'tripoli', 'al-khums', 'misrata', 'sirte', 'ras-lanuf', 'brega', 'benghazi', 'derna', 'tobruk'].map(
      (id) => byId.get(id)?.lon ?? NaN,
    );
    expect([...lons].sort((a, b) => a - b)).toEqual(lons);
  });

  it('puts the Fezzan towns south of the 28th parallel and the coast north of the 30th', () => {
    for (const id of ['sabha', 'ubari', 'murzuq', 'ghat', 'brak']) expect(byId.get(id)?.lat).toBeLessThan(28);
    for (const id of ['tripoli', 'misrata', 'sirte', 'benghazi', 'derna', 'tobruk', 'ajdabiya', 'brega']) {
      expect(byId.get(id)?.lat).toBeGreaterThan(30);
    }
  });

  it('leaves off the map only places it explains in a note', () => {
    const unplaced = places.filter((p) => p.lat === undefined);
    expect(unplaced.map((p) => p.id).sort()).toEqual(['al-sidada', 'giza-bahriya', 'zuwetina']);
    for (const p of unplaced) expect(p.note).toMatch(/not known well enough/);
  });

  it('records «الجيزة البحرية» as a district of Sirte', () => {
    expect(byId.get('giza-bahriya')).toMatchObject({ kind: 'site', partOf: 'sirte', name: 'الجيزة البحرية' });
  });

  it('keeps the spellings «مصراتة» and «مصراته», «ابن قردان» and «بن قردان»', () => {
    expect([byId.get('misrata')?.name, ...(byId.get('misrata')?.variants ?? [])]).toEqual(['مصراتة', 'مصراته']);
    expect(byId.get('ben-guerdane')?.variants).toContain('ابن قردان');
    expect(byId.get('misrata')?.latinVariants).toContain('Misurata');
    expect(byId.get('sirte')?.latinVariants).toEqual(expect.arrayContaining(['Surt', 'Sirt']));
  });

  it('groups Libyan places by historical region and others by country', () => {
    expect(byId.get('derna')?.region).toBe('cyrenaica');
    expect(byId.get('sabha')?.region).toBe('fezzan');
    expect(byId.get('zawiya')?.region).toBe('tripolitania');
    expect(byId.get('mosul')?.region).toBe('iraq');
    expect(byId.get('ben-guerdane')?.region).toBe('tunisia');
  });

  it('gives no two places the same name once normalized', () => {
    const owner = new Map<string, string>();
    for (const p of places) {
      for (const n of [p.name, ...p.variants]) {
        const key = normalizeArabic(n);
        expect(owner.get(key) ?? p.id, `«${n}»`).toBe(p.id);
        owner.set(key, p.id);
      }
    }
  });
});

describe('the gazetteer rule reports a broken gazetteer', () => {
  it('reads a valid entry with defaults filled in', () => {
    const [sirte] = validatePlaces(entry({}), 'content/places.yaml').places;
    expect(sirte).toMatchObject({ id: 'sirte', name: 'سرت', variants: [], latinVariants: [], traps: [] });
  });

  it('reports a YAML syntax error with its line', () => {
    const [p] = problems(`${entry({})}\n  variants: [مصراته\n`);
    expect(p).toMatch(/^content\/places\.yaml:\d+ خطأ في صياغة YAML في السطر \d+ \/ YAML syntax: .* — check indentation/);
  });

  it('reports a file that is not a list', () => {
    expect(problems('id: sirte\nname: سرت\n')[0]).toMatch(/^content\/places\.yaml:1 بنية الملف غير صحيحة \/ the file must be a YAML list of places/);
  });

  it('reports a duplicate id at the second entry, naming the first', () => {
    const [p] = problems(`${entry({})}\n${entry({ name: 'سرتة', latin: 'Sirte again' })}`);
    expect(p).toBe(
      'content/places.yaml:9 places[1].id: المعرّف «sirte» مكرّر / duplicate id «sirte», first used by entry 1 (line 1) — give each place its own id, or merge the two entries',
    );
  });

  it('reports a name shared by two places once normalized: «مصراتة» and «مصراته»', () => {
    const yaml = `${entry({ id: 'misrata', name: 'مصراتة', latin: 'Misrata', lat: '32.375', lon: '15.092' })}\n${entry({ id: 'misurata', name: 'مصراته', latin: 'Misurata', lat: '32.375', lon: '15.092' })}`;
    const [p] = problems(yaml);
    expect(p).toMatch(/^content\/places\.yaml:10 places\[1\]\.name: الاسم «مصراته» يخص مكانًا آخر أيضًا \/ «مصراته» is also a name of entry 1 \(misrata, «مصراتة»\)/);
  });

  it('reports a variant of one place that is the name of another', () => {
    const yaml = `${entry({})}\n${entry({ id: 'sirte-district', name: 'شعبية سرت', variants: '[سرت]', latin: 'Sirte District', kind: 'district' })}`;
    expect(problems(yaml)[0]).toMatch(/places\[1\]\.variants\[0\]: .*«سرت» is also a name of entry 1 \(sirte/);
  });

  it('reports coordinates outside the country, e.g. latitude and longitude swapped', () => {
    const [p] = problems(entry({ lat: '16.588', lon: '31.205' }));
    expect(p).toBe(
      'content/places.yaml:7 places[0].lat: إحداثيات المكان «sirte» غير صحيحة / (16.588, 31.205) lies outside Libya (LY: lat 19.49…33.19, lon 9.31…25.16) — check the coordinates (lat north, lon east; not swapped) or the country',
    );
  });

  it('reports Ben Guerdane placed in Tunisia with Libyan coordinates', () => {
    const yaml = entry({ id: 'ben-guerdane', name: 'بن قردان', latin: 'Ben Guerdane', country: 'TN', region: 'tunisia', lat: '32.9', lon: '12.1' });
    expect(problems(yaml)[0]).toMatch(/lies outside Tunisia/);
  });

  it('reports a latitude without a longitude at the entry', () => {
    expect(problems(entry({ lon: '' }))[0]).toMatch(/^content\/places\.yaml:1 places\[0\]: .* \/ field «lon» is missing while the other coordinate is given — give both/);
  });

  it('reports a region that does not belong to the country', () => {
    expect(problems(entry({ region: 'iraq' }))[0]).toMatch(/places\[0\]\.region: .* \/ «iraq» is not a region of LY — use tripolitania or cyrenaica or fezzan/);
  });

  it('reports a bad field value with the field and how to fix it', () => {
    const [p] = problems(entry({ id: 'Sirte City' }));
    expect(p).toMatch(/^content\/places\.yaml:1 places\[0\]\.id: قيمة غير مقبولة في الحقل «id» \/ «Sirte City»: .* — use lowercase ASCII words joined by hyphens, e.g. bani-walid$/);
    expect(problems(entry({ kind: 'village' }))[0]).toMatch(/places\[0\]\.kind: .* \/ «village» is not allowed — use one of: city, town, district, region, site/);
  });

  it('reports a misspelt field name', () => {
    expect(problems(entry({ varients: '[سرته]' }))[0]).toMatch(/places\[0\]\.varients: حقل غير معروف «varients» \/ unknown field «varients» — check its spelling against src\/schemas\/place\.ts, or remove it/);
  });

  it('reports a country it has no bounding box for, listing those it knows', () => {
    expect(problems(entry({ country: 'XX' }))[0]).toMatch(/places\[0\]\.country: .* \/ «XX» is not allowed — use one of: LY, /);
  });

  it('reports a name written in Latin letters or with punctuation', () => {
    expect(problems(entry({ name: 'Sirte' }))[0]).toMatch(/places\[0\]\.name: الاسم «Sirte» ليس كلمات عربية \/ «Sirte» is not Arabic words/);
    expect(problems(entry({ variants: '["سرت (المدينة)"]' }))[0]).toMatch(/places\[0\]\.variants\[0\]: .* \/ «سرت \(المدينة\)» is not Arabic words/);
  });

  it('reports a partOf that names no place', () => {
    expect(problems(entry({ partOf: 'sirt' }))[0]).toMatch(/places\[0\]\.partOf: المكان الأم «sirt» غير موجود \/ «sirt» is not another place/);
  });

  it('reports an invalid trap pattern and a trap on a name the place does not have', () => {
    const traps = `\n  traps:\n    - why: test\n      after: '(?:شائعات'\n    - why: test\n      names: [طرابلس]\n      nextWord: [شائعات]`;
    const ps = problems(entry({}) + traps);
    expect(ps[0]).toMatch(/places\[0\]\.traps\[0\]\.after: .* \/ invalid pattern/);
    expect(ps[1]).toMatch(/places\[0\]\.traps\[1\]\.names: .* \/ «طرابلس» is not a name or variant of this place/);
  });

  it('reports a misspelt trap condition with its path', () => {
    expect(problems(`${entry({})}\n  traps:\n    - why: test\n      nextWords: [شائعات]`)[0]).toMatch(/places\[0\]\.traps\[0\]\.nextWords: حقل غير معروف/);
  });

  it('reports a trap without any condition', () => {
    expect(problems(`${entry({})}\n  traps:\n    - why: nothing to test`)[0]).toMatch(/a trap needs at least one condition/);
  });

  it('lists every problem of the file, one line each, each at its field', () => {
    const yaml = [
      entry({ lat: '16.588', lon: '31.205' }),
      entry({ id: 'sirte', name: 'مصراتة', latin: 'Misrata', kind: 'village' }),
      entry({ id: 'derna', name: 'سرت', latin: 'Derna', region: 'fezzan', lat: '32.767', lon: '22.639' }),
    ].join('\n');
    expect(problems(yaml)).toEqual([
      expect.stringMatching(/^content\/places\.yaml:7 places\[0\]\.lat: /),
      expect.stringMatching(/^content\/places\.yaml:12 places\[1\]\.kind: /),
      expect.stringMatching(/^content\/places\.yaml:18 places\[2\]\.name: .*«سرت» is also a name of entry 1/),
    ]);
  });
});
