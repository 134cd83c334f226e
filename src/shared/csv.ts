// The one CSV writer for every export, on the tablet and on the server alike, so the same visits
// give the same bytes on both sides. Shaped for a double click in Danish Excel: a byte order mark
// so it reads UTF-8, ';' because Danish Excel splits on it, and CRLF line ends.

export interface CsvOptions {
  /** ';' (the default, for Danish spreadsheets) or ',' (asked for with `sep=,`). */
  separator?: ';' | ',';
}

export type CsvCell = string | number | boolean | null;

const BOM = '\uFEFF';
const LINE_END = '\r\n';

// A spreadsheet runs a cell that starts with one of these as a formula (tab and CR because some
// of them strip leading whitespace first), so a tablet name like "=HYPERLINK(...)" could do harm.
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * The rows as CSV text: byte order mark first, a CRLF after every line, RFC 4180 quoting, null as
 * an empty cell, and a leading ' on any text cell a spreadsheet would run as a formula.
 */
export function toCsv(rows: readonly (readonly CsvCell[])[], options: CsvOptions = {}): string {
  const separator = options.separator ?? ';';
  if (separator !== ';' && separator !== ',') {
    throw new RangeError(`The CSV separator must be ";" or ",", not ${JSON.stringify(separator)}.`);
  }
  let text = BOM;
  for (const row of rows) {
    text += row.map((cell) => csvCell(cell, separator)).join(separator) + LINE_END;
  }
  return text;
}

function csvCell(cell: CsvCell, separator: string): string {
  if (cell === null) return '';
  if (typeof cell === 'boolean') return cell ? 'true' : 'false';
  // Numbers are counts written by this code, never text someone typed, so they are left as they
  // are; "-1" would still be a number to a spreadsheet, not a formula.
  if (typeof cell === 'number') {
    if (!Number.isFinite(cell)) throw new RangeError(`A CSV cell cannot hold ${cell}.`);
    return String(cell);
  }
  const text = FORMULA_START.test(cell) ? `'${cell}` : cell;
  const needsQuotes =
    text.includes(separator) || text.includes('"') || text.includes('\r') || text.includes('\n');
  return needsQuotes ? `"${text.replaceAll('"', '""')}"` : text;
}
