import { describe, expect, it } from 'vitest';
import { PAIR_PARAM, pairingCodeLink, pairingLink, readPairingPayload } from './pairing';

const TOKEN = 'Zr0l3Vt0a2Fw8m4XkqJd7sYhQpN1cUe6bGiLoAaTzWy';

/** The link's `pair=` value. */
function payloadOf(link: string): string {
  return link.split(`#${PAIR_PARAM}=`)[1] ?? '';
}

// Read back by hand rather than by readPairingPayload, so the link is held to the format itself.
function decode(payload: string): unknown {
  const base64 = payload.replace(/-/g, '+').replace(/_/g, '/');
  const bytes = Uint8Array.from(atob(base64), (char) => char.charCodeAt(0));
  return JSON.parse(new TextDecoder().decode(bytes));
}

describe('pairingLink', () => {
  it('opens the app and carries the endpoint and token after #, never in the path or query', () => {
    const link = pairingLink('https://velkommen.example.dk', 'abc_DEF-123');
    expect(link.startsWith('https://velkommen.example.dk/#pair=')).toBe(true);
    expect(payloadOf(link)).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(decode(payloadOf(link))).toEqual({
      endpoint: 'https://velkommen.example.dk',
      token: 'abc_DEF-123',
    });
  });

  it('takes the endpoint with or without a trailing slash', () => {
    expect(pairingLink('http://localhost:8080/', 't')).toBe(
      pairingLink('http://localhost:8080', 't'),
    );
  });
});

describe('readPairingPayload', () => {
  it('reads back what pairingLink wrote', () => {
    const link = pairingLink('https://velkommen.example.dk/', TOKEN);
    expect(readPairingPayload(payloadOf(link))).toEqual({
      ok: true,
      payload: { endpoint: 'https://velkommen.example.dk', token: TOKEN },
    });
  });

  it('reads back an endpoint with letters outside ASCII', () => {
    const endpoint = 'https://kvindehuset-ærø.dk/tilmelding/børn';
    const link = pairingLink(endpoint, TOKEN);
    expect(payloadOf(link)).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(readPairingPayload(payloadOf(link))).toEqual({
      ok: true,
      payload: { endpoint, token: TOKEN },
    });
  });

  it('calls a damaged payload unreadable rather than reading something else', () => {
    const payload = payloadOf(pairingLink('https://kvindehuset-ærø.dk', TOKEN));
    for (const damaged of [
      '%%%',
      '',
      payload.slice(0, -7),
      payload.slice(0, 30),
      `${payload.slice(0, 10)}!${payload.slice(11)}`,
    ]) {
      expect(readPairingPayload(damaged), damaged).toEqual({ ok: false, problem: 'unreadable' });
    }
  });

  it('says when the payload carries no usable token', () => {
    const noToken = payloadOf(pairingLink('https://a.example', 'has space'));
    expect(readPairingPayload(noToken)).toEqual({ ok: false, problem: 'no-token' });
  });
});

describe('a link with a one-time pairing code', () => {
  const CODE = 'AB12-CD34-EF56-GH78';

  it('carries the endpoint and the code after #, and reads back as a code', () => {
    const link = pairingCodeLink('https://velkommen.example.dk/', CODE);
    expect(link.startsWith('https://velkommen.example.dk/#pair=')).toBe(true);
    expect(decode(payloadOf(link))).toEqual({
      endpoint: 'https://velkommen.example.dk',
      code: CODE,
    });
    expect(readPairingPayload(payloadOf(link))).toEqual({
      ok: true,
      payload: { endpoint: 'https://velkommen.example.dk', code: CODE },
    });
  });

  it('says a link with a code that is not one carries nothing usable', () => {
    expect(
      readPairingPayload(payloadOf(pairingCodeLink('https://a.example', 'not a code'))),
    ).toEqual({ ok: false, problem: 'no-token' });
  });
});
