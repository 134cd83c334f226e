// The server under load: ten centres with 50 tablets each, every tablet with its own device key
// and its own connection, each posting 20 batches of 100 new visits one after another, all
// tablets at once; then another round where every batch is sent twice, by two connections of one
// tablet at once, as a retry after a lost answer would be (half the tablets with twice the batches
// each: the same requests and visits in all). The server runs in a child process on a SQLite file,
// and again on a PostgreSQL database when one is given (lib/engines.ts), whose centres are made
// and tablets paired (each with a pairing code of its centre) before it starts, so the product's
// limits per device hold as they are; afterwards the database itself is counted, so a visit lost
// or stored twice, or stored in another centre than its tablet's, shows however the answers
// looked. Its resident memory is read after both rounds and a quiet spell. The floor: the same
// requests on as many connections, each connection's list sent over and over (FLOOR), against a
// process of the same node and framework whose one route only parses the body and answers, once
// before ours and once after.
import autocannon from 'autocannon';
import { normalisePairingCode } from '../../../src/shared/api/devices';
import { TOKENS } from '../../e2e/harness';
import { addCentres } from '../lib/centres';
import { onBothEngines, withPlace, type Place } from '../lib/engines';
import { ratioRow, type Measure, type MeasureContext, type Row } from '../lib/measure';
import type { Sizes } from '../lib/sizes';
import { median, round } from '../lib/stats';
import { withTempDir } from '../lib/tempDir';
import { visitChunks } from '../lib/visits';
import {
  startFloorProcess,
  startScriptNodeFlags,
  startServerProcess,
  type ServerProcess,
} from '../server/loadServer';

const MB = 1024 * 1024;
/** How long the server is left alone before its memory is read. */
const QUIET_MS = 15_000;

/**
 * How the floor is fired. It answers in some 70 ms and never queues, so a round of 10,000 requests
 * was over in 2 s and its p99 was the tail of the burst of 500 new connections at the start: it
 * moved from 245 to 1,497 ms between firings seconds apart on a quiet machine, while ours, a queue
 * for the whole round, moved by a tenth. With each connection's list sent over until the first
 * burst is at most `burstShare` of the requests (100,000 of them, about 24 s), the p99 is the
 * floor's steady tail: 303 to 495 ms in five runs on a quiet machine. It is fired before ours and
 * after, and the median of the firings taken.
 */
const FLOOR = { burstShare: 0.005, before: 1, after: 1 } as const;

type RoundName = 'once' | 'twice';

/** A paired tablet: its device key and its centre. */
interface Tablet {
  token: string;
  centreId: string;
}

interface Round {
  name: RoundName;
  /** What each connection sends, in order, and the device key it sends with. */
  streams: { token: string; bodies: string[] }[];
  requests: number;
  ids: Set<string>;
  devicePrefix: string;
  /** Each device id the visits carry: the centre of the tablet sending them, and how many. */
  devices: Map<string, { centreId: string; visits: number }>;
}

const tabletsOf = (sizes: Sizes): number => sizes.loadCentres * sizes.tabletsPerCentre;

function makeRound(sizes: Sizes, name: RoundName, paired: readonly Tablet[]): Round {
  // Sent twice, each tablet's batches go out on two connections: half the tablets, twice the batches.
  const copies = name === 'once' ? 1 : 2;
  const tablets = Math.max(1, Math.floor(tabletsOf(sizes) / copies));
  const ids = new Set<string>();
  const devicePrefix = `load-${name}-`;
  const streams: Round['streams'] = [];
  const devices: Round['devices'] = new Map();
  for (let tablet = 0; tablet < tablets; tablet++) {
    const plan = {
      from: '2025-01-01',
      to: '2025-12-31',
      total: sizes.batchesPerTablet * copies * sizes.visitsPerBatch,
      seed: (name === 'once' ? 11 : 12) * 1000 + tablet,
      deviceId: `${devicePrefix}${tablet}`,
    };
    const bodies: string[] = [];
    for (const visits of visitChunks(plan, sizes.visitsPerBatch)) {
      for (const visit of visits) ids.add(visit.id);
      bodies.push(JSON.stringify({ visits }));
    }
    const pairedTablet = paired[tablet];
    if (pairedTablet === undefined) throw new Error(`Tablet ${tablet} has no device key.`);
    devices.set(plan.deviceId, { centreId: pairedTablet.centreId, visits: plan.total });
    for (let copy = 0; copy < copies; copy++) {
      streams.push({ token: pairedTablet.token, bodies });
    }
  }
  const requests = streams.reduce((sum, stream) => sum + stream.bodies.length, 0);
  return { name, streams, requests, ids, devicePrefix, devices };
}

/**
 * The centres, and a tablet per connection of a round paired to each in turn with a pairing code
 * of its centre, all made in the server's own store.
 */
async function pairTablets(place: Place, sizes: Sizes): Promise<Tablet[]> {
  const store = await place.open();
  try {
    const now = new Date();
    const expires = new Date(now.getTime() + 60 * 60 * 1000);
    const centres = await addCentres(store, sizes.loadCentres, now);
    const tablets: Tablet[] = [];
    for (let i = 0; i < tabletsOf(sizes); i++) {
      const centreId = centres[i % centres.length] ?? '';
      const code = await store.devices.createPairingCode(now, expires, centreId);
      const paired = await store.devices.pairWithCode(normalisePairingCode(code), `load-${i}`, now);
      if (paired === null || paired.device.centreId !== centreId) {
        throw new Error(`Tablet ${i} was not paired to centre ${centreId}.`);
      }
      tablets.push({ token: paired.token, centreId });
    }
    return tablets;
  } finally {
    await store.close();
  }
}

interface Fired {
  result: autocannon.Result;
  /** From the start to the last answer; autocannon's own duration counts in whole ticks. */
  seconds: number;
  /** Answers that were not 200 with every visit of the batch stored. */
  badAnswers: number;
}

/** A connection's own context in autocannon: the tablet whose batches it sends. */
interface Connection {
  stream?: Round['streams'][number];
}

/** Sends the round's requests, each connection going through its list `passes` times. */
async function fire(url: string, sizes: Sizes, round: Round, passes = 1): Promise<Fired> {
  let connections = 0;
  let badAnswers = 0;
  const perConnection = round.requests / round.streams.length;
  const start = performance.now();
  let lastAnswer = start;
  const result = await autocannon({
    url: `${url}/api/v1/visits`,
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    connections: round.streams.length,
    // autocannon gives each connection an equal share: its stream's bodies, one after another.
    amount: round.requests * passes,
    timeout: 60,
    // One entry for each request of a connection: autocannon keeps a connection's context only
    // until it has gone through the list once.
    requests: Array.from({ length: perConnection * passes }, (_, place) => ({
      setupRequest: (request: autocannon.Request, context: Connection) => {
        context.stream ??= round.streams[connections++];
        const stream = context.stream;
        if (stream === undefined) throw new Error('More connections than tablets.');
        return {
          ...request,
          headers: { ...request.headers, authorization: `Bearer ${stream.token}` },
          body: stream.bodies[place % perConnection] ?? '',
        };
      },
      onResponse: (status: number, body: string) => {
        lastAnswer = performance.now();
        const stored: unknown =
          status === 200 ? Reflect.get(Object(JSON.parse(body)), 'stored') : null;
        if (!Array.isArray(stored) || stored.length !== sizes.visitsPerBatch) badAnswers += 1;
      },
    })),
  });
  return { result, seconds: (lastAnswer - start) / 1000, badAnswers };
}

/** Visits of the round missing from the database, plus rows there that were never sent. */
async function lostOrDoubled(
  place: Place,
  planned: Round,
): Promise<{ lost: number; extra: number }> {
  const db = await place.connect();
  try {
    const rows = await db.all<{ id: string }>(
      "SELECT id FROM visits WHERE device_id LIKE ? || '%'",
      [planned.devicePrefix],
    );
    const found = rows.filter((row) => planned.ids.has(row.id)).length;
    return { lost: planned.ids.size - found, extra: rows.length - found };
  } finally {
    await db.close();
  }
}

/**
 * Whether each centre holds exactly its tablets' visits after both rounds: the visits counted in
 * the database by the device id they carry and the centre they were stored in, against the centre
 * of the tablet that sent them.
 */
async function inTheirCentres(place: Place, rounds: readonly Round[]): Promise<Row[]> {
  const planned = new Map(rounds.flatMap((round) => [...round.devices]));
  const expected = new Map<string, number>();
  for (const { centreId, visits } of planned.values()) {
    expected.set(centreId, (expected.get(centreId) ?? 0) + visits);
  }
  const db = await place.connect();
  const held = await db
    .all<{ device_id: string; centre_id: string; n: number | string }>(
      'SELECT device_id, centre_id, COUNT(*) AS n FROM visits GROUP BY device_id, centre_id',
    )
    .finally(() => db.close());
  let elsewhere = 0;
  const stored = new Map<string, number>();
  for (const row of held) {
    const n = Number(row.n);
    if (planned.get(row.device_id)?.centreId !== row.centre_id) elsewhere += n;
    stored.set(row.centre_id, (stored.get(row.centre_id) ?? 0) + n);
  }
  const centres = new Set([...expected.keys(), ...stored.keys()]);
  const wrong = [...centres].filter((id) => stored.get(id) !== expected.get(id));
  const counts = [...expected.values()];
  return [
    {
      what: `server load, ${expected.size} centres: visits stored in another centre than their tablet's`,
      value: elsewhere,
      unit: 'visits',
      mustBeAtMost: 0,
      note: "counted in the database by each visit's device id and centre, after both rounds",
    },
    {
      what: `server load, ${expected.size} centres: centres not holding exactly their tablets' visits`,
      value: wrong.length,
      unit: 'centres',
      mustBeAtMost: 0,
      note: `counted as above; each centre's tablets sent ${[...new Set(counts)].join(' or ')} visits`,
    },
  ];
}

async function loadRound(
  servers: { ours: ServerProcess; floor: ServerProcess },
  place: Place,
  { sizes, log }: MeasureContext,
  planned: Round,
): Promise<Row[]> {
  const { name } = planned;
  // Passes over each connection's list, so its first request is at most burstShare of the firing.
  const passes = Math.ceil(planned.streams.length / FLOOR.burstShare / planned.requests);
  const floors: Fired[] = [];
  const fireFloor = async (times: number) => {
    for (let i = 0; i < times; i++)
      floors.push(await fire(servers.floor.url, sizes, planned, passes));
  };
  await fireFloor(FLOOR.before);
  const { result, seconds, badAnswers } = await fire(servers.ours.url, sizes, planned);
  await fireFloor(FLOOR.after);
  const { lost, extra } = await lostOrDoubled(place, planned);
  const p99 = result.latency.p99;
  const floorP99s = floors.map((floor) => floor.result.latency.p99);
  const floorP99 = median(floorP99s);
  const floorBad = floors.reduce((sum, floor) => sum + floor.result.non2xx + floor.badAnswers, 0);
  const visitsPerSecond = planned.ids.size / seconds;
  const requestsPerSecond = result.requests.total / seconds;
  log(
    `${place.engine}, ${name}: ${result.requests.total} requests in ${round(seconds)} s, p99 ${p99} ms ` +
      `(floor ${floorP99} ms, the median of ${floorP99s.join(', ')}), ${result.non2xx} non-2xx, ` +
      `${result.errors} errors, ${lost} lost, ${extra} extra`,
  );
  const label =
    name === 'once'
      ? `server load, ${sizes.loadCentres} centres × ${sizes.tabletsPerCentre} tablets × ${sizes.batchesPerTablet} batches of ${sizes.visitsPerBatch}`
      : 'server load, every batch sent twice';
  return [
    ratioRow({
      what: `${label}: p99`,
      ours: p99,
      floor: floorP99,
      floorIs: 'a route that only parses',
      budget: name === 'once' ? 'serverLoadP99' : 'serverLoadTwiceP99',
      note:
        `${result.requests.total} requests in ${round(seconds)} s, ` +
        `${round(requestsPerSecond)} requests/s, p50 ${result.latency.p50} ms, ` +
        `max ${result.latency.max} ms; ${result.non2xx} non-2xx, ${result.errors} errors, ` +
        `${badAnswers} answers not confirming the whole batch; floor: the median p99 of ` +
        `${floors.length} firings (${FLOOR.before} before ours, ${FLOOR.after} after) of ` +
        `${planned.requests * passes} requests each (every connection's list ${passes} times), ` +
        `p99 ${floorP99s.join(', ')} ms, p50 ` +
        `${floors.map((floor) => floor.result.latency.p50).join(', ')} ms, ${floorBad} bad answers`,
    }),
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
      note: `counted in the database: ${lost} lost, ${extra} stored but never sent`,
    },
  ];
}

export const serverLoad: Measure = {
  name: 'load',
  run: (context) =>
    onBothEngines((engine) =>
      withTempDir('load', (dir) => withPlace(engine, dir, (place) => underLoad(place, context))),
    ),
};

async function underLoad(place: Place, context: MeasureContext): Promise<Row[]> {
  const tablets = await pairTablets(place, context.sizes);
  const rounds = [
    makeRound(context.sizes, 'once', tablets),
    makeRound(context.sizes, 'twice', tablets),
  ] as const;
  const server = await startServerProcess({
    dbPath: place.dbPath,
    ...(place.databaseUrl === undefined ? {} : { databaseUrl: place.databaseUrl }),
    tokens: TOKENS,
    // BENCH_SERVER_PROFILE=<folder> keeps a V8 CPU profile of the server, to see where it went.
    ...(process.env.BENCH_SERVER_PROFILE ? { profileDir: process.env.BENCH_SERVER_PROFILE } : {}),
  });
  const floor = await startFloorProcess().catch(async (error: unknown) => {
    await server.stop();
    throw error;
  });
  const servers = { ours: server, floor };
  try {
    const idle = server.memory();
    const rows = [
      ...(await loadRound(servers, place, context, rounds[0])),
      ...(await loadRound(servers, place, context, rounds[1])),
      ...(await inTheirCentres(place, rounds)),
    ];
    // What a server holds once a burst has passed: V8 gives back the heap a burst grew a few
    // seconds after the last request (162 MB at once fell to 126 within ten seconds of quiet, 500
    // tablets on SQLite), so the reading is taken after a quiet spell, the one at once and the
    // peak beside it.
    const atOnce = server.memory();
    // A smoke run only proves the measurement works; its few requests grow nothing to give back.
    const quietMs = context.smoke ? 1000 : QUIET_MS;
    await new Promise((resolve) => setTimeout(resolve, quietMs));
    const memory = server.memory();
    context.log(
      `${place.engine}: server RSS ${round(memory.rss / MB)} MB after ${quietMs / 1000} s of quiet, ` +
        `${round(atOnce.rss / MB)} MB at once (peak ${round(memory.peakRss / MB)} MB)`,
    );
    rows.push({
      what: `server resident memory after the load and ${quietMs / 1000} s of quiet`,
      value: round(memory.rss / MB),
      unit: 'MB',
      budget: 'serverResidentMemory',
      note:
        `the server's own process, run as npm start runs it ` +
        `(node ${startScriptNodeFlags().join(' ')} dist-server/main.js); ` +
        `${round(idle.rss / MB)} MB before the load, ${round(atOnce.rss / MB)} MB as the load ended, ` +
        `peak ${round(memory.peakRss / MB)} MB (1 MB = 2^20 bytes)`,
    });
    return rows;
  } finally {
    await floor.stop();
    await server.stop();
  }
}
