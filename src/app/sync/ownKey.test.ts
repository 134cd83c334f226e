import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '../data/db';
import { setDeviceId } from '../data/device';
import { centreTimeZone, getSyncSettings, savePairing } from '../data/syncSettings';
import { ownKeyForSharedToken, pairWithCode } from './ownKey';

const SHARED = 'kiosk-token-shared-by-every-tablet-0123456';
const KEY = 'k3y0fTh1sTabl3tk3y0fTh1sTabl3tk3y0fTh1sTab';
const DEVICE = '6f1c2d3e-4a5b-4c6d-8e7f-901a2b3c4d5e';
const CODE = 'K7QM-2XPD-9RWT-4HNB';
const ENDPOINT = 'https://velkommen.example.dk';

interface Asked {
  url: string;
  body: unknown;
  authorization: string | null;
}

/** The server's POST /pair as the test says it answers, and what it was asked. */
function pairRoute(answer: () => Response | Promise<Response>) {
  const asked: Asked[] = [];
  const fetch: typeof globalThis.fetch = async (input, init) => {
    asked.push({
      url: String(input),
      body: JSON.parse(String(init?.body)),
      authorization: new Headers(init?.headers).get('Authorization'),
    });
    return answer();
  };
  return { fetch, asked };
}

const paired = () =>
  Response.json(
    { deviceId: DEVICE, token: KEY, name: 'door-1', timeZone: 'America/Nuuk' },
    { status: 201 },
  );

beforeEach(async () => {
  await db.delete();
  await db.open();
  await setDeviceId('door-1');
});

describe('pairWithCode', () => {
  it('stores the key with the server’s id for it and takes the centre’s zone', async () => {
    const server = pairRoute(paired);
    const outcome = await pairWithCode({ endpoint: ENDPOINT, code: CODE }, { fetch: server.fetch });
    expect(outcome).toMatchObject({ ok: true, timeZone: 'America/Nuuk' });
    expect(server.asked).toEqual([
      { url: `${ENDPOINT}/api/v1/pair`, body: { code: CODE, name: 'door-1' }, authorization: null },
    ]);
    expect(await getSyncSettings()).toMatchObject({
      endpoint: ENDPOINT,
      token: KEY,
      device: DEVICE,
      revokedAt: null,
    });
    expect(await centreTimeZone()).toBe('America/Nuuk');
  });

  it('uses the app’s own address when the link names none, and keeps it so', async () => {
    const server = pairRoute(paired);
    await pairWithCode(
      { endpoint: null, code: CODE },
      { fetch: server.fetch, defaultEndpoint: () => 'https://own.example' },
    );
    expect(server.asked[0]?.url).toBe('https://own.example/api/v1/pair');
    expect(await getSyncSettings()).toMatchObject({ endpoint: null, token: KEY });
  });

  it('tells apart a code that cannot work again, a busy server and no network', async () => {
    const used = pairRoute(() =>
      Response.json(
        { error: 'This pairing code does not work.', code: 'invalid_pairing_code' },
        { status: 401 },
      ),
    );
    expect(await pairWithCode({ endpoint: ENDPOINT, code: CODE }, used)).toMatchObject({
      ok: false,
      problem: 'invalid-code',
    });
    const busy = pairRoute(() =>
      Response.json({ error: 'Too many.', code: 'rate_limited' }, { status: 429 }),
    );
    expect(await pairWithCode({ endpoint: ENDPOINT, code: CODE }, busy)).toMatchObject({
      ok: false,
      problem: 'rate-limited',
    });
    const offline: typeof globalThis.fetch = () => Promise.reject(new TypeError('Failed to fetch'));
    expect(
      await pairWithCode({ endpoint: ENDPOINT, code: CODE }, { fetch: offline }),
    ).toMatchObject({ ok: false, problem: 'network' });
    const strange = pairRoute(() => Response.json({ welcome: true }, { status: 201 }));
    expect(await pairWithCode({ endpoint: ENDPOINT, code: CODE }, strange)).toMatchObject({
      ok: false,
      problem: 'bad-response',
    });
    expect(await getSyncSettings()).toMatchObject({ token: null, device: null });
  });
});

describe('ownKeyForSharedToken', () => {
  it('asks with the shared token and no code, and puts the key in its place', async () => {
    await savePairing({ endpoint: ENDPOINT, token: SHARED });
    const server = pairRoute(paired);
    const outcome = await ownKeyForSharedToken(
      { endpoint: ENDPOINT, token: SHARED },
      { fetch: server.fetch },
    );
    expect(outcome.ok).toBe(true);
    expect(server.asked).toEqual([
      {
        url: `${ENDPOINT}/api/v1/pair`,
        body: { name: 'door-1' },
        authorization: `Bearer ${SHARED}`,
      },
    ]);
    expect(await getSyncSettings()).toMatchObject({ token: KEY, device: DEVICE });
  });
});
