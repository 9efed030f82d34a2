import { describe, expect, it } from 'vitest';
import { IngestError } from '../../../src/ingest/errors.ts';
import { decode, MAX_BYTES } from '../../../src/ingest/steps/decode.ts';

const utf8 = (s: string) => new TextEncoder().encode(s);
const ARTICLE = 'وخسر التنظيم المتطرف معقله الرئيسي في ليبيا، مدينة سرت الساحلية.';

function reasonOf(bytes: Uint8Array): string {
  try {
    decode(bytes, 'inbox/x.txt');
  } catch (e) {
    expect(e).toBeInstanceOf(IngestError);
    return (e as IngestError).line();
  }
  throw new Error('decode accepted the input');
}

describe('decode: the first step refuses what is not an article text', () => {
  it('refuses an empty file, naming the file and the fix', () => {
    expect(reasonOf(new Uint8Array())).toMatch(/^ingest: inbox\/x\.txt [^/]+ \/ the file is empty — /);
  });
  it('refuses a file of white space only', () => {
    expect(reasonOf(utf8(' \n\t\n'))).toMatch(/only white space/);
  });
  it('refuses a binary file (NUL bytes)', () => {
    expect(reasonOf(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00]))).toMatch(/binary/);
  });
  it('refuses text that is not UTF-8 (Windows-1256 «سرت»)', () => {
    expect(reasonOf(new Uint8Array([0xd3, 0xd1, 0xca, 0x20, 0xe1, 0xc8, 0xed, 0xc7]))).toMatch(/not valid UTF-8.*iconv/);
  });
  it('refuses a text with no Arabic', () => {
    expect(reasonOf(utf8('Libyan forces say they are close to taking the last Islamic State holdouts in Sirte.'))).toMatch(/no Arabic/);
  });
  it('refuses a file over 5 MB', () => {
    expect(reasonOf(new Uint8Array(MAX_BYTES + 1).fill(0x41))).toMatch(/over the 5 MB limit/);
  });
  it('accepts a UTF-8 BOM and CRLF line ends as normal input, and drops both', () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...utf8(`${ARTICLE}\r\n\r\n${ARTICLE}\r\n`)]);
    expect(decode(bytes, 'x.txt')).toBe(`${ARTICLE}\n\n${ARTICLE}\n`);
  });
});
