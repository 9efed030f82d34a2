/** Raw source files, read at build time from content/sources/ exactly as stored. */
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { contentDir } from '../loaders/content-dir.ts';

const CONTENT_DIR = resolve(contentDir());

/** The raw bytes of a source file named by its path relative to content/ (e.g. «sources/x.txt»). */
export function readSourceBytes(file: string): Promise<Buffer> {
  return readFile(resolve(CONTENT_DIR, file));
}

/** The raw text of a source file, decoded as UTF-8 (the ingest guarantees it is valid UTF-8). */
export async function readSourceText(file: string): Promise<string> {
  return new TextDecoder('utf-8').decode(await readSourceBytes(file));
}
