/**
 * The open-data exports of /data/ for the pages: every file's text, joined by ./join/exports.ts from the
 * same view-models the pages show and computed once per build, so that the files and the /data/ page
 * that announces their sizes never disagree.
 */
import type { ExportFile } from '../lib/export/datapackage.ts';
import { articlesWithText } from './articles.ts';
import { listEvents } from './events.ts';
import { gazetteer } from './gazetteer.ts';
import { dataPackage, exportFiles as files, exportTables } from './join/exports.ts';
import { placeViews } from './places.ts';

export { ARTICLES, CLAIMS, EVENTS, PLACES, TABLES } from '../lib/export/fields.ts';
export { LICENCE } from './join/exports.ts';

let cache: Promise<{ files: ExportFile[]; datapackage: string }> | undefined;

async function build(): Promise<{ files: ExportFile[]; datapackage: string }> {
  const [articles, views, events] = await Promise.all([articlesWithText(), placeViews(), listEvents()]);
  const exported = files(exportTables(articles, gazetteer(), views, events), gazetteer());
  return { files: exported, datapackage: dataPackage(exported) };
}

/** Every export file with its text, and datapackage.json describing them; computed once per build. */
export function exportFiles(): Promise<{ files: ExportFile[]; datapackage: string }> {
  cache ??= build();
  return cache;
}
