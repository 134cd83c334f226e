// The visit log export: one CSV line per visit record, for a coordinator who wants the raw rows.
// Date and time are read in the centre's time zone from the stamp's instant, so a visit at 23:30
// on a summer evening is on that evening's date whatever offset the tablet wrote.
// A log may hold ten years of visits, so each line is written straight from its cells, and the
// cells that repeat (a quarter hour, a country, a municipality, a tablet) are written once.
import { reportCountryName } from './countryNames';
import { CSV_BOM, CSV_LINE_END, csvCell, csvLine, csvSeparator } from './csv';
import type { CsvOptions, CsvSeparator } from './csv';
import { municipalityByCode } from './municipalities';
import type { ReportLang } from './report';
import { CENTRE_TIME_ZONE, localParts } from './time';
import type { Visit } from './visit';

export const VISIT_LOG_COLUMNS = [
  'id',
  'date',
  'time',
  'country',
  'country_name',
  'municipality',
  'municipality_name',
  'age_group',
  'party_id',
  'device_id',
  'voided',
  'kind',
] as const;

export interface VisitLogOptions extends CsvOptions {
  /** The centre's time zone for the date and time columns; Europe/Copenhagen unless given. */
  timeZone?: string;
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
  const timeZone = options.timeZone ?? CENTRE_TIME_ZONE;
  const sep: CsvSeparator = csvSeparator(options);
  const cell = (value: string | null) => csvCell(value, sep);

  const when = written((visitedAt: string) => {
    const local = localParts(visitedAt, timeZone);
    return cell(local.date) + sep + cell(`${pad2(local.hour)}:${pad2(local.minute)}`);
  });
  const country = written(
    (code: string | null) =>
      cell(code) + sep + cell(code === null ? null : reportCountryName(code, lang)),
  );
  const municipality = written(
    (code: string | null) =>
      cell(code) + sep + cell(code === null ? null : (municipalityByCode(code)?.name ?? code)),
  );
  const text = written(cell);

  // Lines joined once at the end make one flat string; adding each to the last makes a chain of
  // millions of pieces that the Blob then has to walk.
  const lines = [CSV_BOM + csvLine(VISIT_LOG_COLUMNS, sep)];
  for (const visit of visits) {
    lines.push(
      cell(visit.id) +
        sep +
        when(visit.visitedAt) +
        sep +
        country(visit.country) +
        sep +
        municipality(visit.municipality) +
        sep +
        text(visit.ageGroup) +
        sep +
        cell(visit.partyId) +
        sep +
        text(visit.deviceId) +
        sep +
        (visit.voided ? 'true' : 'false') +
        sep +
        text(visit.kind) +
        CSV_LINE_END,
    );
  }
  return lines.join('');
}
