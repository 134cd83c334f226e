import { describe, expect, it } from 'vitest';
import { pairingLink } from '../shared/api/pairing';
import { pairingEndpoint, startupMessage } from './startup';

const tokens = { kiosk: 'KIOSK_TOKEN_0123456789', coordinator: 'COORDINATOR_TOKEN_0123456789' };

describe('startupMessage', () => {
  it('shows the address, both tokens, the pairing link and its QR code', async () => {
    const text = await startupMessage({
      url: 'http://localhost:8080',
      port: 8080,
      dbPath: '/srv/velkommen.db',
      tokens,
      created: ['kiosk'],
      tokensFile: '/srv/velkommen-tokens.json',
    });
    expect(text).toContain('Velkommen is running at http://localhost:8080');
    expect(text).toContain(
      `Kiosk token:       ${tokens.kiosk} (new; kept in /srv/velkommen-tokens.json)`,
    );
    expect(text).toMatch(new RegExp(`Coordinator token: ${tokens.coordinator}$`, 'm'));
    expect(text).toContain(pairingLink('http://localhost:8080', tokens.kiosk));
    expect(text).toContain('Tablets need an HTTPS address');
    // The small terminal QR code is drawn with half blocks.
    expect(text).toMatch(/[▀▄█]{10}/);
  });

  it('pairs tablets with the public address when there is one', async () => {
    expect(pairingEndpoint({ port: 8080 })).toBe('http://localhost:8080');
    expect(pairingEndpoint({ port: 8080, publicUrl: 'https://v.example.dk' })).toBe(
      'https://v.example.dk',
    );
    const text = await startupMessage({
      url: 'http://localhost:8080',
      port: 8080,
      publicUrl: 'https://v.example.dk',
      dbPath: '/srv/velkommen.db',
      tokens,
      created: [],
      tokensFile: '/srv/velkommen-tokens.json',
    });
    expect(text).toContain(pairingLink('https://v.example.dk', tokens.kiosk));
    expect(text).not.toContain('(new;');
    expect(text).not.toContain('Tablets need an HTTPS address');
  });
});
