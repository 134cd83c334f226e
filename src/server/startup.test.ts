import { describe, expect, it } from 'vitest';
import { pairingCodeLink } from '../shared/api/pairing';
import { lanAddresses, pairingEndpoint, startupMessage, type StartupInfo } from './startup';

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
      'kept in /srv/velkommen-tokens.json; a coordinator token was made, "npm run coordinator-token" on this server shows it',
    );
  });

  it('on a later start says how to ask for the token, and shows none', async () => {
    const text = await startupMessage(info());
    expect(text).not.toMatch(/Coordinator token: /);
    expect(text).toContain(
      '"npm run coordinator-token" on this server shows the coordinator token',
    );
    expect(text).toContain('kept in /srv/velkommen-tokens.json');
  });

  it('pairs tablets with the public address when there is one', async () => {
    expect(pairingEndpoint({ port: 8080 })).toBe('http://localhost:8080');
    expect(pairingEndpoint({ port: 8080, publicUrl: 'https://v.example.dk' })).toBe(
      'https://v.example.dk',
    );
    const text = await startupMessage(info({ publicUrl: 'https://v.example.dk' }));
    expect(text).not.toContain('Tablets need an HTTPS address');
  });

  it('lists the addresses on this network it promises, as a quick look only', async () => {
    const text = await startupMessage(info({ lanAddresses: ['http://192.168.1.20:8080'] }));
    expect(text).toContain('On this network: http://192.168.1.20:8080');
    expect(text).toContain('not for tablets');
    expect(await startupMessage(info())).not.toContain('On this network');
  });

  it('writes the QR code without colour codes when the output goes to a log', async () => {
    const text = await startupMessage(info({ terminal: false }));
    expect(text).not.toContain('\u001b');
    expect(text).toMatch(/[▀▄█]{5}/);
    const onTerminal = await startupMessage(info());
    // On a terminal every row of the code, the last included, ends its colours.
    for (const row of onTerminal.split('\n').filter((line) => line.includes('\u001b'))) {
      expect(row.endsWith('\u001b[0m')).toBe(true);
    }
  });

  it('finds this machine’s network addresses only when listening on all of them', () => {
    const interfaces = {
      lo: [{ address: '127.0.0.1', family: 'IPv4', internal: true }],
      eth0: [
        { address: '192.168.1.20', family: 'IPv4', internal: false },
        { address: 'fe80::1', family: 'IPv6', internal: false },
      ],
    } as unknown as Parameters<typeof lanAddresses>[2];
    expect(lanAddresses(8080, '0.0.0.0', interfaces)).toEqual(['http://192.168.1.20:8080']);
    expect(lanAddresses(8080, '127.0.0.1', interfaces)).toEqual([]);
  });
});
