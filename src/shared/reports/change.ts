// The change from one figure to the next, as a report to a funder states it: the difference, and
// the per cent of the first figure. From nothing there is no per cent: the row is "new" instead.
import type { CsvCell } from '../csv';
import type { ReportLang } from '../api/report';

export interface Change {
  /** The second figure minus the first. */
  difference: number;
  /** The difference in whole per cent of the first figure; null when the first was 0. */
  percent: number | null;
  /** The first figure was 0 and the second was not. */
  isNew: boolean;
}

/** The change from `before` to `after` (counts, so whole numbers of 0 or more). */
export function change(before: number, after: number): Change {
  for (const figure of [before, after]) {
    if (!Number.isInteger(figure) || figure < 0) {
      throw new RangeError(`A change is between counts, not ${figure}.`);
    }
  }
  const difference = after - before;
  return {
    difference,
    // Whole per cent: a Danish spreadsheet reads "12.5" from a CSV as text, not as a number.
    percent: before === 0 ? null : Math.round((difference / before) * 100),
    isNew: before === 0 && after > 0,
  };
}

const NEW: Record<ReportLang, string> = { da: 'ny', en: 'new' };

/** The two cells a CSV gives a change: the difference, and the per cent, "new" or nothing. */
export function changeCells(value: Change, lang: ReportLang): [CsvCell, CsvCell] {
  return [value.difference, value.isNew ? NEW[lang] : value.percent];
}
