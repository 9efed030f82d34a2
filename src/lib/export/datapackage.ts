/**
 * A Frictionless Data Package (datapackage.json, spec v2) describing every export: one resource per
 * file, each with its path, format, media type, encoding, size, SHA-256 and the schema of its table.
 */
import { createHash } from 'node:crypto';
import { LIST_DELIMITER, type Field, type Table } from './fields.ts';

/** The formats a table is exported in. */
export type ExportFormat = 'csv' | 'json' | 'geojson';

/** Media types of the formats (RFC 4180, RFC 8259, RFC 7946). */
export const MEDIA_TYPES: Record<ExportFormat, string> = {
  csv: 'text/csv',
  json: 'application/json',
  geojson: 'application/geo+json',
};

/** One exported file: its table, format and the text written to /data/<path>. */
export interface ExportFile {
  path: string;
  format: ExportFormat;
  table: Table<never>;
  /** How many rows (records or Features) the file holds. */
  rows: number;
  body: string;
}

/** What the package says about itself. */
export interface PackageInfo {
  name: string;
  title: string;
  description: string;
  homepage: string;
  /** ISO timestamp of the build, when wanted; left out it keeps the file byte-identical between builds. */
  created?: string;
  licenses: { name: string; path: string; title: string }[];
}

/** Bytes of a text once encoded as UTF-8 (what the server sends and the page announces). */
export function byteLength(text: string): number {
  return new TextEncoder().encode(text).length;
}

function schemaField(field: Field<never>): Record<string, unknown> {
  const base = { name: field.name, type: field.type, description: field.description };
  return field.type === 'list' ? { ...base, delimiter: LIST_DELIMITER, itemType: 'string' } : base;
}

/** The descriptor of one file as a Data Package resource. */
export function resourceOf(file: ExportFile): Record<string, unknown> {
  return {
    name: file.path.replace(/\./g, '-'),
    path: file.path,
    title: file.table.title,
    description: file.table.description,
    format: file.format,
    mediatype: MEDIA_TYPES[file.format],
    encoding: 'utf-8',
    bytes: byteLength(file.body),
    hash: `sha256:${createHash('sha256').update(file.body, 'utf8').digest('hex')}`,
    ...(file.format === 'csv'
      ? { dialect: { delimiter: ',', lineTerminator: '\r\n', quoteChar: '"', doubleQuote: true, header: true } }
      : {}),
    schema: { fields: file.table.fields.map(schemaField), primaryKey: ['id'] },
  };
}

/** The whole datapackage.json text. */
export function toDataPackage(info: PackageInfo, files: readonly ExportFile[]): string {
  const descriptor = {
    $schema: 'https://datapackage.org/profiles/2.0/datapackage.json',
    ...info,
    resources: files.map(resourceOf),
  };
  return `${JSON.stringify(descriptor, null, 2)}\n`;
}
