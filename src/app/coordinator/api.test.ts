import { describe, expect, it, vi } from 'vitest';
import { ApiProblem, getReport, getVisitLogFile } from './api';

const connection = { endpoint: 'https://velkommen.example/', token: 'coordinator-token' };

function emptyReport(table: 'countries' | 'municipalities') {
  return {
    from: '2026-11-01',
    to: '2026-11-30',
    table,
    rows: [],
    totals: { adults: 0, children: 0, visits: 0, volunteers: 0 },
  };
}

describe('the coordinator’s requests', () => {
  it('asks for a report with the coordinator token and the listed countries', async () => {
    const fetch = vi.fn(async () => Response.json(emptyReport('countries')));
    await getReport(
      connection,
      {
        from: '2026-11-01',
        to: '2026-11-30',
        table: 'countries',
        lang: 'en',
        countries: ['TR', 'SY'],
      },
      fetch,
    );
    expect(fetch).toHaveBeenCalledWith(
      'https://velkommen.example/api/v1/report?from=2026-11-01&to=2026-11-30&table=countries&lang=en&countries=TR%2CSY',
      expect.objectContaining({
        headers: expect.objectContaining({ Authorization: 'Bearer coordinator-token' }),
        cache: 'no-store',
        credentials: 'omit',
      }),
    );
  });

  it('never sends the countries for the municipalities table', async () => {
    const fetch = vi.fn(async (_url: string | URL | Request) =>
      Response.json(emptyReport('municipalities')),
    );
    await getReport(
      connection,
      {
        from: '2026-11-01',
        to: '2026-11-30',
        table: 'municipalities',
        lang: 'da',
        countries: ['TR'],
      },
      fetch,
    );
    expect(fetch.mock.calls[0]?.[0]).toBe(
      'https://velkommen.example/api/v1/report?from=2026-11-01&to=2026-11-30&table=municipalities&lang=da',
    );
  });

  it.each([
    [
      connection,
      true,
      'csv',
      'https://velkommen.example/api/v1/visits?from=2026-11-01&to=2026-11-30&format=csv&lang=da&includeVoided=true',
    ],
    [
      { endpoint: 'https://x.example/centre', token: 'coordinator-token' },
      false,
      'json',
      'https://x.example/centre/api/v1/visits?from=2026-11-01&to=2026-11-30&format=json&lang=da',
    ],
  ] as const)(
    'asks for the visit log, withdrawn visits included when asked, wherever the server lives',
    async (at, includeVoided, format, url) => {
      const fetch = vi.fn(async (_url: string | URL | Request) => new Response('x'));
      await getVisitLogFile(
        at,
        { from: '2026-11-01', to: '2026-11-30', lang: 'da', includeVoided },
        format,
        fetch,
      );
      expect(fetch.mock.calls[0]?.[0]).toBe(url);
    },
  );

  it('sorts failures into kinds and keeps the server’s sentence', async () => {
    const answer = (status: number) =>
      vi.fn(async () => Response.json({ error: `said ${status}`, code: 'x' }, { status }));
    const query = { from: '2026-11-01', to: '2026-11-30', table: 'countries', lang: 'da' } as const;
    await expect(getReport(connection, query, answer(401))).rejects.toMatchObject({
      kind: 'unauthorized',
      detail: 'said 401',
    });
    await expect(getReport(connection, query, answer(403))).rejects.toMatchObject({
      kind: 'forbidden',
    });
    await expect(getReport(connection, query, answer(400))).rejects.toMatchObject({
      kind: 'refused',
      status: 400,
      detail: 'said 400',
    });
    await expect(
      getReport(
        connection,
        query,
        vi.fn(async () => new Response('<html>', { status: 502 })),
      ),
    ).rejects.toMatchObject({ kind: 'refused', detail: 'HTTP 502' });
    await expect(
      getReport(
        connection,
        query,
        vi.fn(async () => Response.json({ hello: 1 })),
      ),
    ).rejects.toBeInstanceOf(ApiProblem);
    await expect(
      getReport(
        connection,
        query,
        vi.fn(() => Promise.reject(new TypeError('offline'))),
      ),
    ).rejects.toMatchObject({ kind: 'network', detail: 'offline' });
  });
});
