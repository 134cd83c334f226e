import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '../data/db';
import { getSyncSettings } from '../data/syncSettings';
import { pairWithCode } from './ownKey';
import { defaultEndpoint, hashWithoutPairing, pairFromLocation, readPairingHash } from './pairing';

const TOKEN = 'Zr0l3Vt0a2Fw8m4XkqJd7sYhQpN1cUe6bGiLoAaTzWy';
const CODE = 'K7QM-2XPD-9RWT-4HNB';
const KEY = 'k3y0fTh1sTabl3tk3y0fTh1sTabl3tk3y0fTh1sTab';
const DEVICE = '6f1c2d3e-4a5b-4c6d-8e7f-901a2b3c4d5e';

function link(data: unknown): string {
  const bytes = new TextEncoder().encode(JSON.stringify(data));
  const base64 = btoa(String.fromCharCode(...bytes));
  return `#pair=${base64.replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '')}`;
}

beforeEach(async () => {
  await db.delete();
  await db.open();
});

describe('readPairingHash', () => {
  it('reads the endpoint and token of a pairing link', () => {
    expect(
      readPairingHash(link({ endpoint: 'https://velkommen.example.dk/', token: TOKEN })),
    ).toEqual({
      found: true,
      ok: true,
      link: { kind: 'token', pairing: { endpoint: 'https://velkommen.example.dk', token: TOKEN } },
    });
  });

  it('reads the endpoint and one-time code of a pairing link', () => {
    expect(
      readPairingHash(link({ endpoint: 'https://velkommen.example.dk/', code: CODE })),
    ).toEqual({
      found: true,
      ok: true,
      link: { kind: 'code', endpoint: 'https://velkommen.example.dk', code: CODE },
    });
  });

  it('reads an endpoint with letters outside ASCII', () => {
    const read = readPairingHash(link({ endpoint: 'https://kvindehuset-ærø.dk', token: TOKEN }));
    expect(read).toMatchObject({
      ok: true,
      link: { pairing: { endpoint: expect.stringMatching(/^https:\/\/xn--/) } },
    });
  });

  it('leaves the endpoint to the app’s own origin when the link has none', () => {
    expect(readPairingHash(link({ token: TOKEN }))).toMatchObject({
      ok: true,
      link: { pairing: { endpoint: null, token: TOKEN } },
    });
    expect(readPairingHash(link({ code: CODE }))).toMatchObject({
      ok: true,
      link: { kind: 'code', endpoint: null, code: CODE },
    });
  });

  it('finds nothing in an address without a pairing', () => {
    expect(readPairingHash('')).toEqual({ found: false });
    expect(readPairingHash('#staff')).toEqual({ found: false });
  });

  it('explains a damaged link', () => {
    expect(readPairingHash('#pair=%%%')).toMatchObject({ found: true, ok: false });
    expect(readPairingHash(link({ endpoint: 'https://a.example' }))).toMatchObject({
      ok: false,
      reason: expect.stringMatching(/token/),
    });
    expect(readPairingHash(link({ endpoint: 'ftp://a.example', token: TOKEN }))).toMatchObject({
      ok: false,
    });
  });
});

describe('hashWithoutPairing', () => {
  it('takes the pairing out and keeps the rest', () => {
    expect(hashWithoutPairing('#pair=abc')).toBe('');
    expect(hashWithoutPairing('#pair=abc&view=staff')).toBe('#view=staff');
  });
});

describe('pairFromLocation', () => {
  function address(hash: string) {
    const calls: string[] = [];
    return {
      address: { hash, pathname: '/kiosk/', search: '?a=1' },
      history: {
        state: null,
        replaceState: (_state: unknown, _unused: string, url?: string | URL | null) => {
          calls.push(String(url));
        },
      },
      calls,
    };
  }

  it('stores the pairing and removes it from the address bar', async () => {
    const {
      address: where,
      history,
      calls,
    } = address(link({ endpoint: 'https://velkommen.example.dk', token: TOKEN }));
    const result = await pairFromLocation(where, history);

    expect(result).toEqual({
      status: 'paired',
      pairing: { endpoint: 'https://velkommen.example.dk', token: TOKEN, device: null },
    });
    expect(calls).toEqual(['/kiosk/?a=1']);
    expect(await getSyncSettings()).toMatchObject({
      endpoint: 'https://velkommen.example.dk',
      token: TOKEN,
    });
  });

  it('exchanges a link’s one-time code for the tablet’s own key, once', async () => {
    const asked: { url: string; body: unknown; authorization: string | null }[] = [];
    const fetch: typeof globalThis.fetch = async (input, init) => {
      asked.push({
        url: String(input),
        body: JSON.parse(String(init?.body)),
        authorization: new Headers(init?.headers).get('Authorization'),
      });
      return Response.json(
        { deviceId: DEVICE, token: KEY, name: 'door-1', timeZone: 'Europe/Copenhagen' },
        { status: 201 },
      );
    };
    const exchange = (code: { endpoint: string | null; code: string }) =>
      pairWithCode(code, { fetch });
    const {
      address: where,
      history,
      calls,
    } = address(link({ endpoint: 'https://velkommen.example.dk', code: CODE }));

    const result = await pairFromLocation(where, history, exchange);
    expect(result).toMatchObject({ status: 'paired', pairing: { token: KEY, device: DEVICE } });
    // The link left the address bar before the code went to the server.
    expect(calls).toEqual(['/kiosk/?a=1']);
    expect(asked).toEqual([
      {
        url: 'https://velkommen.example.dk/api/v1/pair',
        body: { code: CODE, name: expect.stringMatching(/^tablet-/) },
        authorization: null,
      },
    ]);
    expect(await getSyncSettings()).toMatchObject({
      endpoint: 'https://velkommen.example.dk',
      token: KEY,
      device: DEVICE,
    });
  });

  it('says a used or expired code needs a new link, and keeps the pairing it had', async () => {
    const before = link({ endpoint: 'https://velkommen.example.dk', token: TOKEN });
    await pairFromLocation(address(before).address, address(before).history);
    const fetch: typeof globalThis.fetch = async () =>
      Response.json(
        { error: 'This pairing code does not work.', code: 'invalid_pairing_code' },
        { status: 401 },
      );
    const used = address(link({ endpoint: 'https://velkommen.example.dk', code: CODE }));
    const result = await pairFromLocation(used.address, used.history, (code) =>
      pairWithCode(code, { fetch }),
    );
    expect(result).toMatchObject({
      status: 'failed',
      problem: 'invalid-code',
      reason: expect.stringMatching(/ask the coordinator for a new pairing link/),
    });
    expect(await getSyncSettings()).toMatchObject({ token: TOKEN, device: null });
  });

  it('removes a damaged link too, and stores nothing', async () => {
    const { address: where, history, calls } = address('#pair=bm90IGpzb24');
    const result = await pairFromLocation(where, history);
    expect(result).toMatchObject({ status: 'failed' });
    expect(calls).toEqual(['/kiosk/?a=1']);
    expect(await getSyncSettings()).toMatchObject({ endpoint: null, token: null });
  });

  it('does nothing without a pairing link', async () => {
    const { address: where, history, calls } = address('');
    expect(await pairFromLocation(where, history)).toEqual({ status: 'none' });
    expect(calls).toEqual([]);
  });
});

describe('defaultEndpoint', () => {
  it('is the app’s own origin when served over http(s)', () => {
    expect(defaultEndpoint({ protocol: 'https:', origin: 'https://velkommen.example.dk' })).toBe(
      'https://velkommen.example.dk',
    );
    expect(defaultEndpoint({ protocol: 'file:', origin: 'null' })).toBeNull();
    expect(defaultEndpoint(null)).toBeNull();
  });
});
