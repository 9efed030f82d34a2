import { describe, expect, it } from 'vitest';
import { utf8Text, wideEncoding } from '../../../src/ingest/encoding.ts';
import type { IngestError } from '../../../src/ingest/errors.ts';

const TEXT = 'سرت تتحرر من التنظيم في ديسمبر 2016.\n';

function refusal(bytes: Uint8Array): string {
  try {
    utf8Text(bytes, 'a.txt');
  } catch (e) {
    return (e as IngestError).line();
  }
  throw new Error('accepted');
}

describe('strict UTF-8 with the encoding named', () => {
  it('names UTF-16 and UTF-32 by their BOM', () => {
    expect(wideEncoding(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(TEXT, 'utf16le')]))).toBe('UTF-16LE');
    expect(wideEncoding(Buffer.from([0xfe, 0xff, 0x06, 0x33]))).toBe('UTF-16BE');
    expect(wideEncoding(Buffer.from([0xff, 0xfe, 0x00, 0x00, 0x33, 0x06, 0x00, 0x00]))).toBe('UTF-32LE');
  });

  it('names Arabic in UTF-16 without a BOM by the high byte of its letters', () => {
    expect(wideEncoding(Buffer.from(TEXT, 'utf16le'))).toBe('UTF-16LE');
    expect(wideEncoding(Buffer.from(TEXT, 'utf16le').swap16())).toBe('UTF-16BE');
  });

  it('does not take UTF-8 text or a binary file for UTF-16', () => {
    expect(wideEncoding(Buffer.from(TEXT))).toBeNull();
    expect(wideEncoding(Buffer.from([0x00, 0x01, 0x02, 0x03]))).toBeNull();
    expect(refusal(Buffer.from([0x00, 0x01, 0x02, 0x03]))).toMatch(/الملف ليس نصًا/);
  });

  it('says on which line the first bytes that are not UTF-8 are', () => {
    const bytes = Buffer.concat([Buffer.from('سطر أول\nسطر ثان\n'), Buffer.from([0xd3, 0xd1, 0xca])]);
    expect(refusal(bytes)).toBe('ingest: a.txt ترميز الملف ليس UTF-8 (السطر 3) / the file is not valid UTF-8 (first on line 3) — re-save it as UTF-8 (e.g. `iconv -f WINDOWS-1256 -t UTF-8`)');
  });

  it('decodes UTF-8, dropping a BOM', () => {
    expect(utf8Text(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(TEXT)]), 'a.txt')).toBe(TEXT);
  });
});
