import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { toCsv } from '../../../src/lib/export/csv.ts';
import { byteLength, toDataPackage, type ExportFile } from '../../../src/lib/export/datapackage.ts';
import { CLAIMS, EVENTS, TABLES, type ClaimRow } from '../../../src/lib/export/fields.ts';

const claim: ClaimRow = {
  id: '2016-12-sirte-liberated-1',
  event: '2016-12-sirte-liberated',
  article: '2016-12-sirte-reuters',
  quote: 'أعلنت القوات الموالية لحكومة الوفاق سيطرتها الكاملة على مدينة سرت',
  date: '2016-12-05',
  figures: ['القتلى: 457'],
  note: null,
  archiveUrl: 'https://example.org/articles/2016-12-sirte-reuters/#quote-2016-12-sirte-liberated-1',
};
const csv = toCsv(CLAIMS.fields, [claim]);
const files: ExportFile[] = [
  { path: 'claims.csv', format: 'csv', table: CLAIMS, rows: 1, body: csv },
  { path: 'events.geojson', format: 'geojson', table: EVENTS, rows: 0, body: '{"type":"FeatureCollection","features":[]}\n' },
];
const info = { name: 'libya-archive', title: 'أرشيف ليبيا', description: 'وصف', homepage: 'https://example.org/data/', licenses: [] };
const pkg = JSON.parse(toDataPackage(info, files));

describe('toDataPackage', () => {
  it('describes every file as a resource with path, format, media type and encoding', () => {
    expect(pkg.resources.map((r: { path: string }) => r.path)).toEqual(['claims.csv', 'events.geojson']);
    expect(pkg.resources[0]).toMatchObject({ format: 'csv', mediatype: 'text/csv', encoding: 'utf-8' });
    expect(pkg.resources[1]).toMatchObject({ format: 'geojson', mediatype: 'application/geo+json' });
  });

  it('gives each resource schema fields whose names are the CSV header, with type and description', () => {
    const header = csv.slice(1).split('\r\n')[0]!.split(',');
    expect(pkg.resources[0].schema.fields.map((f: { name: string }) => f.name)).toEqual(header);
    for (const f of pkg.resources[0].schema.fields) expect(f.description).toMatch(/[\u0600-\u06FF]/);
  });

  it('declares list fields with their «;» delimiter so a reader can split them', () => {
    expect(pkg.resources[0].schema.fields.find((f: { name: string }) => f.name === 'figures')).toMatchObject({ type: 'list', delimiter: ';' });
  });

  it('states the size in UTF-8 bytes (an Arabic letter is two) and the SHA-256 of the exact text', () => {
    expect(byteLength('سرت')).toBe(6);
    expect(pkg.resources[0].bytes).toBe(Buffer.byteLength(csv, 'utf8'));
    expect(pkg.resources[0].hash).toBe(`sha256:${createHash('sha256').update(csv).digest('hex')}`);
  });
});

describe('TABLES', () => {
  it('gives every table a unique id column first and unique field names with Arabic descriptions', () => {
    for (const table of TABLES) {
      const names = table.fields.map((f) => f.name);
      expect(names[0]).toBe('id');
      expect(new Set(names).size).toBe(names.length);
      for (const f of table.fields) expect(f.description, `${table.name}.${f.name}`).toMatch(/[\u0600-\u06FF]/);
    }
  });
});
