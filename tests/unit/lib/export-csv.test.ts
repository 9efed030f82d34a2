import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { BOM, cellText, csvField, toCsv } from '../../../src/lib/export/csv.ts';
import type { Field } from '../../../src/lib/export/fields.ts';
import { toJson, toRecords } from '../../../src/lib/export/json.ts';

interface Row {
  id: string;
  quote: string;
  count: number | null;
  disputed: boolean;
  places: string[];
}

const FIELDS: Field<Row>[] = [
  { name: 'id', type: 'string', description: 'المعرّف' },
  { name: 'quote', type: 'string', description: 'الاقتباس' },
  { name: 'count', type: 'integer', description: 'العدد' },
  { name: 'disputed', type: 'boolean', description: 'متنازع عليه' },
  { name: 'places', type: 'list', description: 'الأماكن' },
];

const ROWS: Row[] = [
  { id: 'sirte-1', quote: 'أعلنت القوات، بعد معارك عنيفة، سيطرتها على «سرت»', count: 457, disputed: true, places: ['sirte', 'giza-bahriya'] },
  { id: 'misrata-2', quote: 'قال المتحدث "لن نتراجع" أمام الصحفيين', count: null, disputed: false, places: [] },
  { id: 'derna-3', quote: 'السطر الأول\r\nوالسطر الثاني في درنة', count: 0, disputed: false, places: ['derna'] },
];

describe('csvField', () => {
  it('leaves an Arabic field without comma, quote or line break unquoted', () => {
    expect(csvField('سرت ومصراتة')).toBe('سرت ومصراتة');
  });

  it('quotes a field holding a comma, and the Arabic comma «،» needs no quotes', () => {
    expect(csvField('سرت, مصراتة')).toBe('"سرت, مصراتة"');
    expect(csvField('سرت، مصراتة')).toBe('سرت، مصراتة');
  });

  it('quotes a field holding a double quote and doubles the quote: «قال "لا"» → "قال ""لا"""', () => {
    expect(csvField('قال "لا"')).toBe('"قال ""لا"""');
  });

  it('quotes a field holding a line break, LF or CRLF', () => {
    expect(csvField('سطر\nسطر')).toBe('"سطر\nسطر"');
    expect(csvField('سطر\r\nسطر')).toBe('"سطر\r\nسطر"');
  });
});

describe('cellText', () => {
  it('writes null as an empty field, booleans as true/false and lists joined by «;»', () => {
    expect(cellText(null)).toBe('');
    expect(cellText(true)).toBe('true');
    expect(cellText(['sirte', 'derna'])).toBe('sirte;derna');
    expect(cellText(2130)).toBe('2130');
  });

  it('refuses a list item that holds the «;» separator, naming the item', () => {
    expect(() => cellText(['القتلى; الجرحى'])).toThrow(/القتلى; الجرحى/);
  });
});

describe('toCsv', () => {
  const csv = toCsv(FIELDS, ROWS);

  it('starts with the UTF-8 byte-order mark, then the header of field names', () => {
    expect(csv.startsWith(BOM)).toBe(true);
    expect(csv.slice(1).split('\r\n')[0]).toBe('id,quote,count,disputed,places');
  });

  it('ends every record, the last one too, with CRLF and has no bare LF outside quoted fields', () => {
    expect(csv.endsWith('\r\n')).toBe(true);
    const outsideQuotes = csv.replace(/"(?:[^"]|"")*"/g, '');
    expect(outsideQuotes.match(/\r\n/g)?.length).toBe(ROWS.length + 1);
    expect(outsideQuotes.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
  });

  it('reads back through an independent RFC 4180 parser with the same Arabic text, commas, quotes and line breaks', () => {
    const records = parse(csv, { bom: true, columns: true }) as Record<string, string>[];
    expect(records.map((r) => r.quote)).toEqual(ROWS.map((r) => r.quote));
    expect(records.map((r) => r.places)).toEqual(['sirte;giza-bahriya', '', 'derna']);
    expect(records.map((r) => r.count)).toEqual(['457', '', '0']);
  });

  it('writes only the header when there are no rows', () => {
    expect(toCsv(FIELDS, [])).toBe(`${BOM}id,quote,count,disputed,places\r\n`);
  });
});

describe('toJson', () => {
  it('keeps the fields in column order with typed values: numbers, booleans, null and arrays', () => {
    const [first, second] = toRecords(FIELDS, ROWS);
    expect(Object.keys(first!)).toEqual(FIELDS.map((f) => f.name));
    expect(first!.places).toEqual(['sirte', 'giza-bahriya']);
    expect(second!.count).toBeNull();
    expect(second!.disputed).toBe(false);
  });

  it('drops properties a row has beyond the table fields', () => {
    const extra = { ...ROWS[0]!, body: 'نص المقال كاملًا' } as Row;
    expect(JSON.parse(toJson(FIELDS, [extra]))[0]).not.toHaveProperty('body');
  });
});
