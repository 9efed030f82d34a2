/** The place layer: the gazetteer reader, the one Arabic place tagger, and the countries they rely on. */
export { parseGazetteer, validateGazetteer, GazetteerError } from './gazetteer.ts';
export { createTagger, countMentions, type PlaceMention, type Tagger } from './tagger.ts';
export { COUNTRIES, COUNTRY_CODES, LIBYAN_REGIONS, PLACE_REGIONS, inCountryBox, regionsOf, type Country, type CountryCode } from './countries.ts';
export { cliticSplits, isDefinite, wordForms, CLITICS } from './clitics.ts';
export { compileTrap, type CompiledTrap, type MentionContext } from './traps.ts';
export type { Place, Trap } from '../../schemas/place.ts';
