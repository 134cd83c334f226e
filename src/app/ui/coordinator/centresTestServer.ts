// For the coordinator page's tests: a stand-in for a Velkommen server with two centres, answering
// the centre routes as API.md says (the municipality's token sees every centre and manages them; a
// centre's own token sees its centre only, 403 for another), and what it was asked.
import { vi } from 'vitest';
import { z } from 'zod/mini';
import type { Centre, CentreToken } from '../../../shared/api/centres';
import type { ReportTable } from '../../../shared/api/report';
import type { GroupCount } from '../../../shared/reports/report';
import { reportAnswer } from './reportStandIn';

export const MUNICIPALITY_TOKEN = 'municipality-token-0123456789';
export const CENTRE_TOKEN = 'centre-token-0123456789abcdefghijklmnopqrstu';

export const NORTH: Centre = {
  id: '11111111-1111-4111-8111-111111111111',
  name: 'Kvindehuset Nord',
  timeZone: 'Europe/Copenhagen',
  featuredCountries: ['SY', 'IQ'],
  featuredMunicipalities: ['101'],
  createdAt: '2026-01-01T08:00:00.000Z',
};
export const SOUTH: Centre = {
  id: '22222222-2222-4222-8222-222222222222',
  name: 'Kvindehuset Syd',
  timeZone: 'Europe/Copenhagen',
  featuredCountries: [],
  featuredMunicipalities: [],
  createdAt: '2026-02-01T08:00:00.000Z',
};

/** Each centre's figures for the month. */
export const COUNTS: Record<string, Record<ReportTable, GroupCount[]>> = {
  [NORTH.id]: {
    countries: [
      { key: 'TR', adults: 10, children: 2 },
      { key: 'SY', adults: 5, children: 6 },
    ],
    municipalities: [{ key: '101', adults: 15, children: 8 }],
  },
  [SOUTH.id]: {
    countries: [
      { key: 'TR', adults: 3, children: 1 },
      { key: 'SE', adults: 1, children: 0 },
    ],
    municipalities: [
      { key: '101', adults: 1, children: 0 },
      { key: '165', adults: 3, children: 1 },
    ],
  },
};

const tablet = (id: string, name: string, centreId: string) => ({
  id,
  name,
  pairedAt: '2026-11-01T08:00:00.000Z',
  lastSeenAt: '2026-11-25T10:00:00.000Z',
  appVersion: '1.0.0',
  waiting: 0,
  oldestWaitingAt: null,
  clockOffsetSeconds: 0,
  revokedAt: null,
  centreId,
});

/** One tablet at each centre's door. */
export const DEVICES = [
  tablet('55555555-5555-4555-8555-555555555551', 'nord-dør', NORTH.id),
  tablet('55555555-5555-4555-8555-555555555552', 'syd-dør', SOUTH.id),
];

const Body = z.record(z.string(), z.unknown());

const refuse = (status: number, code: string, error: string) =>
  Response.json({ error, code }, { status });

export function centresServer() {
  const centres: Centre[] = [NORTH, SOUTH];
  const tokens = new Map<string, CentreToken[]>();
  const calls: { url: URL; method: string; body: unknown }[] = [];
  let made = 0;

  const fetch = vi.fn(async (input: string | URL | Request, init?: RequestInit) => {
    const url = new URL(String(input));
    const method = init?.method ?? 'GET';
    const body: unknown = init?.body ? JSON.parse(String(init.body)) : undefined;
    calls.push({ url, method, body });
    const auth = new Headers(init?.headers).get('Authorization');
    const role =
      auth === `Bearer ${MUNICIPALITY_TOKEN}`
        ? 'municipality'
        : auth === `Bearer ${CENTRE_TOKEN}`
          ? 'centre'
          : null;
    if (role === null) return refuse(401, 'unauthorized', 'Unknown token.');
    const path = url.pathname.replace('/api/v1', '');
    const q = url.searchParams;
    const asked = q.get('centre') ?? (Body.safeParse(body).data?.centre as string | undefined);
    // A centre's token sees its own centre (North) only; another id is forbidden, known or not.
    if (role === 'centre' && asked !== undefined && asked !== NORTH.id) {
      return refuse(403, 'forbidden', 'This token is for another centre.');
    }
    const scope = role === 'centre' ? [NORTH.id] : asked ? [asked] : centres.map((c) => c.id);
    if (asked && !centres.some((c) => c.id === asked))
      return refuse(404, 'not_found', 'No such centre.');

    if (path === '/centres' && method === 'GET') {
      return Response.json({
        role,
        centres: role === 'centre' ? [NORTH] : centres,
      });
    }
    if (path.startsWith('/centres') && role !== 'municipality') {
      return refuse(403, 'forbidden', 'Only the municipality manages centres.');
    }
    if (path === '/centres' && method === 'POST') {
      const wanted = Body.parse(body);
      const name = String(wanted.name);
      if (centres.some((c) => c.name.toLowerCase() === name.toLowerCase())) {
        return refuse(409, 'centre_exists', `A centre is already called ${name}.`);
      }
      const centre: Centre = {
        id: `33333333-3333-4333-8333-33333333333${centres.length}`,
        name,
        timeZone: String(wanted.timeZone),
        featuredCountries: z.array(z.string()).parse(wanted.featuredCountries ?? []),
        featuredMunicipalities: z.array(z.string()).parse(wanted.featuredMunicipalities ?? []),
        createdAt: '2026-11-25T11:00:00.000Z',
      };
      centres.push(centre);
      return Response.json(centre, { status: 201 });
    }
    const one = /^\/centres\/([^/]+)(\/coordinator-tokens)?(?:\/([^/]+)\/revoke)?$/.exec(path);
    if (one) {
      const at = centres.findIndex((c) => c.id === one[1]);
      const centre = centres[at];
      if (!centre) return refuse(404, 'not_found', 'No such centre.');
      if (!one[2] && method === 'PATCH') {
        const changed = { ...centre, ...Body.parse(body) } as Centre;
        centres[at] = changed;
        return Response.json(changed);
      }
      const list = tokens.get(centre.id) ?? [];
      tokens.set(centre.id, list);
      if (one[3]) {
        const token = list.find((t) => t.id === one[3]);
        if (!token) return refuse(404, 'not_found', 'No such token.');
        token.revokedAt = '2026-11-25T11:30:00.000Z';
        return Response.json(token);
      }
      if (method === 'POST') {
        made += 1;
        const token: CentreToken = {
          id: `44444444-4444-4444-8444-44444444444${made}`,
          label: String(Body.parse(body).label),
          createdAt: '2026-11-25T11:15:00.000Z',
          revokedAt: null,
        };
        list.push(token);
        return Response.json({ ...token, token: `secret${made}`.padEnd(43, 'x') }, { status: 201 });
      }
      return Response.json({ tokens: list });
    }
    if (path === '/report') {
      return reportAnswer(q, (table) => scope.flatMap((id) => COUNTS[id]?.[table] ?? []), 0);
    }
    if (path === '/visits' && q.get('format') === 'json') return Response.json({ visits: [] });
    if (path === '/visits') {
      return new Response('\uFEFFcenter;id\r\n', { headers: { 'Content-Type': 'text/csv' } });
    }
    if (path === '/devices') {
      return Response.json({ devices: DEVICES.filter((d) => scope.includes(d.centreId)) });
    }
    if (path === '/pairing-codes') {
      if (role === 'municipality' && asked === undefined) {
        return refuse(400, 'centre_required', 'Say which centre the tablet joins.');
      }
      return Response.json({
        code: 'ABCD-EFGH',
        link: `https://velkommen.example/#pair=${asked ?? NORTH.id}`,
        expiresAt: '2026-11-26T11:00:00.000Z',
      });
    }
    return refuse(404, 'not_found', 'No such address.');
  });
  vi.stubGlobal('fetch', fetch);
  return { calls, centres, tokens };
}
