// The coordinator page's language (Danish or English), kept on this computer: it is no secret, and
// the same person usually comes back to the same office computer.
import { z } from 'zod/mini';
import type { LanguageCode } from '../i18n/languages/languages';

const KEY = 'velkommen.coordinator.lang';

const KeptLanguageSchema = z.enum(['da', 'en']);

/** The language kept on this computer, or else the browser's when it is English; else Danish. */
export function loadLanguage(): 'da' | 'en' {
  try {
    const kept = KeptLanguageSchema.safeParse(globalThis.localStorage?.getItem(KEY));
    if (kept.success) return kept.data;
  } catch {
    // No storage: go by the browser.
  }
  const browser = globalThis.navigator?.language ?? 'da';
  return /^en\b/i.test(browser) ? 'en' : 'da';
}

export function saveLanguage(code: LanguageCode): void {
  try {
    globalThis.localStorage?.setItem(KEY, code);
  } catch {
    // Not remembered; the browser's language decides next time.
  }
}
