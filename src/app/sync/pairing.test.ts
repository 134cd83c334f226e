import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '../data/db';
import { getSyncSettings } from '../data/syncSettings';
import { defaultEndpoint, hashWithoutPairing, pairFromLocation, readPairingHash } from './pairing';

const TOKEN = 'Zr0l3Vt0a2Fw8m4XkqJd7sYhQpN1cUe6bGiLoAaTzWy';

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
      pairing: { endpoint: 'https://velkommen.example.dk', token: TOKEN },
    });
  });

  it('reads an endpoint with letters outside ASCII', () => {
    const read = readPairingHash(link({ endpoint: 'https://kvindehuset-ærø.dk', token: TOKEN }));
    expect(read).toMatchObject({
      ok: true,
      pairing: { endpoint: expect.stringMatching(/^https:\/\/xn--/) },
    });
  });

  it('leaves the endpoint to the app’s own origin when the link has none', () => {
    expect(readPairingHash(link({ token: TOKEN }))).toMatchObject({
      ok: true,
      pairing: { endpoint: null, token: TOKEN },
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
      pairing: { endpoint: 'https://velkommen.example.dk', token: TOKEN },
    });
    expect(calls).toEqual(['/kiosk/?a=1']);
    expect(await getSyncSettings()).toMatchObject({
      endpoint: 'https://velkommen.example.dk',
      token: TOKEN,
    });
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
