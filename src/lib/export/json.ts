/** The JSON export of a table: an array of objects with the table's fields, in column order. */
import { cellsOf, type Cell, type Field } from './fields.ts';

/** Each row reduced to the table's fields (nothing more, nothing missing), in column order. */
export function toRecords<Row>(fields: readonly Field<Row>[], rows: readonly Row[]): Record<string, Cell>[] {
  return rows.map((row) => {
    const cells = cellsOf(fields, row);
    return Object.fromEntries(fields.map((f, i) => [f.name, cells[i]!]));
  });
}

/** The JSON file: the records, indented, ending with a newline. */
export function toJson<Row>(fields: readonly Field<Row>[], rows: readonly Row[]): string {
  return `${JSON.stringify(toRecords(fields, rows), null, 2)}\n`;
}
