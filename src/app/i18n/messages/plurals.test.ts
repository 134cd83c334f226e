// Counts in every table. A number a word agrees with ("1 visit", "2 visits") is a plural form with
// every category its language has; a number that stands alone as a figure ("Waiting to be sent:
// 3") is written plain and listed in FIGURES. Every placeholder is classed, so a new one is too.
import { describe, expect, it } from 'vitest';
import { interpolate } from '../interpolate';
import { LANGUAGES, STAFF_LANGUAGES, languageByCode } from '../languages/languages';
import type { LanguageCode } from '../languages/languages';
import { localeNumbers } from '../numbers';
import { KIOSK_MESSAGES, STAFF_MESSAGES } from '.';
import { da } from './da';
import { staffDa } from './staff/da';
import { placeholderNames, placeholdersIn } from '../placeholders';

/** Placeholders that hold how many of something there are. */
const COUNTS = new Set([
  'count',
  'visits',
  'adults',
  'children',
  'volunteers',
  'minutes',
  'days',
  'pages',
  'min',
  'max',
  'total',
  'sent',
  'stored',
  'rejected',
  'added',
  'replaced',
  'kept',
]);

/** Placeholders that hold anything else: names, times, text, a position in a list. */
const NOT_COUNTS = new Set([
  'name',
  'device',
  'file',
  'what',
  'who',
  'party',
  'skip',
  'language',
  'format',
  'query',
  'codes',
  'endpoint',
  'masked',
  'when',
  'at',
  'date',
  'time',
  'from',
  'to',
  'period',
  'used',
  'free',
  'why',
  'reason',
  'detail',
  'page',
  'entry',
  // A server's address, and elsewhere the tablet's and the server's tallies side by side after
  // labels ("This tablet: 4 today / server: 3"): neither has a word to agree with.
  'tablet',
  'server',
]);

/** Counts written as a bare figure, with no word that agrees with them. */
const FIGURES: Record<string, readonly string[]> = {
  // After a label: "Children: 2", "Waiting to be sent: 3".
  'party.childrenCount': ['count'],
  'summary.withChildren': ['count'],
  'summary.childrenAlone': ['count'],
  'staff.pin.entered': ['count'],
  'staff.receipt.pending': ['count'],
  'staff.receipt.quarantined': ['count'],
  'staff.corrections.people': ['adults', 'children'],
  'reports.period.shown': ['days'],
  'reports.listing.featured': ['count'],
  'reports.backup.waiting': ['count'],
  'coordinator.backup.result': ['stored', 'rejected'],
  // A figure with no noun: "5 in all", "3 of 12 recorded", "Page 1 of 4".
  'staff.corrections.size': ['count'],
  'settings.list.order': ['count', 'max'],
  'settings.error.idle': ['min', 'max'],
  'coordinator.backup.progress': ['sent', 'total'],
  'recordings.count': ['count', 'total'],
  'nav.page': ['pages'],
  // The start of a range: the word agrees with its end, "4 to 8 digits".
  'staff.gate.setHint': ['min'],
  'settings.idle.hint': ['min'],
  'settings.pin.hint': ['min'],
  'settings.error.pinFormat': ['min'],
};

type Table = [label: string, code: LanguageCode, messages: Record<string, string>];

const TABLES: Table[] = [
  ...LANGUAGES.map(({ code }): Table => [`kiosk ${code}`, code, KIOSK_MESSAGES[code]]),
  ...STAFF_LANGUAGES.map((code): Table => [`staff ${code}`, code, STAFF_MESSAGES[code]]),
];

/** Words shown beside a figure drawn on its own: their forms agree with it but do not repeat it. */
const WORDS_BESIDE_A_FIGURE = new Set([
  'staff.glance.visits',
  'staff.glance.adults',
  'staff.glance.children',
  'staff.glance.volunteers',
]);

describe.each(TABLES)('the counts in %s', (_, code, messages) => {
  const language = languageByCode(code);
  const categories = new Intl.PluralRules(language.locale).resolvedOptions().pluralCategories;
  const numbers = localeNumbers(language);

  it('are plural forms wherever a word agrees with the number', () => {
    for (const [key, text] of Object.entries(messages)) {
      const bare = placeholdersIn(text).plain.filter((name) => COUNTS.has(name));
      expect(bare, `${key}: ${text}`).toEqual(bare.filter((name) => FIGURES[key]?.includes(name)));
    }
  });

  it('give every category the language has, with the number in the other form', () => {
    for (const [key, text] of Object.entries(messages)) {
      for (const { name, forms } of placeholdersIn(text).plurals) {
        expect(COUNTS.has(name), `${key}: ${name} is no count`).toBe(true);
        expect(Object.keys(forms).sort(), key).toEqual([...categories].sort());
        if (WORDS_BESIDE_A_FIGURE.has(key)) expect(forms.other, key).not.toContain('#');
        else expect(forms.other, key).toContain('#');
      }
    }
  });

  it('leave no placeholder unfilled, whatever the number', () => {
    for (const [key, text] of Object.entries(messages)) {
      const names = placeholderNames(text).map((name) => name.replace(' (plural)', ''));
      for (const n of [0, 1, 2, 3, 11, 100, 101]) {
        const params = Object.fromEntries(names.map((name) => [name, COUNTS.has(name) ? n : 'x']));
        expect(interpolate(text, params, numbers), key).not.toMatch(/[{}]/);
      }
    }
  });
});

describe('the placeholders', () => {
  const all = TABLES.flatMap(([, , messages]) => Object.values(messages));

  it('are each classed as a count or not', () => {
    for (const text of all) {
      for (const name of placeholderNames(text)) {
        const bare = name.replace(' (plural)', '');
        expect(COUNTS.has(bare) || NOT_COUNTS.has(bare), `${name} in ${text}`).toBe(true);
      }
    }
  });

  it('listed as figures are still written plain in Danish', () => {
    const danish: Record<string, string> = { ...da, ...staffDa };
    for (const [key, names] of Object.entries(FIGURES)) {
      expect(placeholdersIn(danish[key] ?? '').plain, key).toEqual(
        expect.arrayContaining([...names]),
      );
    }
  });
});
