/**
 * Reads content/places.yaml into validated places. Every problem is collected and reported at once,
 * each with the file, the line, the entry, the field, what is wrong and how to fix it, so an editor
 * fixes the whole file in one pass and the build fails before anything wrong is published.
 */
import YAML, { LineCounter } from 'yaml';
import { hasArabic, normalizeArabic } from '../arabic.ts';
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

/** Where an entry starts in the file, for messages. */
function entryLines(doc: YAML.Document, lines: LineCounter): number[] {
  const seq = doc.contents;
  if (!YAML.isSeq(seq)) return [];
  return seq.items.map((item) => {
    const offset = YAML.isNode(item) && item.range ? item.range[0] : 0;
    return lines.linePos(offset).line;
  });
}

/** A normalized name, with inner spaces folded: the key under which the tagger looks it up. */
function nameKey(name: string): string {
  return normalizeArabic(name).trim().replace(/\s+/g, ' ');
}

/** Arabic words separated by single spaces, nothing else: what the tagger can match. */
const WORDS_ONLY = /^\p{L}+( \p{L}+)*$/u;

/** Parses and validates the gazetteer; throws one GazetteerError listing every problem found. */
export function parseGazetteer(yamlText: string, file = 'content/places.yaml'): Place[] {
  const lines = new LineCounter();
  const doc = YAML.parseDocument(yamlText, { lineCounter: lines, prettyErrors: false });
  if (doc.errors.length > 0) {
    throw new GazetteerError(
      file,
      doc.errors.map((e) => {
        const at = lines.linePos(e.pos[0]).line;
        return `${file}:${at}: YAML syntax: ${e.message.split('\n')[0]}. Fix: check indentation, quotes and brackets on that line.`;
      }),
    );
  }
  const data: unknown = doc.toJS();
  if (!Array.isArray(data)) {
    throw new GazetteerError(file, [
      `${file}:1: the file must be a YAML list of places («- id: sirte …»), found ${data === null ? 'nothing' : typeof data}. Fix: start each place with «- ».`,
    ]);
  }

  const lineOf = entryLines(doc, lines);
  const problems: string[] = [];
  const where = (i: number, id?: string) => `${file}:${lineOf[i] ?? '?'}: entry ${i + 1}${id ? ` (${id})` : ''}`;
  const places: { place: Place; index: number }[] = [];

  data.forEach((raw, index) => {
    const rawId = typeof raw === 'object' && raw !== null && 'id' in raw ? String((raw as { id: unknown }).id) : undefined;
    const parsed = placeSchema.safeParse(raw);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        const keys = 'keys' in issue ? (issue.keys as string[]) : [];
        const field = [...issue.path.map(String), keys.join(', ')].filter(Boolean).join('.');
        const fields = issue.path.length === 0 ? Object.keys(FIELD_HINTS).join(', ') : 'see src/schemas/place.ts';
        const hint =
          issue.code === 'unrecognized_keys'
            ? `remove or rename it (fields: ${fields})`
            : (FIELD_HINTS[String(issue.path[0])] ?? 'see src/schemas/place.ts');
        problems.push(`${where(index, rawId)}: field «${field}»: ${issue.message}. Fix: ${hint}.`);
      }
      return;
    }
    const place = parsed.data;
    places.push({ place, index });
    const at = where(index, place.id);

    if ((place.lat === undefined) !== (place.lon === undefined)) {
      problems.push(`${at}: field «${place.lat === undefined ? 'lat' : 'lon'}» is missing while the other coordinate is given. Fix: give both lat and lon, or neither.`);
    } else if (place.lat !== undefined && place.lon !== undefined && !inCountryBox(place.country, place.lat, place.lon)) {
      const [w, s, e, n] = COUNTRIES[place.country].bbox;
      problems.push(
        `${at}: fields «lat, lon»: (${place.lat}, ${place.lon}) lies outside ${COUNTRIES[place.country].name} (${place.country}: lat ${s}…${n}, lon ${w}…${e}). Fix: check the coordinates (lat north, lon east; not swapped) or the country.`,
      );
    }
    if (!regionsOf(place.country).includes(place.region)) {
      problems.push(`${at}: field «region»: «${place.region}» is not a region of ${place.country}. Fix: use ${regionsOf(place.country).join(' or ')}.`);
    }

    const keys = new Map<string, string>();
    for (const [field, written] of [['name', place.name] as const, ...place.variants.map((v) => ['variants', v] as const)]) {
      const key = nameKey(written);
      if (!hasArabic(written) || !WORDS_ONLY.test(key)) {
        problems.push(`${at}: field «${field}»: «${written}» is not Arabic words separated by spaces. Fix: write the name in Arabic letters, without punctuation or digits.`);
      } else if (keys.get(key) === written) {
        problems.push(`${at}: field «${field}»: «${written}» is listed twice. Fix: remove the repeat.`);
      } else if (!keys.has(key)) {
        // Spellings that normalize alike («مصراته» for «مصراتة») are kept for display; the tagger needs one.
        keys.set(key, written);
      }
    }

    place.traps.forEach((trap, t) => {
      for (const field of ['before', 'notBefore', 'after', 'notAfter'] as const) {
        const source = trap[field];
        if (source === undefined) continue;
        try {
          compilePattern(source, field.endsWith('efore') ? 'end' : 'start');
        } catch (error) {
          problems.push(`${at}: field «traps.${t}.${field}»: invalid pattern (${(error as Error).message}). Fix: write a valid JavaScript regular expression.`);
        }
      }
      for (const name of trap.names ?? []) {
        if (!keys.has(nameKey(name))) {
          problems.push(`${at}: field «traps.${t}.names»: «${name}» is not a name or variant of this place. Fix: list only its own names.`);
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
      problems.push(`${where(index, place.id)}: field «id»: duplicate id «${place.id}», first used by entry ${first + 1} (line ${lineOf[first] ?? '?'}). Fix: give each place its own id, or merge the two entries.`);
    } else {
      ids.set(place.id, index);
    }
    for (const written of [place.name, ...place.variants]) {
      const key = nameKey(written);
      const other = names.get(key);
      if (other && other.id !== place.id) {
        problems.push(
          `${where(index, place.id)}: field «name/variants»: «${written}» is also a name of entry ${other.index + 1} (${other.id}, «${other.written}»); the tagger could not tell them apart. Fix: keep the name on one place and tell the other apart with a longer variant or a trap.`,
        );
      } else if (!other) {
        names.set(key, { index, id: place.id, written });
      }
    }
  }
  for (const { place, index } of places) {
    if (place.partOf === undefined) continue;
    if (place.partOf === place.id || !ids.has(place.partOf)) {
      problems.push(`${where(index, place.id)}: field «partOf»: «${place.partOf}» is not another place of the gazetteer. Fix: use the id of an existing place.`);
    }
  }

  if (problems.length > 0) throw new GazetteerError(file, problems);
  return places.map(({ place }) => place);
}
