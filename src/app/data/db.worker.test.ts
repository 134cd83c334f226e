// The check-in worker's database: it opens one the page made, and never makes one itself (it has no
// localStorage, so a database made there could not get the tablet's name and pairing back).
import { describe, expect, it } from 'vitest';
import { recordCheckIn } from './checkins';
import { db, neverMakeDatabaseHere } from './db';
import { setDeviceId } from './device';
import { checkIn } from '../../../tests/setup/checkins';

describe('a database where the tablet’s mark cannot be read', () => {
  it('is opened when the page made it, and never made there', async () => {
    await db.delete();
    await db.open();
    await setDeviceId('door-1');
    db.close();

    neverMakeDatabaseHere();
    await db.open();
    const [visit] = await recordCheckIn(checkIn());
    expect(visit?.deviceId).toBe('door-1');

    await db.delete();
    await expect(db.open()).rejects.toThrow();
    expect((await indexedDB.databases()).map((known) => known.name)).not.toContain('velkommen');
  });
});
