/**
 * The one step of the check that touches the disk: reads a content folder into texts and hashes, so
 * that every other step is a pure function of what was read.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { ProblemsError } from './format.ts';

/** A text file with the path an editor would type, e.g. content/articles/x.mdx. */
export interface TextFile {
  file: string;
  text: string;
}

/** Everything the check reads from a content folder. */
export interface ContentFiles {
  /** The content folder as shown in messages, e.g. «content». */
  root: string;
  /** places.yaml, or null when the folder has none. */
  places: TextFile | null;
  /** events.yaml, or null when the folder has none (an archive may have no events yet). */
  events: TextFile | null;
  /** aliases.yaml (names search treats as one), or null when the folder has none. */
  aliases: TextFile | null;
  /** articles/*.mdx, by file name. */
  articles: TextFile[];
  /** SHA-256 of each raw source (text dump or saved page), by its path relative to the folder: «sources/x.txt», «sources/x.html». */
  sources: ReadonlyMap<string, string>;
  /** Each metadata sidecar, by its path relative to the folder: «sources/x.meta.yaml». */
  metas: ReadonlyMap<string, TextFile>;
}

/** The folder cannot be read as a content folder: one problem, written as every other. */
export class ContentDirError extends ProblemsError {}

/** The path as an editor sees it: relative to the working folder when inside it. */
export function shownPath(path: string): string {
  const rel = relative(process.cwd(), path).replace(/\\/g, '/');
  return rel && !rel.startsWith('..') ? rel : path.replace(/\\/g, '/');
}

/**
 * Names of the regular files in a folder ending with `suffix`, sorted; none when the folder does not exist.
 * Anything else with such a name (a folder, a FIFO that would make a read wait for ever) is not read.
 */
function filesIn(dir: string, suffix: string): string[] {
  return existsSync(dir) ? readdirSync(dir).filter((n) => n.endsWith(suffix) && isRegularFile(join(dir, n))).sort() : [];
}

/** True for a regular file, or a link to one (a broken link is not). */
function isRegularFile(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

/** Reads a content folder: places, events, articles, and the raw sources' hashes and sidecars. */
export function readContent(dir: string): ContentFiles {
  const abs = resolve(dir);
  if (!existsSync(abs) || !statSync(abs).isDirectory()) {
    throw new ContentDirError([{ file: dir, path: '', code: 'no-content-folder', message: "no content folder here — pass --content <folder> or run from the project's root" }]);
  }
  const text = (path: string): TextFile | null => (existsSync(path) ? { file: shownPath(path), text: readFileSync(path, 'utf8') } : null);
  const sourcesDir = join(abs, 'sources');
  return {
    root: shownPath(abs),
    places: text(join(abs, 'places.yaml')),
    events: text(join(abs, 'events.yaml')),
    aliases: text(join(abs, 'aliases.yaml')),
    articles: filesIn(join(abs, 'articles'), '.mdx').map((name) => text(join(abs, 'articles', name))!),
    sources: new Map(
      [...filesIn(sourcesDir, '.txt'), ...filesIn(sourcesDir, '.html')].map((name) => [`sources/${name}`, createHash('sha256').update(readFileSync(join(sourcesDir, name))).digest('hex')]),
    ),
    metas: new Map(filesIn(sourcesDir, '.meta.yaml').map((name) => [`sources/${name}`, text(join(sourcesDir, name))!])),
  };
}
