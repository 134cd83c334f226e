import { describe, expect, it } from 'vitest';
import { pairingLink } from './pairing';

function decode(link: string): unknown {
  const payload = link.split('#pair=')[1] ?? '';
  expect(payload).toMatch(/^[A-Za-z0-9_-]+$/);
  return JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
}

describe('pairingLink', () => {
  it('opens the app and carries the endpoint and token after #, never in the path or query', () => {
    const link = pairingLink('https://velkommen.example.dk', 'abc_DEF-123');
    expect(link.startsWith('https://velkommen.example.dk/#pair=')).toBe(true);
    expect(decode(link)).toEqual({
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
