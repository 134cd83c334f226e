// Two `npm start` processes on one PostgreSQL database, serving the same tablets: every batch is
// sent to both, in turn and twice (and at once), one process is killed outright halfway through
// with a request in flight, and the database holds every visit once, voided where a void was sent.
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { BatchAnswer, LoggedVisit } from '../shared/api/visits';
import { freshSchema, POSTGRES } from './testing/engines';
import { runMain, type Child } from './testing/processes';
import { COORDINATOR, KIOSK, tempDir, TOKENS, visit, type RawVisit } from './testing/testApp';

const BATCHES = 16;
const PER_BATCH = 40;
const QUARTER_HOUR = 15 * 60_000;

/** A quarter hour a few hours ago, in UTC (the servers' zone here), as a tablet stamps it. */
function stampHoursAgo(hours: number): string {
  const at = Math.floor((Date.now() - hours * 3_600_000) / QUARTER_HOUR) * QUARTER_HOUR;
  return `${new Date(at).toISOString().slice(0, 19)}+00:00`;
}

async function startedAt(child: Child): Promise<string> {
  const [, url] = await child.waitFor(/running at (http:\/\/\S+)/);
  await child.waitFor(/#pair=\S+/);
  if (url === undefined) throw new Error(`No address in:\n${child.output()}`);
  return url;
}

async function post(url: string, visits: RawVisit[]): Promise<BatchAnswer> {
  const response = await fetch(`${url}/api/v1/visits`, {
    method: 'POST',
    headers: { ...KIOSK, 'Content-Type': 'application/json' },
    body: JSON.stringify({ visits }),
  });
  if (response.status !== 200) throw new Error(`${response.status}: ${await response.text()}`);
  return (await response.json()) as BatchAnswer;
}

describe.skipIf(!POSTGRES.available)('two server processes on one PostgreSQL', () => {
  const children: Child[] = [];
  const cleanups: (() => Promise<void> | void)[] = [];
  afterEach(async () => {
    for (const child of children.splice(0)) child.kill('SIGKILL');
    for (const cleanup of cleanups.splice(0)) await cleanup();
  });

  it('stores every visit once when each batch goes to both, twice, and one is killed midway', async () => {
    const { url: databaseUrl, drop } = await freshSchema();
    const dir = tempDir();
    cleanups.push(drop, () => rmSync(dir, { recursive: true, force: true }));
    const settings = {
      PORT: '0',
      VELKOMMEN_HOST: '127.0.0.1',
      VELKOMMEN_DB: join(dir, 'data', 'velkommen.db'),
      VELKOMMEN_TZ: 'UTC',
      DATABASE_URL: databaseUrl,
      // Processes on several machines share their tokens through the settings, not a file.
      VELKOMMEN_KIOSK_TOKEN: TOKENS.kiosk,
      VELKOMMEN_COORDINATOR_TOKEN: TOKENS.coordinator,
      VELKOMMEN_RATE_LIMIT: '100000',
    };
    // Both start at once on an empty database: one makes the schema, the other waits for it.
    const first = runMain(settings);
    const second = runMain(settings);
    children.push(first, second);
    const [one, two] = await Promise.all([startedAt(first), startedAt(second)]);

    const batches = Array.from({ length: BATCHES }, (_, b) =>
      Array.from({ length: PER_BATCH }, () =>
        visit({ visitedAt: stampHoursAgo(2 + (b % 3)), deviceId: `door-${b % 4}` }),
      ),
    );
    // Every fourth batch is followed by the void of its first visit, sent the same way.
    const voids = batches.filter((_, b) => b % 4 === 0).map((batch) => batch[0]);
    const killAt = BATCHES / 2;
    let alive = [one, two];
    for (const [b, batch] of batches.entries()) {
      if (b === killAt) {
        // A request in flight to the first process when it is killed; the tablet's retry goes to
        // the second, as each batch does anyway.
        const inFlight = post(one, batch).catch(() => null);
        first.kill('SIGKILL');
        await inFlight;
        alive = [two];
      }
      const toEach = [...alive, ...alive];
      for (const url of toEach) {
        const answer = await post(url, batch);
        expect(answer.rejected).toEqual([]);
        expect(answer.stored).toEqual(batch.map((v) => v.id));
      }
      // And to both at once, racing each other for the same ids.
      const raced = await Promise.all(alive.map((url) => post(url, batch)));
      for (const answer of raced) expect(answer.stored).toHaveLength(PER_BATCH);
      const voided = voids[b / 4];
      if (b % 4 === 0 && voided !== undefined) {
        await Promise.all(alive.map((url) => post(url, [{ ...voided, voided: true }])));
      }
    }

    const listed = await fetch(
      `${two}/api/v1/visits?from=2000-01-01&to=2999-12-31&includeVoided=true`,
      {
        headers: COORDINATOR,
      },
    );
    expect(listed.status).toBe(200);
    const held = ((await listed.json()) as { visits: LoggedVisit[] }).visits;
    const sent = batches.flat();
    expect(held).toHaveLength(sent.length);
    expect(new Set(held.map((v) => v.id))).toEqual(new Set(sent.map((v) => v.id)));
    const voidedIds = new Set(voids.map((v) => v?.id));
    expect(
      held
        .filter((v) => v.voided)
        .map((v) => v.id)
        .sort(),
    ).toEqual([...voidedIds].sort());
    second.kill('SIGTERM');
    expect(await second.exited).toBe(0);
  }, 180_000);
});
