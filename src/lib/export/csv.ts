/**
 * RFC 4180 CSV for spreadsheet users: UTF-8 with a byte-order mark (so Excel reads Arabic as UTF-8),
 * CRLF after every record, a field quoted when it holds a comma, a quote or a line break, quotes doubled.
 */
import { cellsOf, LIST_DELIMITER, type Cell, type Field } from './fields.ts';

/** The UTF-8 byte-order mark that starts every CSV file. */
export const BOM = '\uFEFF';

/** One field as RFC 4180 writes it: quoted, with its quotes doubled, only when it must be. */
export function csvField(text: string): string {
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** A cell as text: null empty, booleans «true»/«false», lists joined by «;» (an item holding «;» is an error). */
export function cellText(value: Cell): string {
  if (value === null) return '';
  if (Array.isArray(value)) {
    const bad = value.find((item) => item.includes(LIST_DELIMITER));
    if (bad !== undefined) throw new Error(`list item «${bad}» contains «${LIST_DELIMITER}», the list separator: remove it from the item`);
    return value.join(LIST_DELIMITER);
  }
  return String(value);
}

/** The whole CSV file: BOM, header of field names, one record per row, each ending in CRLF. */
export function toCsv<Row>(fields: readonly Field<Row>[], rows: readonly Row[]): string {
  const records = [fields.map((f) => f.name), ...rows.map((row) => cellsOf(fields, row).map(cellText))];
  return BOM + records.map((cells) => cells.map(csvField).join(',') + '\r\n').join('');
}
