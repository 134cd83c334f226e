import { describe, expect, it } from 'vitest';
import { pairingCodeLink } from '../shared/api/pairing';
import { pairingEndpoint, startupMessage, type StartupInfo } from './startup';

const COORDINATOR = 'COORDINATOR_TOKEN_0123456789';
const link = pairingCodeLink('http://localhost:8080', 'AB12-CD34-EF56-GH78');

const info = (changes: Partial<StartupInfo> = {}): StartupInfo => ({
  url: 'http://localhost:8080',
  port: 8080,
  dbPath: '/srv/velkommen.db',
  pairing: { link, expiresAt: new Date('2026-11-24T11:00:00Z') },
  newCoordinatorToken: null,
  tokensFile: '/srv/velkommen-tokens.json',
  terminal: true,
  ...changes,
});

describe('startupMessage', () => {
  it('shows the address, a pairing link with a one-time code and its QR code', async () => {
    const text = await startupMessage(info());
    expect(text).toContain('Velkommen is running at http://localhost:8080');
    expect(text).toContain(link);
    expect(text).toContain('until 2026-11-24T11:00:00.000Z');
    expect(text).toContain('Tablets need an HTTPS address');
    // The small terminal QR code is drawn with half blocks.
    expect(text).toMatch(/[▀▄█]{10}/);
  });

  it('shows a coordinator token made on this start once, on a terminal', async () => {
    const text = await startupMessage(info({ newCoordinatorToken: COORDINATOR }));
    expect(text).toContain(`Coordinator token: ${COORDINATOR}`);
    expect(text).toContain('npm run coordinator-token');
  });

  it('never writes a token to a log: a new one is only said to exist', async () => {
    const text = await startupMessage(info({ newCoordinatorToken: COORDINATOR, terminal: false }));
    expect(text).not.toContain(COORDINATOR);
    expect(text).toContain(
      'A coordinator token was made and kept in /srv/velkommen-tokens.json; show it with "npm run coordinator-token"',
    );
  });

  it('on a later start says how to ask for the token, and shows none', async () => {
    const text = await startupMessage(info());
    expect(text).not.toMatch(/Coordinator token: /);
    expect(text).toContain('"npm run coordinator-token" on this server shows it');
  });

  it('pairs tablets with the public address when there is one', async () => {
    expect(pairingEndpoint({ port: 8080 })).toBe('http://localhost:8080');
    expect(pairingEndpoint({ port: 8080, publicUrl: 'https://v.example.dk' })).toBe(
      'https://v.example.dk',
    );
    const text = await startupMessage(info({ publicUrl: 'https://v.example.dk' }));
    expect(text).not.toContain('Tablets need an HTTPS address');
  });
});
