/** Step 1 — bytes to text: refuse what is not an article text, accept BOM and CRLF as normal. */
import { countArabicLetters } from '../../lib/arabic.ts';
import { IngestError } from '../errors.ts';

/** Largest raw file accepted: a news article is a few tens of kilobytes. */
export const MAX_BYTES = 5 * 1024 * 1024;

/** Decodes a raw file; throws IngestError for empty, oversized, binary, non-UTF-8 or non-Arabic input. */
export function decode(bytes: Uint8Array, file: string): string {
  if (bytes.length > MAX_BYTES) {
    throw new IngestError(file, `the file is ${(bytes.length / 1048576).toFixed(1)} MB, over the 5 MB limit`, 'save only the article text, not the whole page or a binary');
  }
  if (bytes.length === 0) throw new IngestError(file, 'the file is empty', 'save the article text into it and run again');
  if (bytes.includes(0)) throw new IngestError(file, 'the file is binary (it contains NUL bytes)', 'save the article as plain UTF-8 text');
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    throw new IngestError(file, 'the file is not valid UTF-8', 're-save it as UTF-8 (e.g. `iconv -f WINDOWS-1256 -t UTF-8`)');
  }
  text = text.replace(/\r\n?/g, '\n');
  if (text.trim() === '') throw new IngestError(file, 'the file holds only white space', 'save the article text into it and run again');
  // A saved page's Arabic is judged on its article, once it is found (run.ts): its markup is mostly Latin.
  if (!isHtml(file, text) && countArabicLetters(text) < 20) throw new IngestError(file, 'the text has no Arabic', 'this archive takes Arabic articles: check that the right file was saved');
  return text;
}

/** A saved HTML page rather than a text dump: by its extension, or by a doctype or <html> at its start. */
export function isHtml(file: string, text: string): boolean {
  return /\.x?html?$/i.test(file) || /^\s*(<!doctype html|<html[\s>])/i.test(text.slice(0, 512));
}
