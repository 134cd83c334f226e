// The visit log export: one CSV line per visit record, for a coordinator who wants the raw rows.
// Date and time are read in the centre's time zone from the stamp's instant, so a visit at 23:30
// on a summer evening is on that evening's date whatever offset the tablet wrote.
// A log may hold ten years of visits, so each line is written straight from its cells, and the
// cells that repeat (a quarter hour, a country, a municipality, a tablet) are written once.
import type { ReportLang } from '../api/report';
import { reportCountryName } from '../countryNames';
import { CSV_BOM, CSV_LINE_END, csvCell, csvLine, csvSeparator } from '../csv';
import type { CsvCell, CsvOptions, CsvSeparator } from '../csv';
import { municipalityByCode } from '../municipalities';
import { CENTRE_TIME_ZONE, localParts } from '../time';
import type { Visit } from '../visit';
import { columnName, VISIT_FIELDS } from '../visitFields';
import type { VisitField } from '../visitFields';

// The fields written as two columns: the local date and time of the stamp, a code and its name.
const SPLIT_COLUMNS: Partial<Record<VisitField, readonly [string, string]>> = {
  visitedAt: ['date', 'time'],
  country: ['country', 'country_name'],
  municipality: ['municipality', 'municipality_name'],
};

/** The log's header: each field's column (or two) in VISIT_FIELDS order. */
export const VISIT_LOG_COLUMNS: readonly string[] = VISIT_FIELDS.flatMap(
  (field) => SPLIT_COLUMNS[field] ?? [columnName(field)],
);

/** The columns the server's visit list adds after the record's: what only the server knows. */
export const ARRIVAL_COLUMNS: readonly string[] = ['received_at', 'device'];

// The header a person reads, in the file's language, column for column beside the API's names.
const NAMED_COLUMNS: Record<ReportLang, Record<string, string>> = {
  da: {
    id: 'Id',
    date: 'Dato',
    time: 'Tid',
    country: 'Landekode',
    country_name: 'Oprindelsesland',
    municipality: 'Kommunekode',
    municipality_name: 'Hjemkommune',
    age_group: 'Aldersgruppe',
    party_id: 'Følge',
    device_id: 'Tablet',
    voided: 'Annulleret',
    kind: 'Slags',
    received_at: 'Modtaget',
    device: 'Tablettens id',
  },
  en: {
    id: 'Id',
    date: 'Date',
    time: 'Time',
    country: 'Country code',
    country_name: 'Country of origin',
    municipality: 'Municipality code',
    municipality_name: 'Home municipality',
    age_group: 'Age group',
    party_id: 'Party',
    device_id: 'Tablet',
    voided: 'Voided',
    kind: 'Kind',
    received_at: 'Received',
    device: 'Tablet id',
  },
};

/** The header of the log: the API's column names, or their names in the file's language. */
export type VisitLogHeader = 'columns' | 'named';

function headerOf(columns: readonly string[], lang: ReportLang, header: VisitLogHeader): string[] {
  return header === 'columns'
    ? [...columns]
    : columns.map((column) => NAMED_COLUMNS[lang][column] ?? column);
}

/** A visit with when the server first received it and the id of the tablet that sent it. */
export interface ArrivedVisit extends Visit {
  receivedAt: string | null;
  device: string | null;
}

export interface VisitLogOptions extends CsvOptions {
  /** The centre's time zone for the date and time columns; Europe/Copenhagen unless given. */
  timeZone?: string;
  /**
   * 'named' heads the columns in `lang` (what a person downloads); 'columns', the default, keeps
   * the API's column names, which scripts read.
   */
  header?: VisitLogHeader;
}

/** The written cells for each value seen, made by `write` the first time a value comes. */
function written<K>(write: (key: K) => string): (key: K) => string {
  const known = new Map<K, string>();
  return (key) => {
    let text = known.get(key);
    if (text === undefined) {
      text = write(key);
      known.set(key, text);
    }
    return text;
  };
}

function pad2(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

/** How a field's value becomes its cells, separators between them included. */
type FieldCells = { [F in VisitField]?: (value: Visit[F]) => string };

/** Writes a field of a visit: its writer in `writers`, else `otherwise`. */
function fieldWriter<F extends VisitField>(
  field: F,
  writers: FieldCells,
  otherwise: (value: CsvCell) => string,
): (visit: Visit) => string {
  const write = writers[field] ?? otherwise;
  return (visit) => write(visit[field]);
}

/**
 * The visits as CSV in the order given, headed by VISIT_LOG_COLUMNS: local date YYYY-MM-DD and
 * local HH:MM, names in `lang` (municipalities keep their official Danish names), empty cells for
 * what was not said, voided as true/false.
 */
export function visitLogCsv(
  visits: Iterable<Visit>,
  lang: ReportLang,
  options: VisitLogOptions = {},
): string {
  return writeLog(visits, lang, options, null);
}

/**
 * The server's visit log: visitLogCsv's columns, then ARRIVAL_COLUMNS, the time the server first
 * received the visit (ISO, UTC) and the sending tablet's id, empty when not known. Last, so that a
 * sheet built on the tablet's columns still finds each where it was.
 */
export function arrivedVisitLogCsv(
  visits: Iterable<ArrivedVisit>,
  lang: ReportLang,
  options: VisitLogOptions = {},
): string {
  return writeLog(visits, lang, options, (visit, sep) => {
    const cell = (value: CsvCell) => csvCell(value, sep);
    return sep + cell(visit.receivedAt) + sep + cell(visit.device);
  });
}

function writeLog<V extends Visit>(
  visits: Iterable<V>,
  lang: ReportLang,
  options: VisitLogOptions,
  after: ((visit: V, sep: CsvSeparator) => string) | null,
): string {
  const timeZone = options.timeZone ?? CENTRE_TIME_ZONE;
  const sep: CsvSeparator = csvSeparator(options);
  const cell = (value: CsvCell) => csvCell(value, sep);
  // Ids are new on every line. Any field not named here repeats from visit to visit (a tablet, an
  // age group), so each of its values is written once.
  const repeated = written(cell);
  const writers: FieldCells = {
    id: cell,
    partyId: cell,
    visitedAt: written((visitedAt: string) => {
      const local = localParts(visitedAt, timeZone);
      return cell(local.date) + sep + cell(`${pad2(local.hour)}:${pad2(local.minute)}`);
    }),
    country: written(
      (code: string | null) =>
        cell(code) + sep + cell(code === null ? null : reportCountryName(code, lang)),
    ),
    municipality: written(
      (code: string | null) =>
        cell(code) + sep + cell(code === null ? null : (municipalityByCode(code)?.name ?? code)),
    ),
  };
  const fieldsInOrder = VISIT_FIELDS.map((field) => fieldWriter(field, writers, repeated));

  // Lines joined once at the end make one flat string; adding each to the last makes a chain of
  // millions of pieces that the Blob then has to walk.
  const columns = after === null ? VISIT_LOG_COLUMNS : [...VISIT_LOG_COLUMNS, ...ARRIVAL_COLUMNS];
  const lines = [CSV_BOM + csvLine(headerOf(columns, lang, options.header ?? 'columns'), sep)];
  for (const visit of visits) {
    let line = '';
    let between = '';
    for (const write of fieldsInOrder) {
      line += between + write(visit);
      between = sep;
    }
    if (after !== null) line += after(visit, sep);
    lines.push(line + CSV_LINE_END);
  }
  return lines.join('');
}
