// npm run bench: measures what matters for Velkommen on this machine, prints a table against the
// budgets in budgets.json, writes the figures to tests/bench/results/latest.json, and exits 1
// when a budget is missed or a measurement fails.
//   npm run bench -- --smoke     (or BENCH_SMOKE=1) small sizes, every measurement, no budgets
//   npm run bench -- --only=sync,report   some measurements only
//   BENCH_SERVER_PROFILE=<folder>         a CPU profile of the server under load, for a missed budget
//   BENCH_DATABASE_URL=postgres://…       the load and the reports on PostgreSQL too, beside SQLite,
//                                         each run in a schema of its own (else TEST_DATABASE_URL)
//   BENCH_DECADE_VISITS=<n>               the decade's report over n visits, not 10,000,000
// Needs a production build first (npm run build) and Chromium at /usr/bin/chromium.
import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { cpus, loadavg, totalmem, type as osType, release } from 'node:os';
import { fileURLToPath } from 'node:url';
import { distDir } from '../e2e/harness';
import { onDemand } from './lib/benchPage';
import { chromiumVersion } from './lib/browser';
import { BUDGET_KEYS, type Measure, type MeasureContext, type Row } from './lib/measure';
import { sizesFor } from './lib/sizes';
import { judge, printTable, type Budgets, type JudgedRow } from './lib/table';
import { bigReport } from './measures/bigReport';
import { decadeReport } from './measures/decadeReport';
import { coldStart } from './measures/coldStart';
import { initialJs } from './measures/initialJs';
import { serverLoad } from './measures/serverLoad';
import { soak } from './measures/soak';
import { syncYear } from './measures/syncYear';
import { tablet } from './measures/tablet';

const MEASURES: readonly Measure[] = [
  initialJs,
  coldStart,
  tablet,
  syncYear,
  serverLoad,
  bigReport,
  decadeReport,
  soak,
];

const budgetsFile = fileURLToPath(new URL('budgets.json', import.meta.url));
const resultsDir = fileURLToPath(new URL('results/', import.meta.url));

function parseArgs(argv: readonly string[]): { smoke: boolean; only: string[] | null } {
  let smoke = process.env.BENCH_SMOKE === '1';
  let only: string[] | null = null;
  for (const arg of argv) {
    if (arg === '--smoke') smoke = true;
    else if (arg.startsWith('--only=')) only = arg.slice('--only='.length).split(',');
    else throw new Error(`Unknown option ${arg}; use --smoke and --only=name,name.`);
  }
  const names = MEASURES.map((measure) => measure.name);
  const unknown = (only ?? []).filter((name) => !names.includes(name));
  if (unknown.length > 0) {
    throw new Error(`No measurement called ${unknown.join(', ')}; there are ${names.join(', ')}.`);
  }
  return { smoke, only };
}

async function loadBudgets(): Promise<Budgets> {
  const parsed: unknown = JSON.parse(await readFile(budgetsFile, 'utf8'));
  const entry = (key: string): unknown =>
    typeof parsed === 'object' && parsed !== null ? Reflect.get(parsed, key) : undefined;
  const known = new Set<string>(BUDGET_KEYS);
  const unknown = Object.keys(Object(parsed)).filter(
    (key) => !key.startsWith('$') && !known.has(key),
  );
  if (unknown.length > 0) throw new Error(`budgets.json: nothing measures ${unknown.join(', ')}.`);
  const budgets: Partial<Budgets> = {};
  for (const key of BUDGET_KEYS) {
    const max: unknown = Reflect.get(Object(entry(key)), 'max');
    const unit: unknown = Reflect.get(Object(entry(key)), 'unit');
    const why: unknown = Reflect.get(Object(entry(key)), 'why');
    if (typeof max !== 'number' || typeof unit !== 'string' || typeof why !== 'string') {
      throw new Error(
        `budgets.json: ${key} needs a number "max", a string "unit" and a string "why".`,
      );
    }
    budgets[key] = { max, unit, why };
  }
  return budgets as Budgets;
}

function machine() {
  const cpu = cpus();
  return {
    cpus: `${cpu.length} × ${cpu[0]?.model.trim() ?? 'unknown CPU'}`,
    memory: `${Math.round(totalmem() / 2 ** 30)} GiB`,
    os: `${osType()} ${release()}`,
    node: process.version,
    chromium: chromiumVersion(),
    // Other work on the machine makes every figure worse; the run says how busy it was.
    load: `load average at end (1, 5, 15 min) ${loadavg()
      .map((n) => n.toFixed(1))
      .join(' ')}`,
  };
}

async function main(): Promise<number> {
  const { smoke, only } = parseArgs(process.argv.slice(2));
  if (!existsSync(`${distDir}/index.html`)) {
    throw new Error('There is no build to measure: run "npm run build" first.');
  }
  const budgets = await loadBudgets();
  const started = Date.now();
  const loadAtStart = `load average at start ${loadavg()[0]?.toFixed(1) ?? '?'}`;
  const log = (line: string) => process.stderr.write(`  ${line}\n`);

  const page = onDemand();
  const context: MeasureContext = { smoke, sizes: sizesFor(smoke), log, benchPage: page.get };

  const rows: JudgedRow[] = [];
  const failures: { measure: string; error: string }[] = [];
  try {
    for (const measure of MEASURES) {
      if (only !== null && !only.includes(measure.name)) continue;
      process.stderr.write(`${measure.name}…\n`);
      const began = Date.now();
      try {
        const measured: Row[] = await measure.run(context);
        rows.push(...measured.map((row) => judge(row, budgets, smoke)));
      } catch (error) {
        const message = error instanceof Error ? (error.stack ?? error.message) : String(error);
        failures.push({ measure: measure.name, error: message });
        process.stderr.write(`  FAILED: ${message}\n`);
      }
      log(`${measure.name} took ${Math.round((Date.now() - began) / 1000)} s`);
    }
  } finally {
    await page.remove();
  }

  const about = { ...machine(), loadAtStart };
  const seconds = Math.round((Date.now() - started) / 1000);
  printTable(rows, {
    smoke,
    machine: about,
    seconds,
    failed: failures.map((failure) => failure.measure),
  });
  for (const failure of failures) console.log(`FAILED ${failure.measure}: ${failure.error}`);

  await mkdir(resultsDir, { recursive: true });
  const file = `${resultsDir}latest.json`;
  const result = {
    smoke,
    startedAt: new Date(started).toISOString(),
    seconds,
    machine: about,
    rows,
    failures,
  };
  await writeFile(file, `${JSON.stringify(result, null, 2)}\n`);
  console.log(`Figures written to ${file}`);

  const missed = rows.filter((row) => row.pass === false);
  return failures.length > 0 || missed.length > 0 ? 1 : 0;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  },
);
