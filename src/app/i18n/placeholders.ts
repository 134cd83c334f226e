// What a message's placeholders are, read the way interpolate() reads them: a plural is taken whole
// (its forms' braces are not placeholders), and the plain placeholders inside its forms count too.
// For the tests that hold every language's table to Danish's.
import { readPlural } from './interpolate';
import type { PluralPlaceholder } from './interpolate';

export interface Placeholders {
  plain: string[];
  plurals: PluralPlaceholder[];
}

export function placeholdersIn(text: string, found: Placeholders = { plain: [], plurals: [] }) {
  for (let open = text.indexOf('{'); open !== -1; open = text.indexOf('{', open + 1)) {
    const plural = readPlural(text, open);
    if (plural) {
      found.plurals.push(plural);
      for (const form of Object.values(plural.forms)) placeholdersIn(form, found);
      open = plural.end - 1;
      continue;
    }
    const plain = /^\{(\w+)\}/.exec(text.slice(open))?.[1];
    if (plain !== undefined) found.plain.push(plain);
  }
  return found;
}

/** Every placeholder's name once, sorted, with plural ones marked: `count (plural)`. */
export function placeholderNames(text: string): string[] {
  const { plain, plurals } = placeholdersIn(text);
  return [...new Set([...plain, ...plurals.map(({ name }) => `${name} (plural)`)])].sort();
}
