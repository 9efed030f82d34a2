/** The suggestion files, content/suggestions/*.yaml: suggest's own check (src/suggest/validate.ts) against the articles, the gazetteer and the events read. */
import type { Problem } from '../../lib/problems.ts';
import { readSuggestionFiles } from '../../suggest/steps/read.ts';
import { validateSuggestions } from '../../suggest/validate.ts';
import type { ContentFiles } from '../read.ts';
import { entryIds, yamlEntries } from './entries.ts';

/** Validates every suggestions file of the folder `dir`; an archive without any has nothing to check. */
export function checkSuggestions(dir: string, content: ContentFiles, articles: ReadonlyMap<string, string>, placeIds: ReadonlySet<string>): Problem[] {
  const eventIds = entryIds(content.events ? yamlEntries(content.events.text, ['events']) : []);
  return readSuggestionFiles(dir, content.root).flatMap((f) => validateSuggestions(f.text, f.file, { articles, placeIds, eventIds }).problems);
}
