// `npm run copy-database -- --from <SQLite file or postgres:// address> --to <the other>`: moves a
// centre's visits, tablets and pairing codes between a SQLite file and PostgreSQL (either way),
// then prints the rows it checked on both sides. Safe to run again, and to run while the target's
// server runs: rows already there are kept. Days are reckoned in VELKOMMEN_TZ on both sides.
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { commandConfig, fail } from './cli';
import { copyDatabase, isPostgres, openSide, type Side } from './store/copy';

const USAGE =
  'Usage: npm run copy-database -- --from <SQLite file or postgres://…> --to <postgres://… or SQLite file>';

// A SQLite file this makes is for the server's user alone, as the server makes its own.
process.umask(0o077);

let from: string | undefined;
let to: string | undefined;
try {
  ({
    values: { from, to },
  } = parseArgs({ options: { from: { type: 'string' }, to: { type: 'string' } } }));
} catch (error) {
  fail(`${error instanceof Error ? error.message : String(error)}\n${USAGE}`);
}
if (!from || !to) fail(USAGE);
if (isPostgres(from) === isPostgres(to)) {
  fail(
    `Copy from a SQLite file to PostgreSQL or back; both are ${isPostgres(from) ? 'PostgreSQL' : 'SQLite'}.\n${USAGE}`,
  );
}

const { timeZone } = commandConfig();

// npm runs scripts from the project folder; INIT_CWD is where the command was typed.
const here = process.env.INIT_CWD ?? process.cwd();
const address = (given: string) => (isPostgres(given) ? given : resolve(here, given));

const sides: Side[] = [];
try {
  const source = await openSide(address(from), timeZone, 'source', existsSync);
  sides.push(source);
  const target = await openSide(address(to), timeZone, 'target', existsSync);
  sides.push(target);
  const reports = await copyDatabase(source, target);
  console.log(`Copied ${source.describe} to ${target.describe}:`);
  let problems = 0;
  for (const r of reports) {
    console.log(
      `  ${r.table.padEnd(14)} ${String(r.source).padStart(9)} in the source, ${String(r.target).padStart(9)} in the target; ${r.added} copied now, ${r.source - r.differing.length - r.missing.length} checked the same on both sides`,
    );
    if (r.missing.length > 0) {
      problems += 1;
      console.error(`    missing in the target: ${r.missing.slice(0, 20).join(', ')}`);
    }
    if (r.differing.length > 0) {
      problems += 1;
      console.error(
        `    held differently by the target (kept as the target has them): ${r.differing.slice(0, 20).join(', ')}`,
      );
    }
  }
  if (problems > 0) {
    process.exitCode = 1;
    console.error('The target does not hold the source as it is; see the rows above.');
  } else {
    console.log('Every row of the source is in the target, the same.');
  }
} catch (error) {
  process.exitCode = 1;
  console.error(`The copy failed: ${error instanceof Error ? error.message : String(error)}`);
} finally {
  await Promise.all(sides.map((side) => side.close()));
}
