// Saving a file the page made itself, with no server involved: the text goes into a Blob, an
// object URL points at it, and a hidden <a download> is clicked. That works offline on the tablet
// and, for files fetched with a token in a header, on the coordinator page too.
import type { Period } from '../../../shared/periods';
import type { Format, ReportLang, ReportTable } from '../../../shared/api/report';
import { UNSENT_VISITS_FORMAT } from '../../../shared/api/unsentVisitsFile';

export const CSV_TYPE = 'text/csv;charset=utf-8';
const JSON_TYPE = 'application/json';

// Some browsers read the object URL after click() returns; a minute is plenty and frees the memory.
const REVOKE_AFTER_MS = 60_000;

/** Offers the Blob to the person as a file called `fileName` (the browser asks or saves it). */
export function downloadBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.rel = 'noopener';
  link.hidden = true;
  document.body.append(link);
  try {
    link.click();
  } finally {
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), REVOKE_AFTER_MS);
  }
}

/** CSV text as written by the shared writer (it already begins with the byte order mark). */
export function downloadCsv(csv: string, fileName: string): void {
  downloadBlob(new Blob([csv], { type: CSV_TYPE }), fileName);
}

/** Any JSON value, indented so a person can read it too. */
export function downloadJson(value: unknown, fileName: string): void {
  downloadBlob(new Blob([`${JSON.stringify(value, null, 2)}\n`], { type: JSON_TYPE }), fileName);
}

// Names as the server gives its downloads, so files from the tablet and the server sort together;
// the language goes in when it is not the default Danish.
function langPart(lang: ReportLang): string {
  return lang === 'da' ? '' : `-${lang}`;
}

export function visitLogFileName(period: Period, format: Format, lang: ReportLang): string {
  return `velkommen-visits-${period.from}-${period.to}${format === 'csv' ? langPart(lang) : ''}.${format}`;
}

export function reportFileName(
  table: ReportTable,
  period: Period,
  format: Format,
  lang: ReportLang,
): string {
  return `velkommen-report-${table}-${period.from}-${period.to}${langPart(lang)}.${format}`;
}

/**
 * The unsent visits file's name, e.g. velkommen-backup-door-1-2026-11-23T1430Z.json: the format's
 * name first, as on the files already made, then the tablet's name made safe for a file name.
 */
export function unsentVisitsFileName(deviceId: string, exportedAt: Date): string {
  const safeName = deviceId.replace(/[^\p{L}\p{N}_-]+/gu, '-').replace(/^-+|-+$/g, '') || 'tablet';
  const stamp = `${exportedAt.toISOString().slice(0, 16).replace(':', '')}Z`;
  return `${UNSENT_VISITS_FORMAT}-${safeName}-${stamp}.json`;
}
