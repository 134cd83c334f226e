// GET /api/v1/report: the grant-report table, by country of origin or home municipality.
import { z } from 'zod/mini';

export const REPORT_TABLES = ['countries', 'municipalities'] as const;
export const REPORT_LANGS = ['da', 'en'] as const;
export const FORMATS = ['json', 'csv'] as const;

export type ReportTable = (typeof REPORT_TABLES)[number];
export type ReportLang = (typeof REPORT_LANGS)[number];
export type Format = (typeof FORMATS)[number];

/** The key of the row that sums every country not asked for. */
export const OTHER_KEY = 'other';

const count = z.number().check(z.int(), z.nonnegative());

/** key is a code, "other" (every country not asked for), or null (not said). */
export const ReportRowSchema = z.object({
  key: z.nullable(z.string()),
  name: z.string(),
  adults: count,
  children: count,
});

export type ReportRow = z.output<typeof ReportRowSchema>;

export const ReportSchema = z.object({
  from: z.string(),
  to: z.string(),
  table: z.enum(REPORT_TABLES),
  rows: z.array(ReportRowSchema),
  totals: z.object({ adults: count, children: count, visits: count, volunteers: count }),
});

export type Report = z.output<typeof ReportSchema>;
