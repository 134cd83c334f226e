// The changes staff make to a featured list, as pure functions of the stored list.

/** The list with `code` moved one place towards the start (-1) or the end (1); unchanged at an end. */
export function moved(list: readonly string[], code: string, by: -1 | 1): string[] {
  const next = [...list];
  const from = next.indexOf(code);
  const to = from + by;
  if (from < 0 || to < 0 || to >= next.length) return next;
  [next[from], next[to]] = [next[to] ?? code, code];
  return next;
}

export function removed(list: readonly string[], code: string): string[] {
  return list.filter((item) => item !== code);
}

/** The list with `code` added at the end, unless it is there already. */
export function added(list: readonly string[], code: string): string[] {
  return list.includes(code) ? [...list] : [...list, code];
}
