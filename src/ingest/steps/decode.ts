/** Step 1 — bytes to text: refuse what is not an article text, accept BOM and CRLF as normal. */
import { countArabicLetters } from '../../lib/arabic.ts';
import { utf8Text } from '../encoding.ts';
import { refuse } from '../errors.ts';

/** Largest raw file accepted: a news article is a few tens of kilobytes. */
export const MAX_BYTES = 5 * 1024 * 1024;

/** Decodes a raw file; throws IngestError for empty, oversized, binary, non-UTF-8 or non-Arabic input. */
export function decode(bytes: Uint8Array, file: string): string {
  if (bytes.length > MAX_BYTES) {
    throw refuse(file, 'file-too-large', `the file is ${(bytes.length / 1048576).toFixed(1)} MB, over the 5 MB limit`, 'save only the article text, not the whole page or a binary', `${(bytes.length / 1048576).toFixed(1)} MB`);
  }
  if (bytes.length === 0) throw refuse(file, 'empty-file', 'the file is empty', 'save the article text into it and run again');
  let text = utf8Text(bytes, file);
  text = text.replace(/\r\n?/g, '\n');
  if (text.trim() === '') throw refuse(file, 'empty-file', 'the file holds only white space', 'save the article text into it and run again');
  // A saved page's Arabic is judged on its article, once it is found (run.ts): its markup is mostly Latin.
  if (!isHtml(file, text) && countArabicLetters(text) < 20) throw refuse(file, 'not-arabic', 'the text has no Arabic', 'this archive takes Arabic articles: check that the right file was saved');
  return text;
}

/** A saved HTML page rather than a text dump: by its extension, or by a doctype or <html> at its start. */
export function isHtml(file: string, text: string): boolean {
  return /\.x?html?$/i.test(file) || /^\s*(<!doctype html|<html[\s>])/i.test(text.slice(0, 512));
}
