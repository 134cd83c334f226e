// The one CSV writer for every export, on the tablet and on the server alike, so the same visits
// give the same bytes on both sides. Shaped for a double click in Danish Excel: a byte order mark
// so it reads UTF-8, ';' because Danish Excel splits on it, and CRLF line ends.

export type CsvSeparator = ';' | ',';

export interface CsvOptions {
  /** ';' (the default, for Danish spreadsheets) or ',' (asked for with `sep=,`). */
  separator?: CsvSeparator;
}

export type CsvCell = string | number | boolean | null;

export const CSV_BOM = '\uFEFF';
export const CSV_LINE_END = '\r\n';

// A spreadsheet runs a cell that starts with one of these as a formula, so a tablet name like
// "=HYPERLINK(...)" could do harm. Some spreadsheets strip leading blanks before they look (so
// " =1+1" runs too), and some read the full-width ＝ ＋ － ＠ of East Asian keyboards as the plain
// ones; a tab or CR at the start is neutralised on its own as well.
const FORMULA_START = /^(?:[ \t\r\n\u00A0\u3000]*[=+\-@\uFF1D\uFF0B\uFF0D\uFF20]|[\t\r])/;

// One test a cell instead of four, since exports write a dozen cells for every visit.
const NEEDS_QUOTES: Readonly<Record<CsvSeparator, RegExp>> = {
  ';': /[;"\r\n]/,
  ',': /[,"\r\n]/,
};

/** The separator asked for, or ';'; anything else is a RangeError. */
export function csvSeparator(options: CsvOptions = {}): CsvSeparator {
  const separator: unknown = options.separator ?? ';';
  if (separator !== ';' && separator !== ',') {
    throw new RangeError(`The CSV separator must be ";" or ",", not ${JSON.stringify(separator)}.`);
  }
  return separator;
}

/**
 * The rows as CSV text: byte order mark first, a CRLF after every line, RFC 4180 quoting, null as
 * an empty cell, and a leading ' on any text cell a spreadsheet would run as a formula.
 */
export function toCsv(rows: readonly (readonly CsvCell[])[], options: CsvOptions = {}): string {
  const separator = csvSeparator(options);
  let text = CSV_BOM;
  for (const row of rows) text += csvLine(row, separator);
  return text;
}

/** One row as toCsv writes it, CRLF included. */
export function csvLine(row: readonly CsvCell[], separator: CsvSeparator): string {
  let line = '';
  for (let i = 0; i < row.length; i++) {
    if (i > 0) line += separator;
    line += csvCell(row[i] ?? null, separator);
  }
  return line + CSV_LINE_END;
}

/** One cell as toCsv writes it between separators. */
export function csvCell(cell: CsvCell, separator: CsvSeparator): string {
  if (cell === null) return '';
  if (typeof cell === 'boolean') return cell ? 'true' : 'false';
  // Numbers are counts written by this code, never text someone typed, so they are left as they
  // are; "-1" would still be a number to a spreadsheet, not a formula.
  if (typeof cell === 'number') {
    if (!Number.isFinite(cell)) throw new RangeError(`A CSV cell cannot hold ${cell}.`);
    return String(cell);
  }
  const text = FORMULA_START.test(cell) ? `'${cell}` : cell;
  return NEEDS_QUOTES[separator].test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}
