/** The place layer: the one Arabic place tagger, its traps, and the countries the gazetteer relies on. */
export { createTagger, countMentions, type PlaceMention, type TaggedPlace, type Tagger } from './tagger.ts';
export { COUNTRIES, COUNTRY_CODES, LIBYAN_REGIONS, PLACE_REGIONS, inCountryBox, regionsOf, type Country, type CountryCode } from './countries.ts';
export { cliticSplits, isDefinite, wordForms, CLITICS } from './clitics.ts';
export { compileTrap, type CompiledTrap, type MentionContext, type TrapRule } from './traps.ts';
