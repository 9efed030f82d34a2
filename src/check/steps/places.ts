/** The gazetteer, content/places.yaml: the one reader of src/lib/places, with every problem at its line. */
import { validateGazetteer } from '../../lib/places/gazetteer.ts';
import type { Problem } from '../../lib/problems.ts';
import type { Place } from '../../schemas/place.ts';
import type { TextFile } from '../read.ts';

/** Validates the gazetteer; a missing file is one problem, since articles and events name its places. */
export function checkPlaces(file: TextFile | null, root: string): { places: Place[]; problems: Problem[] } {
  if (file === null) {
    return {
      places: [],
      problems: [{ file: `${root}/places.yaml`, path: '', code: 'file-shape', message: 'the gazetteer is missing — restore places.yaml from git' }],
    };
  }
  return validateGazetteer(file.text, file.file);
}
