/**
 * Reads content/places.yaml into validated places. Every problem is collected and reported at once,
 * each with the file, the line, the entry, the field, what is wrong and how to fix it, so an editor
 * fixes the whole file in one pass and the build fails before anything wrong is published.
 */
import { hasArabic, matchKey } from '../arabic.ts';
import { formatPath, valueAt, type DataPath, type Problem, type ProblemCode } from '../problems.ts';
import { parseYamlSource } from '../yaml-lines.ts';
import { placeSchema, type Place } from '../../schemas/place.ts';
import { COUNTRIES, inCountryBox, regionsOf } from './countries.ts';
import { compilePattern } from './traps.ts';

/** The gazetteer could not be read: `problems` holds one line per problem, the message all of them. */
export class GazetteerError extends Error {
  /** One human-readable sentence per problem, each starting with «file:line». */
  readonly problems: readonly string[];

  constructor(file: string, problems: readonly string[]) {
    const noun = problems.length === 1 ? 'problem' : 'problems';
    super(`${file}: ${problems.length} ${noun} in the gazetteer:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'GazetteerError';
    this.problems = problems;
  }
}

/** How to fix a bad value, per field: appended to the schema's own message. */
const FIELD_HINTS: Record<string, string> = {
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

/** Arabic words separated by single spaces, nothing else: what the tagger can match. */
const WORDS_ONLY = /^\p{L}+( \p{L}+)*$/u;

/** One problem of the gazetteer, before it is written for the build's error or for `npm run check`. */
interface Found {
  /** The entry (0-based), or undefined for the file as a whole. */
  index?: number;
  /** The line, for a problem of the file as a whole (a syntax error); else the line of `field`. */
  line?: number;
  /** The entry's id as written, for the build's message. */
  id?: string | undefined;
  /** Where in the entry: ['traps', 0, 'before']; the line of the problem is this node's line. */
  field: DataPath;
  /** «field «kind»» as the build's message names it; empty when `what` names the field itself. */
  head: string;
  what: string;
  fix: string;
  code: ProblemCode;
  arg?: string;
}

/** Everything found in a gazetteer text: the valid places, the problems and the source's line lookup. */
interface Reading {
  places: Place[];
  found: Found[];
  lineOf: (path: DataPath) => number | undefined;
}

/** Reads the gazetteer and collects every problem: the one implementation of the gazetteer's rules. */
function readGazetteer(yamlText: string): Reading {
  const source = parseYamlSource(yamlText);
  const { lineOf } = source;
  const found: Found[] = [];
  if (source.errors.length > 0) {
    for (const e of source.errors) {
      found.push({ line: e.line, field: [], head: '', what: `YAML syntax: ${e.message}`, fix: 'check indentation, quotes and brackets on that line', code: 'yaml-syntax', arg: String(e.line) });
    }
    return { places: [], found, lineOf };
  }
  const data: unknown = source.data;
  if (!Array.isArray(data)) {
    found.push({
      line: 1,
      field: [],
      head: '',
      what: `the file must be a YAML list of places («- id: sirte …»), found ${data == null ? 'nothing' : typeof data}`,
      fix: 'start each place with «- »',
      code: 'file-shape',
    });
    return { places: [], found, lineOf };
  }

  const places: { place: Place; index: number }[] = [];
  data.forEach((raw, index) => {
    const rawId = typeof raw === 'object' && raw !== null && 'id' in raw ? String((raw as { id: unknown }).id) : undefined;
    const parsed = placeSchema.safeParse(raw);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        const keys = 'keys' in issue ? (issue.keys as string[]) : [];
        const field = [...issue.path.map(String), keys.join(', ')].filter(Boolean).join('.');
        const fields = issue.path.length === 0 ? Object.keys(FIELD_HINTS).join(', ') : 'see src/schemas/place.ts';
        const unknown = issue.code === 'unrecognized_keys';
        const fix = unknown ? `remove or rename it (fields: ${fields})` : (FIELD_HINTS[String(issue.path[0])] ?? 'see src/schemas/place.ts');
        const path = [...issue.path, ...keys.slice(0, 1)] as (string | number)[];
        const missing = issue.code === 'invalid_type' && valueAt(raw, issue.path) === undefined;
        found.push({
          index,
          id: rawId,
          field: path,
          head: `field «${field}»`,
          what: issue.message,
          fix,
          code: unknown ? 'unknown-field' : missing ? 'missing-field' : 'invalid-value',
          arg: field,
        });
      }
      return;
    }
    const place = parsed.data;
    places.push({ place, index });
    const at = (field: DataPath, head: string, what: string, fix: string, code: ProblemCode, arg?: string) =>
      found.push({ index, id: place.id, field, head, what, fix, code, ...(arg === undefined ? {} : { arg }) });

    if ((place.lat === undefined) !== (place.lon === undefined)) {
      const missing = place.lat === undefined ? 'lat' : 'lon';
      at([], '', `field «${missing}» is missing while the other coordinate is given`, 'give both lat and lon, or neither', 'coordinates', place.id);
    } else if (place.lat !== undefined && place.lon !== undefined && !inCountryBox(place.country, place.lat, place.lon)) {
      const [w, s, e, n] = COUNTRIES[place.country].bbox;
      at(
        ['lat'],
        'fields «lat, lon»',
        `(${place.lat}, ${place.lon}) lies outside ${COUNTRIES[place.country].name} (${place.country}: lat ${s}…${n}, lon ${w}…${e})`,
        'check the coordinates (lat north, lon east; not swapped) or the country',
        'coordinates',
        place.id,
      );
    }
    if (!regionsOf(place.country).includes(place.region)) {
      at(['region'], 'field «region»', `«${place.region}» is not a region of ${place.country}`, `use ${regionsOf(place.country).join(' or ')}`, 'wrong-region', place.region);
    }

    const keys = new Map<string, string>();
    const written = [['name', place.name] as const, ...place.variants.map((v, k) => [['variants', k], v] as const)];
    for (const [field, name] of written) {
      const path: DataPath = typeof field === 'string' ? [field] : field;
      const label = String(path[0]);
      const key = matchKey(name);
      if (!hasArabic(name) || !WORDS_ONLY.test(key)) {
        at(path, `field «${label}»`, `«${name}» is not Arabic words separated by spaces`, 'write the name in Arabic letters, without punctuation or digits', 'name-not-arabic', name);
      } else if (keys.get(key) === name) {
        at(path, `field «${label}»`, `«${name}» is listed twice`, 'remove the repeat', 'repeated-entry', name);
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
          at(['traps', t, field], `field «traps.${t}.${field}»`, `invalid pattern (${(error as Error).message})`, 'write a valid JavaScript regular expression', 'bad-pattern', pattern);
        }
      }
      for (const name of trap.names ?? []) {
        if (!keys.has(matchKey(name))) {
          at(['traps', t, 'names'], `field «traps.${t}.names»`, `«${name}» is not a name or variant of this place`, 'list only its own names', 'trap-name', name);
        }
      }
    });
  });

  // Cross-entry checks: ids and names are unique, partOf points at a place.
  const ids = new Map<string, number>();
  const names = new Map<string, { index: number; id: string; written: string }>();
  for (const { place, index } of places) {
    const first = ids.get(place.id);
    if (first !== undefined) {
      found.push({
        index,
        id: place.id,
        field: ['id'],
        head: 'field «id»',
        what: `duplicate id «${place.id}», first used by entry ${first + 1} (line ${lineOf([first]) ?? '?'})`,
        fix: 'give each place its own id, or merge the two entries',
        code: 'duplicate-id',
        arg: place.id,
      });
    } else {
      ids.set(place.id, index);
    }
    for (const written of [place.name, ...place.variants]) {
      const key = matchKey(written);
      const other = names.get(key);
      if (other && other.id !== place.id) {
        found.push({
          index,
          id: place.id,
          field: written === place.name ? ['name'] : ['variants', place.variants.indexOf(written)],
          head: 'field «name/variants»',
          what: `«${written}» is also a name of entry ${other.index + 1} (${other.id}, «${other.written}»); the tagger could not tell them apart`,
          fix: 'keep the name on one place and tell the other apart with a longer variant or a trap',
          code: 'shared-name',
          arg: written,
        });
      } else if (!other) {
        names.set(key, { index, id: place.id, written });
      }
    }
  }
  for (const { place, index } of places) {
    if (place.partOf === undefined) continue;
    if (place.partOf === place.id || !ids.has(place.partOf)) {
      found.push({
        index,
        id: place.id,
        field: ['partOf'],
        head: 'field «partOf»',
        what: `«${place.partOf}» is not another place of the gazetteer`,
        fix: 'use the id of an existing place',
        code: 'unknown-parent',
        arg: place.partOf,
      });
    }
  }
  return { places: places.map(({ place }) => place), found, lineOf };
}

/** Validates the gazetteer and returns the valid places with every problem, each at its field's line. */
export function validateGazetteer(yamlText: string, file = 'content/places.yaml'): { places: Place[]; problems: Problem[] } {
  const { places, found, lineOf } = readGazetteer(yamlText);
  const problems = found.map((f): Problem => {
    const line = f.line ?? (f.index === undefined ? undefined : lineOf([f.index, ...f.field]));
    return {
      file,
      ...(line === undefined ? {} : { line }),
      // The file is a bare list: «places[3].lon» names the fourth entry as events[3] does in events.yaml.
      path: f.index === undefined ? '' : formatPath(['places', f.index, ...f.field]),
      message: `${f.what} — ${f.fix}`,
      code: f.code,
      ...(f.arg === undefined ? {} : { arg: f.arg }),
    };
  });
  return { places, problems };
}

/** Parses and validates the gazetteer; throws one GazetteerError listing every problem found. */
export function parseGazetteer(yamlText: string, file = 'content/places.yaml'): Place[] {
  const { places, found, lineOf } = readGazetteer(yamlText);
  if (found.length === 0) return places;
  throw new GazetteerError(
    file,
    found.map((f) => {
      const where = f.index === undefined ? `${file}:${f.line ?? 1}` : `${file}:${lineOf([f.index]) ?? '?'}: entry ${f.index + 1}${f.id ? ` (${f.id})` : ''}`;
      return `${where}: ${f.head ? `${f.head}: ` : ''}${f.what}. Fix: ${f.fix}.`;
    }),
  );
}
