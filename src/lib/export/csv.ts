/**
 * RFC 4180 CSV for spreadsheet users: UTF-8 with a byte-order mark (so Excel reads Arabic as UTF-8),
 * CRLF after every record, a field quoted when it holds a comma, a quote or a line break, quotes doubled.
 * A text cell that a spreadsheet would run as a formula starts with «'» (the data page says so).
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

/** What starts a formula in Excel, LibreOffice or Google Sheets: «=», «+», «-», «@», a tab or a carriage return (OWASP, CSV Injection). */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * A text cell that a spreadsheet would run as a formula («=HYPERLINK(…)», «@SUM(…)», «-2+3») with «'» before
 * it, which makes the spreadsheet show it as text, as OWASP advises; any other text as it is.
 */
export function neutralizeFormula(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

/** A cell as the CSV file writes it: text and lists neutralized, numbers and booleans as they are (-3.5 is a number, not a formula). */
function csvCell(value: Cell): string {
  return typeof value === 'string' || Array.isArray(value) ? neutralizeFormula(cellText(value)) : cellText(value);
}

/** The whole CSV file: BOM, header of field names, one record per row, each ending in CRLF. */
export function toCsv<Row>(fields: readonly Field<Row>[], rows: readonly Row[]): string {
  const records = [fields.map((f) => f.name), ...rows.map((row) => cellsOf(fields, row).map(csvCell))];
  return BOM + records.map((cells) => cells.map(csvField).join(',') + '\r\n').join('');
}
