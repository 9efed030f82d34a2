/**
 * The gazetteer, content/places.yaml: every entry against the schema, then what the schema cannot see —
 * coordinates inside the place's country, a region of that country, names the tagger can match and that
 * no other place shares, valid trap patterns, unique ids and a `partOf` that exists. Every problem is
 * reported at once, each at its field's line, so an editor fixes the whole file in one pass.
 */
import { hasArabic, matchKey } from '../../lib/arabic.ts';
import { COUNTRIES, inCountryBox, regionsOf } from '../../lib/places/countries.ts';
import { compilePattern } from '../../lib/places/traps.ts';
import { parseYamlSource } from '../../lib/yaml-lines.ts';
import { placeSchema, type Place } from '../../schemas/place.ts';
import { entryIds } from '../entries.ts';
import { parseWithFriendlyErrors } from '../friendly-errors.ts';
import { placeFindings, yamlSyntaxProblems, type DataPath, type Finding, type Problem } from '../problem.ts';
import type { TextFile } from '../read.ts';

/** How to fix a bad value, per field. */
const FIELD_FIXES: Record<string, string> = {
  id: 'use lowercase ASCII words joined by hyphens, e.g. bani-walid',
  name: 'write the usual Arabic name, e.g. «سرت»',
  variants: 'list other Arabic spellings, e.g. [مصراته]',
  latin: 'write the usual English name, e.g. Misrata',
  latinVariants: 'list other Latin spellings, e.g. [Misurata]',
  kind: 'use one of city, town, district, region, site',
  country: `use an ISO 3166-1 alpha-2 code known to src/lib/places/countries.ts: ${Object.keys(COUNTRIES).join(', ')}`,
  region: 'use tripolitania, cyrenaica or fezzan for Libya, else the country key (tunisia, iraq…)',
  lat: 'give decimal degrees north of the town centre, e.g. 31.205',
  lon: 'give decimal degrees east of the town centre, e.g. 16.588',
  partOf: 'give the id of the place this one lies in, e.g. sirte',
  wikidata: 'give the Q-id only when you are sure of it, else leave the field out',
  note: 'write a sentence, or leave the field out',
  traps: 'each trap needs `why` and at least one condition; see src/schemas/place.ts',
};

const EXPLAIN = { schemaFile: 'src/schemas/place.ts', fixes: FIELD_FIXES };

/** Arabic words separated by single spaces, nothing else: what the tagger can match. */
const WORDS_ONLY = /^\p{L}+( \p{L}+)*$/u;

/** What the schema cannot see in one valid entry, at paths relative to the entry. */
function entryFindings(place: Place): Finding[] {
  const found: Finding[] = [];
  if ((place.lat === undefined) !== (place.lon === undefined)) {
    const missing = place.lat === undefined ? 'lat' : 'lon';
    found.push({ path: [], code: 'coordinates', arg: place.id, message: `field «${missing}» is missing while the other coordinate is given — give both lat and lon, or neither` });
  } else if (place.lat !== undefined && place.lon !== undefined && !inCountryBox(place.country, place.lat, place.lon)) {
    const [w, s, e, n] = COUNTRIES[place.country].bbox;
    found.push({
      path: ['lat'],
      code: 'coordinates',
      arg: place.id,
      message: `(${place.lat}, ${place.lon}) lies outside ${COUNTRIES[place.country].name} (${place.country}: lat ${s}…${n}, lon ${w}…${e}) — check the coordinates (lat north, lon east; not swapped) or the country`,
    });
  }
  if (!regionsOf(place.country).includes(place.region)) {
    found.push({ path: ['region'], code: 'wrong-region', arg: place.region, message: `«${place.region}» is not a region of ${place.country} — use ${regionsOf(place.country).join(' or ')}` });
  }

  const keys = new Map<string, string>();
  const written = [[['name'], place.name] as const, ...place.variants.map((v, k) => [['variants', k], v] as const)];
  for (const [path, name] of written) {
    const key = matchKey(name);
    if (!hasArabic(name) || !WORDS_ONLY.test(key)) {
      found.push({ path, code: 'name-not-arabic', arg: name, message: `«${name}» is not Arabic words separated by spaces — write the name in Arabic letters, without punctuation or digits` });
    } else if (keys.get(key) === name) {
      found.push({ path, code: 'repeated-entry', arg: name, message: `«${name}» is listed twice — remove the repeat` });
    } else if (!keys.has(key)) {
      // Spellings that normalize alike («مصراته» for «مصراتة») are kept for display; the tagger needs one.
      keys.set(key, name);
    }
  }

  place.traps.forEach((trap, t) => {
    for (const field of ['before', 'notBefore', 'after', 'notAfter'] as const) {
      const pattern = trap[field];
      if (pattern === undefined) continue;
      try {
        compilePattern(pattern, field.endsWith('efore') ? 'end' : 'start');
      } catch (error) {
        found.push({ path: ['traps', t, field], code: 'bad-pattern', arg: pattern, message: `invalid pattern (${(error as Error).message}) — write a valid JavaScript regular expression` });
      }
    }
    for (const name of trap.names ?? []) {
      if (!keys.has(matchKey(name))) {
        found.push({ path: ['traps', t, 'names'], code: 'trap-name', arg: name, message: `«${name}» is not a name or variant of this place — list only its own names` });
      }
    }
  });
  return found;
}

/** Across entries: ids and names are unique, `partOf` names another place. Paths start at the entry's index. */
function crossFindings(places: readonly { place: Place; index: number }[], lineOf: (path: DataPath) => number | undefined): Finding[] {
  const found: Finding[] = [];
  const ids = new Map<string, number>();
  const names = new Map<string, { index: number; id: string; written: string }>();
  for (const { place, index } of places) {
    const first = ids.get(place.id);
    if (first !== undefined) {
      found.push({
        path: [index, 'id'],
        code: 'duplicate-id',
        arg: place.id,
        message: `duplicate id «${place.id}», first used by entry ${first + 1} (line ${lineOf([first]) ?? '?'}) — give each place its own id, or merge the two entries`,
      });
    } else {
      ids.set(place.id, index);
    }
    for (const written of [place.name, ...place.variants]) {
      const key = matchKey(written);
      const other = names.get(key);
      if (other && other.id !== place.id) {
        found.push({
          path: written === place.name ? [index, 'name'] : [index, 'variants', place.variants.indexOf(written)],
          code: 'shared-name',
          arg: written,
          message: `«${written}» is also a name of entry ${other.index + 1} (${other.id}, «${other.written}»); the tagger could not tell them apart — keep the name on one place and tell the other apart with a longer variant or a trap`,
        });
      } else if (!other) {
        names.set(key, { index, id: place.id, written });
      }
    }
  }
  for (const { place, index } of places) {
    if (place.partOf !== undefined && (place.partOf === place.id || !ids.has(place.partOf))) {
      found.push({ path: [index, 'partOf'], code: 'unknown-parent', arg: place.partOf, message: `«${place.partOf}» is not another place of the gazetteer — use the id of an existing place` });
    }
  }
  return found;
}

/** The gazetteer's valid places, every id written (so that a place with a bad field is still known), how many entries, and the problems. */
export interface PlacesResult {
  places: Place[];
  ids: Set<string>;
  entries: number;
  problems: Problem[];
}

/** Validates the gazetteer text of `file`, returning the valid places with every problem, each at its field's line. */
export function validatePlaces(text: string, file: string): PlacesResult {
  const source = parseYamlSource(text);
  if (source.errors.length > 0) return { places: [], ids: new Set(), entries: 0, problems: yamlSyntaxProblems(file, source.errors) };
  const data: unknown = source.data;
  if (!Array.isArray(data)) {
    const found = `found ${data == null ? 'nothing' : typeof data}`;
    return {
      places: [],
      ids: new Set(),
      entries: 0,
      problems: [{ file, line: 1, path: '', code: 'file-shape', message: `the file must be a YAML list of places («- id: sirte …»), ${found} — start each place with «- »` }],
    };
  }
  const found: Finding[] = [];
  const valid: { place: Place; index: number }[] = [];
  data.forEach((raw, index) => {
    const parsed = parseWithFriendlyErrors(placeSchema, raw, EXPLAIN, [index]);
    if (!parsed.success) {
      found.push(...parsed.findings);
      return;
    }
    valid.push({ place: parsed.data, index });
    found.push(...entryFindings(parsed.data).map((f) => ({ ...f, path: [index, ...f.path] })));
  });
  found.push(...crossFindings(valid, source.lineOf));
  // The file is a bare list: «places[3].lon» names the fourth entry as events[3] does in events.yaml.
  const problems = placeFindings(file, found, source.lineOf, (p) => ['places', ...p]);
  return { places: valid.map(({ place }) => place), ids: entryIds(data), entries: data.length, problems };
}

/** Checks the gazetteer; a missing file is one problem, since articles and events name its places. */
export function checkPlaces(file: TextFile | null, root: string): PlacesResult {
  if (file === null) {
    return {
      places: [],
      ids: new Set(),
      entries: 0,
      problems: [{ file: `${root}/places.yaml`, path: '', code: 'file-shape', message: 'the gazetteer is missing — restore places.yaml from git' }],
    };
  }
  return validatePlaces(file.text, file.file);
}
