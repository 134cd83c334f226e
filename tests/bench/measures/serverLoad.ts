// The server under load: 50 tablets (autocannon connections) each posting 20 batches of 100 new
// visits one after another, all tablets at once; then another such round where every batch is
// sent twice, the two copies usually in flight together, as retries after a lost answer would
// be. The server runs in a child process on a SQLite file; afterwards the file itself is counted,
// so a visit lost or stored twice shows however the answers looked. Its resident memory is
// read after both rounds.
import autocannon from 'autocannon';
import Database from 'better-sqlite3';
import { join } from 'node:path';
import { TOKENS } from '../../e2e/harness';
import type { Measure, MeasureContext, Row } from '../lib/measure';
import type { Sizes } from '../lib/sizes';
import { round } from '../lib/stats';
import { withTempDir } from '../lib/tempDir';
import { visitChunks } from '../lib/visits';
import { startScriptNodeFlags, startServerProcess, type ServerProcess } from '../server/loadServer';

const MB = 1024 * 1024;

interface Round {
  bodies: string[];
  ids: Set<string>;
  devicePrefix: string;
}

function makeRound(sizes: Sizes, name: string, seed: number): Round {
  const bodies: string[] = [];
  const ids = new Set<string>();
  const devicePrefix = `load-${name}-`;
  for (let tablet = 0; tablet < sizes.tablets; tablet++) {
    const plan = {
      from: '2025-01-01',
      to: '2025-12-31',
      total: sizes.batchesPerTablet * sizes.visitsPerBatch,
      seed: seed * 1000 + tablet,
      deviceId: `${devicePrefix}${tablet}`,
    };
    for (const visits of visitChunks(plan, sizes.visitsPerBatch)) {
      for (const visit of visits) ids.add(visit.id);
      bodies.push(JSON.stringify({ visits }));
    }
  }
  return { bodies, ids, devicePrefix };
}

interface Fired {
  result: autocannon.Result;
  /** From the start to the last answer; autocannon's own duration counts in whole ticks. */
  seconds: number;
  /** Answers that were not 200 with every visit of the batch stored. */
  badAnswers: number;
}

async function fire(url: string, sizes: Sizes, bodies: readonly string[]): Promise<Fired> {
  let sent = 0;
  let badAnswers = 0;
  const start = performance.now();
  let lastAnswer = start;
  const result = await autocannon({
    url: `${url}/api/v1/visits`,
    method: 'POST',
    headers: {
      authorization: `Bearer ${TOKENS.kiosk}`,
      'content-type': 'application/json',
    },
    // One connection per tablet, each sending its batches one after another.
    connections: sizes.tablets,
    amount: bodies.length,
    timeout: 60,
    requests: [
      {
        // Called once for every request sent, in order; the bodies are shared by all tablets.
        setupRequest: (request) => ({ ...request, body: bodies[sent++] ?? '' }),
        onResponse: (status, body) => {
          lastAnswer = performance.now();
          const stored: unknown =
            status === 200 ? Reflect.get(Object(JSON.parse(body)), 'stored') : null;
          if (!Array.isArray(stored) || stored.length !== sizes.visitsPerBatch) badAnswers += 1;
        },
      },
    ],
  });
  return { result, seconds: (lastAnswer - start) / 1000, badAnswers };
}

/** Visits of the round missing from the database, plus rows there that were never sent. */
function lostOrDoubled(dbPath: string, planned: Round): { lost: number; extra: number } {
  const db = new Database(dbPath, { readonly: true });
  try {
    const rows = db
      .prepare<[string], { id: string }>("SELECT id FROM visits WHERE device_id LIKE ? || '%'")
      .all(planned.devicePrefix);
    const found = rows.filter((row) => planned.ids.has(row.id)).length;
    return { lost: planned.ids.size - found, extra: rows.length - found };
  } finally {
    db.close();
  }
}

async function loadRound(
  server: ServerProcess,
  dbPath: string,
  { sizes, log }: MeasureContext,
  name: 'once' | 'twice',
): Promise<Row[]> {
  const planned = makeRound(sizes, name, name === 'once' ? 11 : 12);
  const bodies = name === 'once' ? planned.bodies : planned.bodies.flatMap((body) => [body, body]);
  const { result, seconds, badAnswers } = await fire(server.url, sizes, bodies);
  const { lost, extra } = lostOrDoubled(dbPath, planned);
  const p99 = result.latency.p99;
  const visitsPerSecond = planned.ids.size / seconds;
  const requestsPerSecond = result.requests.total / seconds;
  log(
    `${name}: ${result.requests.total} requests in ${round(seconds)} s, p99 ${p99} ms, ` +
      `${result.non2xx} non-2xx, ${result.errors} errors, ${lost} lost, ${extra} extra`,
  );
  const label =
    name === 'once'
      ? `server load, ${sizes.tablets} tablets × ${sizes.batchesPerTablet} batches of ${sizes.visitsPerBatch}`
      : 'server load, every batch sent twice';
  return [
    {
      what: `${label}: p99`,
      value: round(p99),
      unit: 'ms',
      budget: name === 'once' ? 'serverLoadP99' : 'serverLoadTwiceP99',
      note:
        `${result.requests.total} requests in ${round(seconds)} s, ` +
        `${round(requestsPerSecond)} requests/s, p50 ${result.latency.p50} ms, ` +
        `max ${result.latency.max} ms; ${result.non2xx} non-2xx, ${result.errors} errors, ` +
        `${badAnswers} answers not confirming the whole batch`,
    },
    {
      what: `${label}: new visits stored`,
      value: Math.round(visitsPerSecond),
      unit: 'visits/s',
    },
    {
      what: `${label}: visits lost or doubled`,
      value: lost + extra,
      unit: 'visits',
      mustBeAtMost: 0,
      // Ids are the primary key, so a visit stored twice could only show as a row never sent.
      note: `counted in the SQLite file: ${lost} lost, ${extra} stored but never sent`,
    },
  ];
}

export const serverLoad: Measure = {
  name: 'load',
  run: (context) =>
    withTempDir('load', async (dir) => {
      const dbPath = join(dir, 'velkommen.db');
      const server = await startServerProcess({
        dbPath,
        tokens: TOKENS,
        // Every tablet shares the kiosk token, and the limit is per token: the default 600 a
        // minute would turn this burst into 429s. The load tests the server, not the limiter.
        rateLimitPerMinute: 1_000_000,
        // BENCH_SERVER_PROFILE=<folder> keeps a V8 CPU profile of the server, to see where it went.
        ...(process.env.BENCH_SERVER_PROFILE
          ? { profileDir: process.env.BENCH_SERVER_PROFILE }
          : {}),
      });
      try {
        const idle = server.memory();
        const rows = [
          ...(await loadRound(server, dbPath, context, 'once')),
          ...(await loadRound(server, dbPath, context, 'twice')),
        ];
        const memory = server.memory();
        context.log(
          `server RSS ${round(memory.rss / MB)} MB (peak ${round(memory.peakRss / MB)} MB)`,
        );
        rows.push({
          what: 'server resident memory after the load',
          value: round(memory.rss / MB),
          unit: 'MB',
          budget: 'serverResidentMemory',
          note:
            `the server's own process, run as npm start runs it ` +
            `(node ${startScriptNodeFlags().join(' ')} dist-server/main.js); ` +
            `${round(idle.rss / MB)} MB before the load, peak ${round(memory.peakRss / MB)} MB (1 MB = 2^20 bytes)`,
        });
        return rows;
      } finally {
        await server.stop();
      }
    }),
};
