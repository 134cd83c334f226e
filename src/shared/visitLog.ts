// The visit log export: one CSV line per visit record, for a coordinator who wants the raw rows.
// Date and time are read in the centre's time zone from the stamp's instant, so a visit at 23:30
// on a summer evening is on that evening's date whatever offset the tablet wrote.
import { reportCountryName } from './countryNames';
import { toCsv } from './csv';
import type { CsvCell, CsvOptions } from './csv';
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
  const lines: CsvCell[][] = [[...VISIT_LOG_COLUMNS]];
  for (const visit of visits) {
    const local = localParts(visit.visitedAt, timeZone);
    lines.push([
      visit.id,
      local.date,
      `${String(local.hour).padStart(2, '0')}:${String(local.minute).padStart(2, '0')}`,
      visit.country,
      visit.country === null ? null : reportCountryName(visit.country, lang),
      visit.municipality,
      visit.municipality === null
        ? null
        : (municipalityByCode(visit.municipality)?.name ?? visit.municipality),
      visit.ageGroup,
      visit.partyId,
      visit.deviceId,
      visit.voided,
      visit.kind,
    ]);
  }
  return toCsv(lines, { separator: options.separator ?? ';' });
}
