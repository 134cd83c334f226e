import { beforeEach, describe, expect, it } from 'vitest';
import { recordCheckIn } from './checkins';
import { db } from './db';
import { getDeviceId, setDeviceId } from './device';

beforeEach(async () => {
  await db.delete();
  await db.open();
});

describe('the tablet name', () => {
  it('is made on first use as tablet- and four letters or digits, then stays the same', async () => {
    const [first, concurrent] = await Promise.all([getDeviceId(), getDeviceId()]);

    expect(first).toMatch(/^tablet-[a-z0-9]{4}$/);
    expect(concurrent).toBe(first);
    expect(await getDeviceId()).toBe(first);
  });

  it('survives the database being closed and opened again', async () => {
    const name = await getDeviceId();
    db.close();
    await db.open();

    expect(await getDeviceId()).toBe(name);
  });

  it('can be changed, and new visits carry the new name', async () => {
    await getDeviceId();
    await setDeviceId('door-1');

    expect(await getDeviceId()).toBe('door-1');
    const [visit] = await recordCheckIn({
      partyId: crypto.randomUUID(),
      kind: 'visitor',
      country: null,
      municipality: null,
      adult: true,
      children: 0,
    });
    expect(visit?.deviceId).toBe('door-1');
  });

  it('accepts 64 printable characters', async () => {
    await setDeviceId('Café – stuen ' + 'x'.repeat(51));
    expect(await getDeviceId()).toHaveLength(64);
  });

  it.each([
    '',
    'x'.repeat(65),
    'door\n1',
    'tab\tlet',
    '   ',
    'door-1\u202E',
    '\u2066door-1\u2069',
    'door\u200B-1',
    'door-1\u200D',
    '\uFEFFdoor-1',
    'door\u00AD1',
    '\uFE0F',
  ])('refuses %j and keeps the old name', async (name) => {
    await setDeviceId('door-1');

    await expect(setDeviceId(name)).rejects.toThrow(
      /must be 1 to 64 letters, digits, punctuation marks or plain spaces, not only spaces, with no control, direction, zero-width or other invisible characters/,
    );
    expect(await getDeviceId()).toBe('door-1');
  });
});
