import { beforeEach, describe, expect, it, vi } from 'vitest';
import { db } from '../data/db';
import { savePairing } from '../data/syncSettings';
import { apiUrl, ROUTES } from '../../shared/api/routes';
import type { DaySummary } from '../../shared/api/summary';
import { fetchServerSummary } from './summary';

const TOKEN = 'kiosk-token-for-tests-0123456789';
const DAY = '2026-11-23';

const SUMMARY: DaySummary = {
  date: DAY,
  visits: 5,
  adults: 3,
  children: 2,
  volunteers: 1,
  byHour: [{ hour: 9, visits: 5 }],
  byCountry: [
    { key: 'TR', visits: 4 },
    { key: null, visits: 1 },
  ],
  byMunicipality: [{ key: '101', visits: 5 }],
  devices: [{ deviceId: 'door-1', visits: 5, lastSeenAt: '2026-11-23T08:20:00.000Z' }],
};

function answering(status: number, body: unknown) {
  return vi.fn(
    async (_url: string | URL | Request, _init?: RequestInit) =>
      new Response(typeof body === 'string' ? body : JSON.stringify(body), {
        status,
        headers: { 'Content-Type': 'application/json' },
      }),
  );
}

beforeEach(async () => {
  await db.delete();
  await db.open();
});

describe('fetchServerSummary', () => {
  it('asks the stored endpoint for the day with the tablet’s token', async () => {
    await savePairing({ endpoint: 'https://velkommen.example.dk/centre/', token: TOKEN });
    const fetch = answering(200, SUMMARY);

    expect(await fetchServerSummary(DAY, { fetch })).toEqual({ ok: true, summary: SUMMARY });

    const [url, init] = fetch.mock.calls[0] ?? [];
    expect(url).toBe('https://velkommen.example.dk/centre/api/v1/summary?date=2026-11-23');
    expect(new Headers(init?.headers).get('Authorization')).toBe(`Bearer ${TOKEN}`);
  });

  it('uses the app’s own origin when the pairing named no endpoint', async () => {
    await savePairing({ endpoint: null, token: TOKEN });
    const fetch = answering(200, SUMMARY);

    await fetchServerSummary(DAY, { fetch, defaultEndpoint: () => 'http://192.168.1.20:8080' });

    expect(fetch.mock.calls[0]?.[0]).toBe(
      apiUrl('http://192.168.1.20:8080', ROUTES.summary, { date: DAY }),
    );
  });

  it('says the tablet is not paired, asking nobody, when it has no token', async () => {
    const fetch = answering(200, SUMMARY);

    expect(await fetchServerSummary(DAY, { fetch })).toMatchObject({
      ok: false,
      problem: 'not-paired',
    });
    expect(fetch).not.toHaveBeenCalled();
  });

  it.each([
    [401, { error: 'No token', code: 'unauthorized' }, 'unauthorized'],
    [403, { error: 'Not allowed', code: 'forbidden' }, 'unauthorized'],
    [500, { error: 'Oops', code: 'internal_error' }, 'server'],
    [429, { error: 'Slow down', code: 'rate_limited' }, 'server'],
    [200, '<html>captive portal</html>', 'bad-response'],
    [200, { ...SUMMARY, visits: 'many' }, 'bad-response'],
    [200, { ...SUMMARY, date: '2026-11-22' }, 'bad-response'],
  ])('turns a %i answer into the reason %s', async (status, body, problem) => {
    await savePairing({ endpoint: 'https://a.example', token: TOKEN });

    expect(await fetchServerSummary(DAY, { fetch: answering(status, body) })).toMatchObject({
      ok: false,
      problem,
    });
  });

  it('says the server cannot be reached when the network fails', async () => {
    await savePairing({ endpoint: 'https://a.example', token: TOKEN });
    const fetch = vi.fn(async () => {
      throw new TypeError('Failed to fetch');
    });

    expect(await fetchServerSummary(DAY, { fetch })).toEqual({
      ok: false,
      problem: 'network',
      message: 'The server could not be reached (Failed to fetch).',
    });
  });

  it('gives up after the timeout', async () => {
    await savePairing({ endpoint: 'https://a.example', token: TOKEN });
    const fetch = vi.fn(
      (_url: string | URL | Request, init?: RequestInit) =>
        new Promise<Response>((_resolve, reject) => {
          init?.signal?.addEventListener('abort', () =>
            reject(new DOMException('The operation was aborted.', 'AbortError')),
          );
        }),
    );

    expect(await fetchServerSummary(DAY, { fetch, timeoutMs: 20 })).toMatchObject({
      ok: false,
      problem: 'timeout',
    });
  });
});
