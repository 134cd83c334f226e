// Ten centres' decade of visits, made by the database itself: the product's store makes the schema
// through its own migrations, then one INSERT ... SELECT turns a run of numbers into rows (from
// generate_series on PostgreSQL; from a recursive CTE on SQLite, a million rows a statement so its
// write-ahead log stays small). Writing ten million rows through putVisits would take most of an
// hour; this takes minutes. Every value follows from the row's number, so each run has the same
// rows, spread evenly over the days of 2016 to 2025 and the ten centres, in the mix of countries,
// municipalities, children, volunteers and mistaps of lib/visits.ts.
//
// Times are written at the winter offset all year (the report reads only the day). The columns are
// listed once, in COLUMNS. Each row belongs to one of ten centres the product's store made before
// (writeDecade is given their ids), as a tablet of that centre would have sent it.
import type { EngineName, PlainConnection } from './engines';
import { countryOf, municipalityOf, randomFrom } from './visits';

export const DECADE = { from: '2016-01-01', to: '2025-12-31' } as const;
export const CENTRES = 10;
const DAYS = 3653; // 2016-01-01 to 2025-12-31, both included

/** What differs between the engines' SQL, for the values below. */
interface Dialect {
  /** The day `offset` days after DECADE.from, as YYYY-MM-DD text. */
  day(offset: string): string;
  /** The non-negative integer `value` as `width` digits, zero-padded. */
  digits(value: string, width: number): string;
  /** The non-negative integer `value` as `width` hexadecimal digits, zero-padded. */
  hex(value: string, width: number): string;
}

const DIALECTS: Record<EngineName, Dialect> = {
  SQLite: {
    day: (offset) => `date('${DECADE.from}', '+' || (${offset}) || ' days')`,
    digits: (value, width) => `printf('%0${width}d', ${value})`,
    hex: (value, width) => `printf('%0${width}x', ${value})`,
  },
  PostgreSQL: {
    day: (offset) => `to_char(date '${DECADE.from}' + (${offset})::int, 'YYYY-MM-DD')`,
    digits: (value, width) => `lpad((${value})::text, ${width}, '0')`,
    hex: (value, width) => `lpad(to_hex(${value}), ${width}, '0')`,
  },
};

/**
 * A draw of `size` values in the mix `draw` makes, packed into one fixed-width string (NULL as
 * dashes), and the SQL that picks the `k`th: a substr, the same on both engines and cheaper per
 * row than a JSON array or a CASE of a hundred arms.
 */
function packed(draw: (random: () => number) => string | null, width: number, k: string): string {
  const random = randomFrom(2016);
  const blank = '-'.repeat(width);
  const values = Array.from({ length: 101 }, () => {
    const value = draw(random) ?? blank;
    if (value.length !== width) throw new Error(`"${value}" is not ${width} characters long.`);
    return value;
  });
  const at = `CAST((${k}) % ${values.length} AS INTEGER) * ${width} + 1`;
  return `NULLIF(substr('${values.join('')}', ${at}, ${width}), '${blank}')`;
}

// The values of row number i (from 0), in a subquery that names them: its centre, its day's
// offset, and its local time. A day's rows go to the ten centres in turn.
const ROW_PARTS = (d: Dialect, n: number) =>
  `i, i % ${CENTRES} AS centre, ${d.day(`i * ${DAYS} / ${n}`)} AS day, ` +
  `9 + i % 7 AS hour, (i / 7) % 4 * 15 AS minute`;

const utc = (d: Dialect) =>
  `day || 'T' || ${d.digits('hour - 1', 2)} || ':' || ${d.digits('minute', 2)} || ':00.000Z'`;

/** The id of the row's centre: one of the ten ids, packed into one string as `packed` does. */
function centreIdOf(centreIds: readonly string[]): string {
  const width = centreIds[0]?.length ?? 0;
  if (
    centreIds.length !== CENTRES ||
    centreIds.some((id) => id.length !== width || id.includes("'"))
  ) {
    throw new Error(`Give ${CENTRES} centre ids of one length, not ${JSON.stringify(centreIds)}.`);
  }
  return `substr('${centreIds.join('')}', CAST(centre AS INTEGER) * ${width} + 1, ${width})`;
}

/** Each column of visits, and its value from the row's parts and the centres' ids. */
const COLUMNS: readonly {
  name: string;
  value: (d: Dialect, centreIds: readonly string[]) => string;
}[] = [
  { name: 'id', value: (d) => `${d.hex('centre', 8)} || '-0000-4000-8000-' || ${d.hex('i', 12)}` },
  {
    name: 'visited_at',
    value: (d) =>
      `day || 'T' || ${d.digits('hour', 2)} || ':' || ${d.digits('minute', 2)} || ':00+01:00'`,
  },
  { name: 'visited_utc', value: utc },
  { name: 'local_date', value: () => 'day' },
  { name: 'local_hour', value: () => 'hour' },
  { name: 'country', value: () => packed(countryOf, 2, 'i * 2654435761') },
  { name: 'municipality', value: () => packed(municipalityOf, 3, 'i * 40503 + 7') },
  // Every third visit a child's, of the party of the visit before; volunteers are adults.
  {
    name: 'age_group',
    value: () => `CASE WHEN i % 3 = 2 AND i % 31 <> 0 THEN 'child' ELSE 'adult' END`,
  },
  {
    name: 'party_id',
    value: (d) => `${d.hex('centre', 8)} || '-0000-4000-9000-' || ${d.hex('i - i % 3', 12)}`,
  },
  { name: 'device_id', value: () => `'centre-' || centre` },
  { name: 'voided', value: () => 'CASE WHEN i % 97 = 0 THEN 1 ELSE 0 END' },
  { name: 'kind', value: () => `CASE WHEN i % 31 = 0 THEN 'volunteer' ELSE 'visitor' END` },
  { name: 'received_at', value: utc },
  { name: 'device', value: () => 'NULL' },
  { name: 'arrived_at', value: utc },
  { name: 'centre_id', value: (_d, centreIds) => centreIdOf(centreIds) },
];

/** The INSERT ... SELECT that writes rows of `n` from `numbers`, in the centres of `centreIds`. */
function insertSql(
  engine: EngineName,
  n: number,
  numbers: string,
  centreIds: readonly string[],
): string {
  const d = DIALECTS[engine];
  return (
    `INSERT INTO visits (${COLUMNS.map((column) => column.name).join(', ')}) ` +
    `SELECT ${COLUMNS.map((column) => column.value(d, centreIds)).join(', ')} ` +
    `FROM (SELECT ${ROW_PARTS(d, n)} FROM ${numbers}) AS parts`
  );
}

const SQLITE_STATEMENT_ROWS = 1_000_000;

/**
 * Writes `n` visits into the empty visits table behind `db`, the product's schema, spread over
 * the ten centres of `centreIds` (made in the product's store beforehand), and readies
 * the table as a server left running would have it: PostgreSQL's autovacuum has counted it.
 */
export async function writeDecade(
  engine: EngineName,
  db: PlainConnection,
  n: number,
  centreIds: readonly string[],
  log: (line: string) => void,
): Promise<void> {
  if (!Number.isSafeInteger(n) || n < CENTRES) throw new Error(`Cannot write ${n} visits.`);
  if (engine === 'PostgreSQL') {
    await db.run(
      insertSql(engine, n, `generate_series(0::bigint, ${n - 1}) AS numbers(i)`, centreIds),
    );
    // What autovacuum does soon after a large insert; done now so every run reads the same table.
    await db.run('VACUUM ANALYZE visits');
    return;
  }
  for (let from = 0; from < n; from += SQLITE_STATEMENT_ROWS) {
    const to = Math.min(n, from + SQLITE_STATEMENT_ROWS);
    const numbers =
      `(WITH RECURSIVE numbers(i) AS (SELECT ${from} UNION ALL ` +
      `SELECT i + 1 FROM numbers WHERE i + 1 < ${to}) SELECT i FROM numbers)`;
    await db.run(insertSql(engine, n, numbers, centreIds));
    if (to < n) log(`${to.toLocaleString('en-GB')} of ${n.toLocaleString('en-GB')} written`);
  }
  await db.all('PRAGMA wal_checkpoint(TRUNCATE)');
}
