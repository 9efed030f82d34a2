/** The gazetteer, content/places.yaml: the one reader of src/lib/places, with every problem at its line. */
import { validateGazetteer } from '../../lib/places/gazetteer.ts';
import type { Problem } from '../../lib/problems.ts';
import type { Place } from '../../schemas/place.ts';
import type { TextFile } from '../read.ts';
import { entryIds, yamlEntries } from './entries.ts';

/** The gazetteer's valid places, every id written (so that a place with a bad field is still known), how many entries, and the problems. */
export interface PlacesResult {
  places: Place[];
  ids: Set<string>;
  entries: number;
  problems: Problem[];
}

/** Validates the gazetteer; a missing file is one problem, since articles and events name its places. */
export function checkPlaces(file: TextFile | null, root: string): PlacesResult {
  if (file === null) {
    return {
      places: [],
      ids: new Set(),
      entries: 0,
      problems: [{ file: `${root}/places.yaml`, path: '', code: 'file-shape', message: 'the gazetteer is missing — restore places.yaml from git' }],
    };
  }
  const entries = yamlEntries(file.text, []);
  return { ...validateGazetteer(file.text, file.file), ids: entryIds(entries), entries: entries.length };
}
