// The countries a coordinator types for the report ("TR, PK, MA" or one a line), read the way
// the API's countries= parameter reads them: codes in any case, duplicates once, order kept.
import { isCountryCode } from '../../../shared/countries';

export function parseCountryList(text: string): { codes: string[]; unknown: string[] } {
  const codes: string[] = [];
  const unknown: string[] = [];
  for (const part of text.split(/[\s,;]+/)) {
    if (part === '') continue;
    const code = part.toUpperCase();
    if (!isCountryCode(code)) {
      if (!unknown.includes(part)) unknown.push(part);
    } else if (!codes.includes(code)) {
      codes.push(code);
    }
  }
  return { codes, unknown };
}
