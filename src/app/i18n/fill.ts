// The plain placeholders of a message, `{name}`, filled with their values as they are, a number in
// the language's own digits. The kiosk's own strings have no other kind (messages.test.ts holds
// them to it), so this is all the first screen carries; the staff strings' plural forms are read by
// interpolate.ts, which comes with those strings (messages/catalog.ts). A placeholder without a
// value stays visible, so a missing parameter shows up in a test instead of a blank.
import type { LocaleNumbers } from './numbers';

export type MessageParams = Record<string, string | number>;

const PLAIN = /\{(\w+)\}/g;

export function fill(
  placeholder: string,
  value: string | number | undefined,
  numbers: LocaleNumbers,
): string {
  if (value === undefined) return placeholder;
  return typeof value === 'number' ? numbers.format(value) : value;
}

/** `template` with its plain placeholders filled; the text put in is never read again. */
export function fillPlain(
  template: string,
  params: MessageParams | undefined,
  numbers: LocaleNumbers,
): string {
  if (!template.includes('{')) return template;
  return template.replace(PLAIN, (placeholder, name: string) =>
    fill(placeholder, params?.[name], numbers),
  );
}
