/** Raw source files, read at build time from content/sources/ exactly as stored. */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';

const CONTENT_DIR = join(process.cwd(), 'content');

/** The raw bytes of a source file named by its path relative to content/ (e.g. «sources/x.txt»). */
export function readSourceBytes(file: string): Promise<Buffer> {
  return readFile(join(CONTENT_DIR, file));
}

/** The raw text of a source file, decoded as UTF-8 (the ingest guarantees it is valid UTF-8). */
export async function readSourceText(file: string): Promise<string> {
  return new TextDecoder('utf-8').decode(await readSourceBytes(file));
}
