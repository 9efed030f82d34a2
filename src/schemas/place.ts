import { z } from 'astro/zod';
import { COUNTRY_CODES, PLACE_REGIONS } from '../lib/places/countries.ts';
import { slugId } from './article.ts';

/**
 * A list of Arabic words, compared after normalizeArabic with and without «ال». A word before the name is
 * also compared without its prefixes («ومدينة» meets «مدينة»); a word after it keeps them («والمرتدين»).
 */
const wordList = z.array(z.string().min(1)).min(1);

/** A regular expression (JavaScript, `u` flag) written in plain Arabic letters; normalized like the text. */
const pattern = z.string().min(1);

/**
 * A context in which one of the place's names is NOT the place: the mention is dropped when every
 * condition the trap states holds. Example: «سرت» followed by «شائعات» is the verb سرى, not Sirte.
 */
export const trapSchema = z
  .object({
    /** What the trap catches and why, with an Arabic example; shown in test names and reviews. */
    why: z.string().min(1),
    /** The names or variants the trap concerns; all the place's names when absent. */
    names: z.array(z.string().min(1)).min(1).optional(),
    /** The trap holds only when the mention carries one of these prefixes («» for none, «ل», «ول»…). */
    clitic: z.array(z.string()).min(1).optional(),
    /** The word right before the mention (only spaces between) is one of these. */
    prevWord: wordList.optional(),
    /** The word right before the mention is none of these, or there is none (punctuation, start). */
    notPrevWord: wordList.optional(),
    /** The word right after the mention (only spaces between) is one of these. */
    nextWord: wordList.optional(),
    /** The word right after the mention is none of these, or there is none. */
    notNextWord: wordList.optional(),
    /** The text before the mention matches this pattern at its end (the pattern is anchored with $). */
    before: pattern.optional(),
    /** The text before the mention does not match this pattern at its end. */
    notBefore: pattern.optional(),
    /** The text after the mention matches this pattern at its start (anchored with ^). */
    after: pattern.optional(),
    /** The text after the mention does not match this pattern at its start. */
    notAfter: pattern.optional(),
    /** The word before is a definite noun or adjective («الرايات», «والسنوات»): the name is then its adjective. */
    afterDefiniteNoun: z.literal(true).optional(),
  })
  .strict()
  .refine((t) => Object.keys(t).some((k) => k !== 'why' && k !== 'names'), {
    message: 'a trap needs at least one condition (clitic, prevWord, nextWord, before, after, afterDefiniteNoun…)',
  });

/** One entry of content/places.yaml. */
export const placeSchema = z
  .object({
    /** Stable ASCII id used in URLs and in article frontmatter: `sirte`, `bani-walid`. */
    id: slugId,
    /** The usual Arabic name as the archive displays it: «سرت». */
    name: z.string().min(1),
    /** Other Arabic spellings the tagger must find: «مصراته» for «مصراتة», «بن قردان» for «ابن قردان». */
    variants: z.array(z.string().min(1)).default([]),
    /** The usual English name: Misrata. */
    latin: z.string().min(1),
    /** Other Latin spellings, for search and for readers of English sources: Misurata, Misratah. */
    latinVariants: z.array(z.string().min(1)).default([]),
    /** What the place is: a city or town, an administrative district, a historical region, or a site. */
    kind: z.enum(['city', 'town', 'district', 'region', 'site']),
    /** ISO 3166-1 alpha-2 code of the country the place lies in. */
    country: z.enum(COUNTRY_CODES),
    /** Grouping on the places page: tripolitania, cyrenaica or fezzan in Libya, else the country (`tunisia`). */
    region: z.enum(PLACE_REGIONS),
    /** Latitude of the town centre (a representative point for a region), decimal degrees; absent when not known well. */
    lat: z.number().min(-90).max(90).optional(),
    /** Longitude, decimal degrees east; present exactly when `lat` is. */
    lon: z.number().min(-180).max(180).optional(),
    /** Id of the place this one lies in (a neighbourhood of a city): `giza-bahriya` is part of `sirte`. */
    partOf: slugId.optional(),
    /** Wikidata item, when known for certain: Q3579 for Tripoli. */
    wikidata: z.string().regex(/^Q[1-9]\d*$/, 'expected a Wikidata item id such as Q3579').optional(),
    /** Why something is missing or odd (e.g. no coordinates), for the next editor. */
    note: z.string().min(1).optional(),
    /** Contexts in which a name of this place is another word or another place. */
    traps: z.array(trapSchema).default([]),
  })
  .strict();

/** content/places.yaml: a list of places. */
export const placesFileSchema = z.array(placeSchema);

/** A gazetteer place, as validated. */
export type Place = z.infer<typeof placeSchema>;

/** One trap of a place, as validated. */
export type Trap = z.infer<typeof trapSchema>;
