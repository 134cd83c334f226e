// Finding a country or municipality to add by typing a few letters of its name, in whichever
// language staff think of it ("Tyrkiet", "Turkey", "TR"), without caring about accents.

export interface Option {
  code: string;
  /** The name shown, in the staff's language. */
  name: string;
  /** Other names it may be looked for by (other languages). */
  aliases?: readonly string[];
}

/** Lower case without accents, so "sao" finds "São Tomé" and "aabenraa" "Aabenraa". */
export function folded(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLocaleLowerCase('da').trim();
}

/**
 * The options that match the query, those whose name starts with it first; all of them (in the
 * given order) for an empty query. Codes in `exclude` are left out.
 */
export function searchOptions(
  options: readonly Option[],
  query: string,
  exclude: ReadonlySet<string> = new Set(),
): Option[] {
  const wanted = folded(query);
  const candidates = options.filter((option) => !exclude.has(option.code));
  if (wanted === '') return candidates;
  const starts: Option[] = [];
  const contains: Option[] = [];
  for (const option of candidates) {
    const names = [option.name, ...(option.aliases ?? [])].map(folded);
    if (folded(option.code) === wanted || names.some((name) => name.startsWith(wanted))) {
      starts.push(option);
    } else if (names.some((name) => name.includes(wanted))) {
      contains.push(option);
    }
  }
  return [...starts, ...contains];
}
