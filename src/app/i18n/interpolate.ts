// The staff strings' message format: `{name}` takes a parameter as it is (fill.ts), and ICU's
// `{count, plural, one {# visit} other {# visits}}` picks the form the language's plural rules give
// the number, `#` standing for it in the language's own digits. One pass over the text, no parse
// kept. A placeholder without a value stays visible rather than vanishing (a plural shows its
// `other` form around `{count}`), so a missing parameter shows up in a test instead of a blank.
import type { MessageParams } from './fill';
import { fill } from './fill';
import type { LocaleNumbers } from './numbers';

export type { MessageParams };

/** A plural placeholder as written: its parameter and its forms by category. */
export interface PluralPlaceholder {
  name: string;
  forms: Partial<Record<Intl.LDMLPluralRule, string>>;
  /** Where the placeholder ends in the text it was read from. */
  end: number;
}

const SIMPLE = /\{(\w+)\}/y;
const PLURAL_HEAD = /\{(\w+), *plural, */y;
const FORM_HEAD = /(zero|one|two|few|many|other) *\{/y;
const IN_FORM = /#|\{(\w+)\}/g;
const NO_PARAMS: MessageParams = {};

/** Reads the plural placeholder opening at `open`: undefined when there is none, or a broken one. */
export function readPlural(template: string, open: number): PluralPlaceholder | undefined {
  PLURAL_HEAD.lastIndex = open;
  const name = PLURAL_HEAD.exec(template)?.[1];
  if (name === undefined) return undefined;
  const forms: PluralPlaceholder['forms'] = {};
  let at = PLURAL_HEAD.lastIndex;
  while (template[at] !== '}') {
    FORM_HEAD.lastIndex = at;
    const category = FORM_HEAD.exec(template)?.[1] as Intl.LDMLPluralRule | undefined;
    if (category === undefined) return undefined;
    // A form may hold `{name}` placeholders: it ends at the brace that closes its own.
    const start = FORM_HEAD.lastIndex;
    let depth = 1;
    for (at = start; depth > 0; at += 1) {
      if (at === template.length) return undefined;
      if (template[at] === '{') depth += 1;
      else if (template[at] === '}') depth -= 1;
    }
    forms[category] = template.slice(start, at - 1);
    while (template[at] === ' ') at += 1;
  }
  return { name, forms, end: at + 1 };
}

function fillPlural(plural: PluralPlaceholder, params: MessageParams, numbers: LocaleNumbers) {
  const value = params[plural.name];
  const chosen = typeof value === 'number' ? plural.forms[numbers.category(value)] : undefined;
  const number = fill(`{${plural.name}}`, value, numbers);
  return (chosen ?? plural.forms.other ?? '#').replace(IN_FORM, (placeholder, name?: string) =>
    name === undefined ? number : fill(placeholder, params[name], numbers),
  );
}

export function interpolate(
  template: string,
  params: MessageParams | undefined,
  numbers: LocaleNumbers,
): string {
  let open = template.indexOf('{');
  if (open === -1) return template;
  const values = params ?? NO_PARAMS;
  let text = '';
  let done = 0;
  while (open !== -1) {
    SIMPLE.lastIndex = open;
    const simple = SIMPLE.exec(template);
    if (simple) {
      text += template.slice(done, open) + fill(simple[0], values[simple[1] ?? ''], numbers);
      done = open + simple[0].length;
    } else {
      const plural = readPlural(template, open);
      if (plural) {
        text += template.slice(done, open) + fillPlural(plural, values, numbers);
        done = plural.end;
      }
    }
    open = template.indexOf('{', Math.max(done, open + 1));
  }
  return text + template.slice(done);
}
