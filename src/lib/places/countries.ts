/** The countries the gazetteer may name, with the rectangles their places must fall in. */
import { inBbox, type Bbox } from '../geo/bbox.ts';

/** Libya's three historical regions: the grouping of Libyan places on the places page. */
export const LIBYAN_REGIONS = ['tripolitania', 'cyrenaica', 'fezzan'] as const;

/** One country a gazetteer place may belong to. */
export interface Country {
  /** English name, for messages. */
  name: string;
  /** Arabic name, for headings. */
  nameAr: string;
  /** ISO 3166-1 numeric code: the feature id of the country in world-atlas. */
  isoNumeric: string;
  /** Grouping key of its places outside Libya; Libya uses LIBYAN_REGIONS instead. */
  region: string;
  /** [west, south, east, north] in decimal degrees. */
  bbox: Bbox;
}

/**
 * Countries by ISO 3166-1 alpha-2 code. Each bbox is the extent of the country's shape in Natural Earth
 * 1:50m admin-0 (world-atlas 2.0.2, countries-50m.json) rounded outward to 0.01°; France's is
 * metropolitan France and Corsica only (polygons north of 40°N). tests/unit/lib/places-countries.test.ts
 * recomputes every box from world-atlas, so a typo here fails the build.
 */
export const COUNTRIES = {
  LY: { name: 'Libya', nameAr: 'ليبيا', isoNumeric: '434', region: 'libya', bbox: [9.31, 19.49, 25.16, 33.19] },
  TN: { name: 'Tunisia', nameAr: 'تونس', isoNumeric: '788', region: 'tunisia', bbox: [7.49, 30.22, 11.54, 37.35] },
  DZ: { name: 'Algeria', nameAr: 'الجزائر', isoNumeric: '012', region: 'algeria', bbox: [-8.69, 18.98, 11.97, 37.1] },
  MA: { name: 'Morocco', nameAr: 'المغرب', isoNumeric: '504', region: 'morocco', bbox: [-17.01, 21.42, -1.06, 35.94] },
  EG: { name: 'Egypt', nameAr: 'مصر', isoNumeric: '818', region: 'egypt', bbox: [24.7, 21.99, 36.87, 31.66] },
  TD: { name: 'Chad', nameAr: 'تشاد', isoNumeric: '148', region: 'chad', bbox: [13.44, 7.47, 23.99, 23.45] },
  IQ: { name: 'Iraq', nameAr: 'العراق', isoNumeric: '368', region: 'iraq', bbox: [38.77, 29.06, 48.55, 37.38] },
  SY: { name: 'Syria', nameAr: 'سوريا', isoNumeric: '760', region: 'syria', bbox: [35.76, 32.31, 42.36, 37.3] },
  FR: { name: 'France', nameAr: 'فرنسا', isoNumeric: '250', region: 'france', bbox: [-4.77, 41.38, 9.56, 51.1] },
  BE: { name: 'Belgium', nameAr: 'بلجيكا', isoNumeric: '056', region: 'belgium', bbox: [2.52, 49.51, 6.37, 51.5] },
} as const satisfies Record<string, Country>;

/** ISO 3166-1 alpha-2 code of a country the gazetteer knows. */
export type CountryCode = keyof typeof COUNTRIES;

/** Every code of COUNTRIES, for schema enums. */
export const COUNTRY_CODES = Object.keys(COUNTRIES) as [CountryCode, ...CountryCode[]];

/** Every grouping key a place may carry: Libya's regions, then one per other country. */
export const PLACE_REGIONS = [
  ...LIBYAN_REGIONS,
  ...COUNTRY_CODES.filter((code) => code !== 'LY').map((code) => COUNTRIES[code].region),
] as [string, ...string[]];

/** The regions a place of this country may be grouped under. */
export function regionsOf(code: CountryCode): readonly string[] {
  return code === 'LY' ? LIBYAN_REGIONS : [COUNTRIES[code].region];
}

/** True when (lat, lon) lies inside the country's rectangle, edges included. */
export function inCountryBox(code: CountryCode, lat: number, lon: number): boolean {
  return inBbox([lon, lat], COUNTRIES[code].bbox);
}
