// Judging rows against the budgets and printing the table people read. A smoke run judges only
// the checks (nothing lost, nothing doubled); its figures come from small sizes and say nothing
// about the budgets.
import type { BudgetKey, Row } from './measure';

export type Budgets = Record<BudgetKey, { max: number; unit: string; why: string }>;

export interface JudgedRow extends Row {
  /** The limit the value was held to, or null when none. */
  limit: number | null;
  /** true or false when judged; null when not (no budget, or a smoke run). */
  pass: boolean | null;
}

export function judge(row: Row, budgets: Budgets, smoke: boolean): JudgedRow {
  const limit = row.mustBeAtMost ?? (row.budget ? budgets[row.budget].max : null);
  if (row.notMeasured !== undefined) return { ...row, limit, pass: null };
  if (row.mustBeAtMost !== undefined) {
    return { ...row, limit: row.mustBeAtMost, pass: row.value <= row.mustBeAtMost };
  }
  if (row.budget === undefined) return { ...row, limit: null, pass: null };
  const budget = budgets[row.budget];
  if (budget.unit !== row.unit) {
    throw new Error(`budgets.json gives ${row.budget} in ${budget.unit}, measured in ${row.unit}.`);
  }
  return { ...row, limit: budget.max, pass: smoke ? null : row.value <= budget.max };
}

function figure(value: number): string {
  return value.toLocaleString('en-GB', { maximumFractionDigits: 3 });
}

function cells(row: JudgedRow): string[] {
  const limit =
    row.limit === null ? '' : `≤ ${figure(row.limit)} ${row.unit}${row.budget ? '' : ' (check)'}`;
  const result =
    row.pass === null ? (row.limit === null ? '' : 'not judged') : row.pass ? 'pass' : 'FAIL';
  const engine = row.engine ?? '';
  if (row.notMeasured !== undefined)
    return [row.what, engine, 'not measured', '', '', limit, result];
  const value = `${figure(row.value)} ${row.unit}`;
  return row.figure === undefined
    ? [row.what, engine, value, '', '', limit, result]
    : [row.what, engine, row.figure, row.floor ?? '', value, limit, result];
}

export interface TableHeading {
  smoke: boolean;
  machine: Record<string, string>;
  seconds: number;
  /** Measurements that stopped with an error, so that none of their rows is in the table. */
  failed: readonly string[];
}

/** The table as Markdown, so it can go into the README as printed. */
export function printTable(rows: readonly JudgedRow[], heading: TableHeading): void {
  const head = ['what', 'engine', 'measured', 'floor or peer', 'ratio', 'budget', 'result'];
  const body = rows.map(cells);
  const widths = head.map((title, i) =>
    Math.max(title.length, ...body.map((line) => (line[i] ?? '').length)),
  );
  const line = (values: readonly string[]) =>
    `| ${values.map((value, i) => value.padEnd(widths[i] ?? 0)).join(' | ')} |`;
  console.log('');
  console.log(heading.smoke ? 'Smoke run (small sizes; budgets not judged)' : 'Full run');
  console.log(`Machine: ${Object.values(heading.machine).join(', ')}; took ${heading.seconds} s`);
  console.log('');
  console.log(line(head));
  console.log(line(widths.map((width) => '-'.repeat(width))));
  for (const values of body) console.log(line(values));
  console.log('');
  for (const row of rows) {
    const what = row.engine ? `${row.what} (${row.engine})` : row.what;
    if (row.note ?? row.notMeasured) console.log(`- ${what}: ${row.note ?? row.notMeasured}`);
  }
  console.log('');
  const missed = rows.filter((row) => row.pass === false);
  const verdict: string[] = [];
  if (heading.failed.length > 0) {
    verdict.push(`Stopped with an error, so not judged: ${heading.failed.join(', ')} (see below).`);
  }
  if (missed.length > 0) verdict.push(`Missed: ${missed.map((row) => row.what).join('; ')}`);
  if (verdict.length === 0) {
    verdict.push(heading.smoke ? 'Every measurement ran; every check held.' : 'Every budget met.');
  }
  for (const sentence of verdict) console.log(sentence);
}
