import { beforeEach, describe, expect, it } from 'vitest';
import { db } from './db';
import {
  centreClock,
  forgetPairing,
  getSyncSettings,
  knownSyncDevice,
  knownSyncDevices,
  markKeyRevoked,
  normaliseEndpoint,
  recordClockCheck,
  recordSyncSuccess,
  savePairing,
  syncDevice,
} from './syncSettings';

const TOKEN = 'Zr0l3Vt0a2Fw8m4XkqJd7sYhQpN1cUe6bGiLoAaTzWy';
const NEW_KEY = 'N3wK3yN3wK3yN3wK3yN3wK3yN3wK3yN3wK3yN3wK3yX';
const DEVICE = '6f1c2d3e-4a5b-4c6d-8e7f-901a2b3c4d5e';
const NEW_DEVICE = '0b9a8c7d-6e5f-4a3b-9c2d-1e0f9a8b7c6d';

beforeEach(async () => {
  await db.delete();
  await db.open();
});

describe('sync settings', () => {
  it('start unpaired', async () => {
    expect(await getSyncSettings()).toEqual({
      endpoint: null,
      token: null,
      device: null,
      revokedAt: null,
      lastSuccessAt: null,
    });
  });

  it('keep a pairing, without a trailing slash', async () => {
    await savePairing({ endpoint: 'https://velkommen.example.dk/', token: TOKEN });
    expect(await getSyncSettings()).toMatchObject({
      endpoint: 'https://velkommen.example.dk',
      token: TOKEN,
    });
  });

  it('keep a pairing whose endpoint is the app’s own origin', async () => {
    await savePairing({ endpoint: null, token: TOKEN });
    expect(await getSyncSettings()).toMatchObject({ endpoint: null, token: TOKEN });
  });

  it('refuse an address or token that cannot be used, storing nothing', async () => {
    await expect(savePairing({ endpoint: 'javascript:alert(1)', token: TOKEN })).rejects.toThrow(
      /https/,
    );
    await expect(
      savePairing({ endpoint: 'https://a.example', token: 'has space' }),
    ).rejects.toThrow(/token/);
    expect(await getSyncSettings()).toMatchObject({ endpoint: null, token: null });
  });

  it('forget a pairing', async () => {
    await savePairing({ endpoint: 'https://a.example', token: TOKEN });
    await forgetPairing();
    expect(await getSyncSettings()).toMatchObject({ endpoint: null, token: null });
  });

  it('remember the last success', async () => {
    await recordSyncSuccess(1_700_000_000_000);
    expect((await getSyncSettings()).lastSuccessAt).toBe(1_700_000_000_000);
  });

  it('keep a key of the tablet’s own with the server’s id for it; a shared token has none', async () => {
    await savePairing({ endpoint: 'https://a.example', token: TOKEN });
    expect(await getSyncSettings()).toMatchObject({ device: null, revokedAt: null });
    await savePairing({ endpoint: 'https://a.example', token: TOKEN, device: DEVICE });
    expect(await getSyncSettings()).toMatchObject({ token: TOKEN, device: DEVICE });
    await expect(
      savePairing({ endpoint: 'https://a.example', token: TOKEN, device: 'door-1' }),
    ).rejects.toThrow(/UUID/);
    expect((await getSyncSettings()).device).toBe(DEVICE);
  });

  it('note a withdrawn key until the tablet is paired again, and only the key refused', async () => {
    await savePairing({ endpoint: 'https://a.example', token: TOKEN, device: DEVICE });
    expect(await markKeyRevoked('another-key', 1_000)).toBe(false);
    expect((await getSyncSettings()).revokedAt).toBeNull();
    expect(await markKeyRevoked(TOKEN, 2_000)).toBe(true);
    // Told twice (the loop and the receipt), the first moment stays.
    expect(await markKeyRevoked(TOKEN, 3_000)).toBe(false);
    expect(await getSyncSettings()).toMatchObject({
      token: TOKEN,
      device: DEVICE,
      revokedAt: 2_000,
    });
    await savePairing({ endpoint: 'https://a.example', token: NEW_KEY, device: NEW_DEVICE });
    expect(await getSyncSettings()).toMatchObject({ token: NEW_KEY, revokedAt: null });
  });

  it('read a damaged stored pairing as none', async () => {
    await db.settings.put({ key: 'syncPairing', value: { endpoint: 'nonsense', token: 5 } });
    expect(await getSyncSettings()).toMatchObject({ endpoint: null, token: null });
  });
});

describe('the centre’s clock and the tablet’s own id', () => {
  it('keep the last clock check, rewriting one that finds the same only now and then', async () => {
    expect(await centreClock()).toEqual({ timeZone: null, clock: null });
    const first = { tabletAt: 1_700_000_000_000, serverAt: 1_700_000_000_000 - 86_400_000 };
    await recordClockCheck(first);
    // A minute later, the same difference: not worth a write.
    await recordClockCheck({
      tabletAt: first.tabletAt + 60_000,
      serverAt: first.serverAt + 60_500,
    });
    expect((await centreClock()).clock).toEqual(first);
    // Another difference is kept at once.
    const fixed = { tabletAt: first.tabletAt + 120_000, serverAt: first.tabletAt + 119_000 };
    await recordClockCheck(fixed);
    expect((await centreClock()).clock).toEqual(fixed);
  });

  it('read a damaged clock check or zone as none', async () => {
    await db.settings.bulkPut([
      { key: 'syncServerClock', value: { tabletAt: 'soon' } },
      { key: 'centreTimeZone', value: 'Mars/Olympus' },
    ]);
    expect(await centreClock()).toEqual({ timeZone: null, clock: null });
  });

  it('make the tablet’s own id once, and keep it', async () => {
    expect(await knownSyncDevice()).toBeNull();
    const [a, b] = await Promise.all([syncDevice(), syncDevice()]);
    expect(a).toMatch(/^[0-9a-f-]{36}$/);
    expect(b).toBe(a);
    expect(await knownSyncDevice()).toBe(a);
  });

  it('know every id the server may keep the tablet’s visits under, its own first', async () => {
    expect(await knownSyncDevices()).toEqual([]);
    const own = await syncDevice();
    await savePairing({ endpoint: null, token: TOKEN, device: DEVICE });
    await savePairing({ endpoint: null, token: NEW_KEY, device: NEW_DEVICE });
    await savePairing({ endpoint: null, token: NEW_KEY, device: NEW_DEVICE });
    expect(await knownSyncDevices()).toEqual([own, DEVICE, NEW_DEVICE]);
  });
});

describe('normaliseEndpoint', () => {
  it('keeps a path and drops trailing slashes', () => {
    expect(normaliseEndpoint(' https://a.example/velkommen// ')).toBe(
      'https://a.example/velkommen',
    );
    expect(normaliseEndpoint('http://192.168.1.20:8080')).toBe('http://192.168.1.20:8080');
  });

  it('refuses a query, fragment or password', () => {
    expect(() => normaliseEndpoint('https://a.example/?x=1')).toThrow();
    expect(() => normaliseEndpoint('https://a.example/#x')).toThrow();
    expect(() => normaliseEndpoint('https://user:pw@a.example')).toThrow();
    expect(() => normaliseEndpoint('not an address')).toThrow(/not a web address/);
  });
});
