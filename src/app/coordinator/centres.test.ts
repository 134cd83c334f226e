import { describe, expect, it, vi } from 'vitest';
import { getReport, getVisitList } from './api';
import { changeCentre, getCentres, makeCentreToken, withdrawCentreToken } from './centres';
import { getDevices, makePairingCode } from './devices';

const connection = { endpoint: 'https://velkommen.example', token: 'coordinator-token' };
const NØRREBRO = {
  id: '5f0c6c3e-8d5b-4c1e-9a51-3b1f0e2d9a11',
  name: 'Kvindehuset Nørrebro',
  timeZone: 'Europe/Copenhagen',
  featuredCountries: ['SY'],
  featuredMunicipalities: [],
  createdAt: '2026-11-01T08:00:00.000Z',
};

function asked(fetch: ReturnType<typeof vi.fn>, call = 0): { url: string; init: RequestInit } {
  const [url, init] = fetch.mock.calls[call] as [string, RequestInit];
  return { url, init };
}

describe('the coordinator’s requests about centres', () => {
  it('reads the role and the centres the token sees', async () => {
    const fetch = vi.fn(async () => Response.json({ role: 'municipality', centres: [NØRREBRO] }));
    const scope = await getCentres(connection, fetch);
    expect(scope).toEqual({ kind: 'centres', role: 'municipality', centres: [NØRREBRO] });
    expect(asked(fetch).url).toBe('https://velkommen.example/api/v1/centres');
  });

  it('takes a server without centres for one centre, as before', async () => {
    const fetch = vi.fn(async () =>
      Response.json({ error: 'No such address.', code: 'not_found' }, { status: 404 }),
    );
    expect(await getCentres(connection, fetch)).toEqual({ kind: 'single' });
  });

  it('still refuses a wrong token', async () => {
    const fetch = vi.fn(async () =>
      Response.json({ error: 'Unknown token.', code: 'unauthorized' }, { status: 401 }),
    );
    await expect(getCentres(connection, fetch)).rejects.toMatchObject({ kind: 'unauthorized' });
  });

  it('changes a centre with PATCH and reads the centre back', async () => {
    const fetch = vi.fn(async () => Response.json({ ...NØRREBRO, name: 'Huset' }));
    const centre = await changeCentre(connection, NØRREBRO.id, { name: 'Huset' }, fetch);
    expect(centre.name).toBe('Huset');
    const { url, init } = asked(fetch);
    expect(url).toBe(`https://velkommen.example/api/v1/centres/${NØRREBRO.id}`);
    expect(init.method).toBe('PATCH');
    expect(init.body).toBe('{"name":"Huset"}');
  });

  it('makes and withdraws a centre coordinator token', async () => {
    const entry = {
      id: '6f0c6c3e-8d5b-4c1e-9a51-3b1f0e2d9a11',
      label: 'Leder',
      createdAt: '2026-11-02T08:00:00.000Z',
      revokedAt: null,
    };
    const made = vi.fn(async () =>
      Response.json({ ...entry, token: 'x'.repeat(43) }, { status: 201 }),
    );
    expect((await makeCentreToken(connection, NØRREBRO.id, 'Leder', made)).token).toHaveLength(43);
    expect(asked(made).init.body).toBe('{"label":"Leder"}');
    const revoked = vi.fn(async () =>
      Response.json({ ...entry, revokedAt: '2026-11-03T08:00:00.000Z' }),
    );
    const after = await withdrawCentreToken(connection, NØRREBRO.id, entry.id, revoked);
    expect(after.revokedAt).toBe('2026-11-03T08:00:00.000Z');
    expect(asked(revoked).url).toBe(
      `https://velkommen.example/api/v1/centres/${NØRREBRO.id}/coordinator-tokens/${entry.id}/revoke`,
    );
  });

  it('narrows the report, the visit log, the tablets and a pairing code to one centre', async () => {
    const report = {
      from: '2026-11-01',
      to: '2026-11-30',
      table: 'municipalities',
      rows: [],
      totals: { adults: 0, children: 0, visits: 0, volunteers: 0 },
    };
    const fetch = vi.fn(async (input: string | URL | Request) => {
      const url = String(input);
      if (url.includes('/report')) return Response.json(report);
      if (url.includes('/visits')) return Response.json({ visits: [] });
      if (url.includes('/devices')) return Response.json({ devices: [] });
      return Response.json({
        code: 'ABCD-EFGH',
        link: 'https://velkommen.example/#pair=x',
        expiresAt: '2026-11-02T08:00:00.000Z',
      });
    });
    const period = { from: '2026-11-01', to: '2026-11-30' };
    await getReport(
      connection,
      { ...period, table: 'municipalities', lang: 'da', centre: NØRREBRO.id },
      fetch,
    );
    await getVisitList(connection, { ...period, centre: NØRREBRO.id }, fetch);
    await getDevices(connection, NØRREBRO.id, fetch);
    await getVisitList(connection, { ...period, centre: null }, fetch);
    for (const call of [0, 1, 2]) {
      expect(new URL(asked(fetch, call).url).searchParams.get('centre')).toBe(NØRREBRO.id);
    }
    expect(new URL(asked(fetch, 3).url).searchParams.has('centre')).toBe(false);
    await makePairingCode(connection, NØRREBRO.id, fetch);
    expect(JSON.parse(String(asked(fetch, 4).init.body))).toEqual({ centre: NØRREBRO.id });
  });
});
