/**
 * The gazetteer, content/places.yaml (or the copy under ARCHIVE_CONTENT_DIR), read once per build
 * through its schema: events, places, articles, search and exports all take their places from here.
 */
import { join } from 'node:path';
import { contentDir } from '../loaders/content-dir.ts';
import { readYamlFile } from '../loaders/yaml-file.ts';
import { placesFileSchema, type Place } from '../schemas/place.ts';

let cache: Place[] | undefined;

/** Every place of the gazetteer, in the file's order. */
export function gazetteer(): Place[] {
  cache ??= readYamlFile({ file: join(contentDir(), 'places.yaml'), schema: placesFileSchema, schemaFile: 'src/schemas/place.ts', list: 'places' });
  return cache;
}

/** The Arabic name of each place, by id. */
export function placeNames(): Map<string, string> {
  return new Map(gazetteer().map((p) => [p.id, p.name]));
}
