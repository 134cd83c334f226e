// A change in words for a table cell: the difference with its sign ("+12", "−3", "0") and the per
// cent of the first figure ("+8 %"), or the word for "new" where the first figure was 0.
import type { Change } from '../../../shared/reports/change';

export function differenceText(change: Change, lang: string): string {
  return new Intl.NumberFormat(lang, { signDisplay: 'exceptZero' }).format(change.difference);
}

/** The per cent, `newWord` from nothing, or a dash where both figures were 0. */
export function percentText(change: Change, lang: string, newWord: string): string {
  if (change.isNew) return newWord;
  if (change.percent === null) return '–';
  return new Intl.NumberFormat(lang, { style: 'percent', signDisplay: 'exceptZero' }).format(
    change.percent / 100,
  );
}
