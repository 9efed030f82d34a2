/**
 * Bytes to text, strictly: a raw file and a metadata sidecar are UTF-8 (a BOM is fine) or refused,
 * with the encoding named when it can be told (UTF-16 and UTF-32 by their BOM or their zero bytes),
 * else where the first bytes that are not UTF-8 are. Nothing is ever decoded with replacement characters.
 */
import { refuse } from './errors.ts';

/** Byte order marks of the encodings an editor's tool may save in instead of UTF-8, longest first. */
const BOMS: [string, number[]][] = [
  ['UTF-32LE', [0xff, 0xfe, 0x00, 0x00]],
  ['UTF-32BE', [0x00, 0x00, 0xfe, 0xff]],
  ['UTF-16LE', [0xff, 0xfe]],
  ['UTF-16BE', [0xfe, 0xff]],
];

/** How many bytes of the start are looked at to tell UTF-16 without a BOM. */
const SAMPLE = 4096;

/**
 * The UTF-16 or UTF-32 encoding of `bytes`, when it has one: its BOM, or (without one) the high byte of
 * its characters in every other place — 0x00 for Latin digits, spaces and line ends, 0x06 for Arabic
 * letters — which UTF-8 text never has (both are control characters there).
 */
export function wideEncoding(bytes: Uint8Array): string | null {
  for (const [name, bom] of BOMS) if (bom.every((b, i) => bytes[i] === b)) return name;
  const n = Math.min(bytes.length, SAMPLE) & ~1;
  if (n < 2) return null;
  const high = [0, 0];
  for (let i = 0; i < n; i++) if (bytes[i] === 0x00 || bytes[i] === 0x06) high[i % 2]! += 1;
  const pairs = n / 2;
  const guess = high[0]! > pairs / 2 ? 'UTF-16BE' : high[1]! > pairs / 2 ? 'UTF-16LE' : null;
  return guess && readsAsText(bytes.subarray(0, n), guess) ? guess : null;
}

/** True when `bytes` decode in `encoding` to text: no control but tab and line ends (a binary file's zeros are not UTF-16's). */
function readsAsText(bytes: Uint8Array, encoding: string): boolean {
  try {
    return !/[\0-\x08\x0b\x0c\x0e-\x1f]/.test(new TextDecoder(encoding, { fatal: true }).decode(bytes));
  } catch {
    return false;
  }
}

/** The 1-based line of the first bytes that are not UTF-8. */
function firstBadLine(bytes: Uint8Array): number {
  const lenient = new TextDecoder('utf-8').decode(bytes);
  const at = lenient.indexOf('\ufffd');
  return lenient.slice(0, at === -1 ? 0 : at).split('\n').length;
}

/** `bytes` as UTF-8 text (a BOM dropped); refuses another encoding, naming it, or a binary file. */
export function utf8Text(bytes: Uint8Array, file: string): string {
  const wide = wideEncoding(bytes);
  if (wide) {
    throw refuse(file, 'encoding', `the file is in ${wide}, not UTF-8`, `re-save it as UTF-8 (in the editor's «Save as…» encoding menu, or iconv -f ${wide} -t UTF-8)`, wide);
  }
  if (bytes.includes(0)) throw refuse(file, 'not-text', 'the file is binary (it contains NUL bytes)', 'save the article as plain UTF-8 text');
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    const line = firstBadLine(bytes);
    throw refuse(file, 'encoding', `the file is not valid UTF-8 (first on line ${line})`, 're-save it as UTF-8 (e.g. `iconv -f WINDOWS-1256 -t UTF-8`)', `السطر ${line}`);
  }
}
