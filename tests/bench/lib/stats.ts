// The few statistics the benchmarks report: median and nearest-rank percentiles.

function sorted(values: readonly number[]): number[] {
  if (values.length === 0) throw new Error('No measurements to summarise.');
  return [...values].sort((a, b) => a - b);
}

/** The value at or below which `p` percent of the values lie (nearest rank, no interpolation). */
export function percentile(values: readonly number[], p: number): number {
  const ordered = sorted(values);
  const rank = Math.max(1, Math.ceil((p / 100) * ordered.length));
  return ordered[Math.min(rank, ordered.length) - 1] ?? Number.NaN;
}

export function median(values: readonly number[]): number {
  const ordered = sorted(values);
  const middle = Math.floor(ordered.length / 2);
  const upper = ordered[middle] ?? Number.NaN;
  if (ordered.length % 2 === 1) return upper;
  return ((ordered[middle - 1] ?? Number.NaN) + upper) / 2;
}

export function spread(values: readonly number[]): string {
  const ordered = sorted(values);
  return `min ${round(ordered[0] ?? Number.NaN)}, max ${round(ordered.at(-1) ?? Number.NaN)}, n ${ordered.length}`;
}

/** Three significant figures is all a benchmark on a shared machine can claim. */
export function round(value: number): number {
  if (!Number.isFinite(value) || value === 0) return value;
  const digits = Math.max(0, 2 - Math.floor(Math.log10(Math.abs(value))));
  return Number(value.toFixed(Math.min(digits, 3)));
}
