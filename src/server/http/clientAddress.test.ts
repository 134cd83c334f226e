import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import { clientAddress } from './clientAddress';

// The address a request is counted by, as the server sees it behind a socket at `socket`.
async function addressOf(
  socket: string,
  forwardedFor: string | undefined,
  trusted: readonly string[],
): Promise<string> {
  const app = new Hono();
  app.get('/', (c) => c.text(clientAddress(c, trusted)));
  const headers: Record<string, string> =
    forwardedFor === undefined ? {} : { 'X-Forwarded-For': forwardedFor };
  const response = await app.request(
    '/',
    { headers },
    { incoming: { socket: { remoteAddress: socket } } },
  );
  return response.text();
}

describe('clientAddress', () => {
  it('is the socket’s address, X-Forwarded-For ignored, when no proxy is trusted', async () => {
    expect(await addressOf('198.51.100.7', '203.0.113.9', [])).toBe('198.51.100.7');
    expect(await addressOf('::ffff:198.51.100.7', undefined, [])).toBe('198.51.100.7');
  });

  it('is the client the trusted proxy names, read from the right', async () => {
    expect(await addressOf('127.0.0.1', '203.0.113.9', ['127.0.0.1'])).toBe('203.0.113.9');
    // A client cannot choose its address by writing one on the left: the proxy appends the real one.
    expect(await addressOf('127.0.0.1', '10.9.9.9, 203.0.113.9', ['127.0.0.1'])).toBe(
      '203.0.113.9',
    );
    // Through two proxies of the centre's own.
    expect(await addressOf('::1', '203.0.113.9, 10.0.0.2', ['::1', '10.0.0.2'])).toBe(
      '203.0.113.9',
    );
  });

  it('stops at anything that is not an address, and is the proxy without a header', async () => {
    expect(await addressOf('127.0.0.1', 'unknown, 203.0.113.9', ['127.0.0.1'])).toBe('203.0.113.9');
    expect(await addressOf('127.0.0.1', '203.0.113.9, garbage', ['127.0.0.1'])).toBe('127.0.0.1');
    expect(await addressOf('127.0.0.1', undefined, ['127.0.0.1'])).toBe('127.0.0.1');
  });

  it('does not believe a proxy that is not listed', async () => {
    expect(await addressOf('198.51.100.7', '203.0.113.9', ['127.0.0.1'])).toBe('198.51.100.7');
  });
});
