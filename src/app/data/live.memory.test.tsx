// A kiosk is left open for months. Its settings are read live for as long as it is open, and
// check-ins never touch them: Dexie's liveQuery used to keep the keys of every write it did not
// watch (every visit's id, party and day) until the query ran again, which for the settings is
// never. .patches/dexie+4.4.7.patch makes it forget them; this fails if that comes undone.
import { afterEach, beforeEach, expect, it } from 'vitest';
import { cleanup, render, screen } from '@testing-library/preact';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { recordCheckIn } from './checkins';
import { db } from './db';
import { useLiveQuery } from './live';
import { getKioskSettings } from './settings';

setFlagsFromString('--expose-gc');
const collectGarbage = runInNewContext('gc') as () => void;

const CHECK_INS = 500;
// A party of six leaves twelve keys a check-in in the visits and outbox, some 2.5 KB of keys kept
// when they pile up; the same check-ins without the live query vary by about 0.2 KB here (the
// engine compiling code as it warms up).
const CHILDREN = 5;
const ALLOWED_BYTES_PER_CHECK_IN = 600;

function IdleTime() {
  const settings = useLiveQuery(getKioskSettings, [], null);
  return <p>{settings === null ? 'Reading' : `Idle after ${settings.idleSeconds} s`}</p>;
}

/** Check-ins written and then taken away again, so the database holds no more after than before. */
async function checkInsLeavingNothing(count: number): Promise<void> {
  for (let i = 0; i < count; i++) {
    const visits = await recordCheckIn({
      partyId: crypto.randomUUID(),
      kind: 'visitor',
      country: 'IQ',
      municipality: '101',
      adult: true,
      children: CHILDREN,
      at: new Date('2026-11-23T10:00:00+01:00'),
    });
    await db.transaction('rw', db.visits, db.outbox, async () => {
      await db.visits.bulkDelete(visits.map((visit) => visit.id));
      await db.outbox.clear();
    });
  }
}

/** Bytes in the heap after the live queries have heard of the last write and garbage is gone. */
async function heapUsed(): Promise<number> {
  await new Promise((resolve) => setTimeout(resolve, 50));
  collectGarbage();
  collectGarbage();
  return process.memoryUsage().heapUsed;
}

async function growthPerCheckIn(): Promise<number> {
  const before = await heapUsed();
  await checkInsLeavingNothing(CHECK_INS);
  return ((await heapUsed()) - before) / CHECK_INS;
}

beforeEach(async () => {
  await db.delete();
  await db.open();
});

afterEach(() => {
  cleanup();
});

it('a live query of the settings keeps nothing of the check-ins written while it is open', async () => {
  // Warm up, so the engine has compiled the write path before anything is measured.
  await checkInsLeavingNothing(200);
  const without = await growthPerCheckIn();

  render(<IdleTime />);
  expect(await screen.findByText('Idle after 60 s')).toBeInTheDocument();
  const withQuery = await growthPerCheckIn();

  expect(withQuery - without).toBeLessThan(ALLOWED_BYTES_PER_CHECK_IN);
}, 120_000);
