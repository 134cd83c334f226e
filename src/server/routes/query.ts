// Query parameters of the read routes, checked strictly: a value the API does not know answers 400
// with a sentence saying what would be right, rather than being ignored or guessed at.
import type { CsvOptions } from '../../shared/csv';
import { isCountryCode } from '../../shared/countries';
import {
  FORMATS,
  REPORT_LANGS,
  REPORT_TABLES,
  type Format,
  type ReportLang,
  type ReportTable,
} from '../../shared/api/report';
import { ApiError } from '../http/responses';

export type Query = Record<string, string | undefined>;

function invalid(message: string): ApiError {
  return new ApiError(400, 'invalid_query', message);
}

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isDate(value: string): boolean {
  const m = DATE.exec(value);
  if (!m) return false;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return (
    date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day
  );
}

export function date(query: Query, name: string): string | undefined {
  const value = query[name];
  if (value === undefined) return undefined;
  if (!isDate(value)) {
    throw invalid(`${name} must be a date written YYYY-MM-DD, like 2026-11-23, not "${value}".`);
  }
  return value;
}

/** from and to, both required, from not after to (both ends included). */
export function dateRange(query: Query): { from: string; to: string } {
  const from = date(query, 'from');
  const to = date(query, 'to');
  if (from === undefined || to === undefined) {
    throw invalid('Give the dates to read as from=YYYY-MM-DD&to=YYYY-MM-DD (both days included).');
  }
  if (from > to) throw invalid(`from (${from}) is after to (${to}); swap them.`);
  return { from, to };
}

function oneOf<T extends string>(
  query: Query,
  name: string,
  allowed: readonly T[],
  fallback: T,
): T {
  const value = query[name];
  if (value === undefined) return fallback;
  const found = allowed.find((option) => option === value);
  if (found === undefined) {
    throw invalid(`${name} must be ${allowed.map((a) => `"${a}"`).join(' or ')}, not "${value}".`);
  }
  return found;
}

export function format(query: Query): Format {
  return oneOf(query, 'format', FORMATS, 'json');
}

export function lang(query: Query): ReportLang {
  return oneOf(query, 'lang', REPORT_LANGS, 'da');
}

export function table(query: Query): ReportTable {
  return oneOf(query, 'table', REPORT_TABLES, 'countries');
}

export function csvOptions(query: Query): CsvOptions {
  return { separator: oneOf<';' | ','>(query, 'sep', [';', ','], ';') };
}

export function includeVoided(query: Query): boolean {
  return oneOf(query, 'includeVoided', ['true', 'false'], 'false') === 'true';
}

/** countries=DK,IQ: country codes to list first in the report, in that order. */
export function countries(query: Query, reportTable: ReportTable): string[] | undefined {
  const value = query.countries;
  if (value === undefined) return undefined;
  if (reportTable !== 'countries') {
    throw invalid('countries= works only with table=countries.');
  }
  const codes = value.split(',').map((code) => code.trim().toUpperCase());
  const wrong = codes.filter((code) => !isCountryCode(code));
  if (wrong.length > 0) {
    throw invalid(
      `countries must be ISO 3166-1 alpha-2 codes separated by commas, like countries=DK,IQ; not a country code: ${wrong.map((w) => `"${w}"`).join(', ')}.`,
    );
  }
  return [...new Set(codes)];
}
