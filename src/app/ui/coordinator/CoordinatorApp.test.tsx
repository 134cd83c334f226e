import { cleanup, render, screen, waitFor, within } from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { z } from 'zod/mini';
import type { ReportTable } from '../../../shared/api/report';
import { onTheCoordinatorPage } from './pageTestSetup';
import { reportAnswer } from './reportStandIn';
import type { GroupCount } from '../../../shared/reports/report';
import { CoordinatorApp } from './CoordinatorApp';

const TOKEN = 'coordinator-token-0123456789';
const COUNTS: Record<ReportTable, GroupCount[]> = {
  countries: [
    { key: 'TR', adults: 40, children: 12 },
    { key: 'SY', adults: 25, children: 30 },
    { key: 'SE', adults: 3, children: 0 },
    { key: null, adults: 2, children: 1 },
  ],
  municipalities: [
    { key: '165', adults: 50, children: 30 },
    { key: '101', adults: 20, children: 13 },
  ],
};
const VISIT_LOG = '\uFEFFid;date;time\r\nabc;2026-11-23;09:15\r\n';
const logged = (id: string, visitedAt: string, ageGroup: 'adult' | 'child') => ({
  id,
  visitedAt,
  country: 'TR',
  municipality: '165',
  ageGroup,
  partyId: '7c9e6679-7425-40de-944b-e07fc1f90ae7',
  deviceId: 'door-1',
  voided: false,
  kind: 'visitor',
  receivedAt: null,
  device: null,
});
// Every tablet's visits of the month: a woman and her child on Monday at 09:15, one on Wednesday.
const VISIT_LIST = {
  visits: [
    logged('0f8fad5b-d9cb-469f-a165-70867728950e', '2026-11-23T09:15:00+01:00', 'adult'),
    logged('1f8fad5b-d9cb-469f-a165-70867728950e', '2026-11-23T09:15:00+01:00', 'child'),
    logged('2f8fad5b-d9cb-469f-a165-70867728950e', '2026-11-25T13:30:00+01:00', 'adult'),
  ],
};
const PostedVisits = z.object({ visits: z.array(z.object({ id: z.optional(z.unknown()) })) });

/** A stand-in for the Velkommen server: the API's routes, answers and errors, and what it was asked. */
function fakeServer() {
  const held = new Set<string>();
  const calls: URL[] = [];
  const fetch = vi.fn(async (input: string | URL | Request, init?: RequestInit) => {
    const url = new URL(String(input));
    calls.push(url);
    const auth = new Headers(init?.headers).get('Authorization');
    if (auth === 'Bearer kiosk-token') {
      return Response.json(
        { error: 'This needs the coordinator token.', code: 'forbidden' },
        { status: 403 },
      );
    }
    if (auth !== `Bearer ${TOKEN}`) {
      return Response.json({ error: 'Unknown token.', code: 'unauthorized' }, { status: 401 });
    }
    const q = url.searchParams;
    if (url.pathname === '/api/v1/report') return reportAnswer(q, (table) => COUNTS[table], 9);
    if (url.pathname === '/api/v1/visits' && init?.method === 'POST') {
      const { visits } = PostedVisits.parse(JSON.parse(String(init.body)));
      const stored: string[] = [];
      const rejected: { id: string | null; reason: string }[] = [];
      for (const visit of visits) {
        if (typeof visit.id === 'string') {
          held.add(visit.id);
          stored.push(visit.id);
        } else {
          rejected.push({ id: null, reason: 'id: must be a UUID' });
        }
      }
      return Response.json({ stored, rejected });
    }
    if (url.pathname === '/api/v1/visits' && q.get('format') === 'json') {
      return Response.json(VISIT_LIST);
    }
    if (url.pathname === '/api/v1/visits') {
      return new Response(VISIT_LOG, { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
    }
    return Response.json({ error: 'No such address.', code: 'not_found' }, { status: 404 });
  });
  vi.stubGlobal('fetch', fetch);
  return { held, calls };
}

function captureDownloads(): { name: string; blob: Blob }[] {
  const saved: { name: string; blob: Blob }[] = [];
  const blobs = new Map<string, Blob>();
  vi.spyOn(URL, 'createObjectURL').mockImplementation((blob: Blob | MediaSource) => {
    const url = `blob:test/${blobs.size + 1}`;
    // The server's answer is Node's Blob, not the DOM's, in this test environment.
    if ('arrayBuffer' in blob) blobs.set(url, blob);
    return url;
  });
  vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined);
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
    this: HTMLAnchorElement,
  ) {
    const blob = blobs.get(this.href);
    if (blob) saved.push({ name: this.download, blob });
  });
  return saved;
}

async function signIn(token = TOKEN, remember = false) {
  const user = userEvent.setup();
  render(<CoordinatorApp />);
  await user.type(screen.getByLabelText('Koordinatorkode'), token);
  if (remember)
    await user.click(screen.getByRole('checkbox', { name: 'Husk mig på denne computer' }));
  await user.click(screen.getByRole('button', { name: 'Åbn' }));
  return user;
}

onTheCoordinatorPage();

describe('CoordinatorApp', () => {
  it('asks for the coordinator token, and names a tablet’s token or a wrong one', async () => {
    fakeServer();
    const user = await signIn('kiosk-token');
    expect(await screen.findByText(/Koden er en tablets kode/)).toBeInTheDocument();
    await user.clear(screen.getByLabelText('Koordinatorkode'));
    await user.type(screen.getByLabelText('Koordinatorkode'), 'wrong');
    await user.click(screen.getByRole('button', { name: 'Åbn' }));
    const wrong = await screen.findByText(/Serveren kender ikke koden/);
    // In the page's language only, and about the coordinator's token, not about pairing a tablet.
    expect(wrong.textContent?.replace('npm run coordinator-token', '')).not.toMatch(/token|pair/i);
    expect(wrong).toHaveTextContent('npm run coordinator-token');
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
  });

  it('heads the page and its printout with the centre’s name, kept for the next visit', async () => {
    fakeServer();
    const user = await signIn();
    await screen.findByRole('table', { name: 'Oprindelsesland' });
    const field = screen.getByRole('textbox', { name: /Centrets navn/ });
    await user.type(field, 'Kvindecentret Nørrebro{Enter}');
    const banner = screen.getByRole('banner');
    expect(within(banner).getByText('Kvindecentret Nørrebro')).toBeInTheDocument();
    cleanup();
    render(<CoordinatorApp />);
    expect(await screen.findByText('Kvindecentret Nørrebro')).toBeInTheDocument();
  });

  it('shows both report tables for every tablet, with charts, for this month', async () => {
    const { calls } = fakeServer();
    await signIn();
    const countries = await screen.findByRole('table', { name: 'Oprindelsesland' });
    expect(within(countries).getByRole('row', { name: /Tyrkiet/ })).toHaveTextContent(
      'Tyrkiet401252',
    );
    expect(within(countries).getByRole('row', { name: /Andre lande/ })).toHaveTextContent(
      'Andre lande303',
    );
    expect(within(countries).getByRole('row', { name: /Totalt antal brugere/ })).toHaveTextContent(
      'Totalt antal brugere7043113',
    );
    expect(screen.getByRole('table', { name: 'Hjemkommune' })).toHaveTextContent('Albertslund');
    expect(screen.getByRole('img', { name: 'Oprindelsesland' })).toHaveTextContent(
      '40 voksne · 12 børn',
    );
    expect(screen.getByRole('img', { name: 'Hjemkommune' })).toBeInTheDocument();
    const report = calls.find(
      (url) =>
        url.pathname === '/api/v1/report' &&
        url.searchParams.get('table') === 'countries' &&
        url.searchParams.get('from') === '2026-11-01',
    );
    expect(report?.searchParams.get('to')).toBe('2026-11-30');
    expect(report?.searchParams.get('countries')).toBe(
      'TR,PK,MA,IQ,DK,PS,LB,SO,IR,IN,TN,EG,SY,AF,UA,ER',
    );
    // The token stays in this tab only.
    expect(sessionStorage.getItem('velkommen.coordinator')).toContain(TOKEN);
    expect(localStorage.getItem('velkommen.coordinator')).toBeNull();
  });

  it('chooses the report’s own rows by flag and name, in the page’s order', async () => {
    const { calls } = fakeServer();
    const user = await signIn();
    await screen.findByRole('table', { name: 'Oprindelsesland' });
    const chosen = screen.getByRole('list', { name: 'Lande på egen række i rapporten' });
    expect(within(chosen).getAllByRole('listitem')[0]).toHaveTextContent('Tyrkiet');
    await user.click(screen.getByRole('button', { name: 'Fjern Tyrkiet' }));
    await user.click(screen.getByRole('button', { name: 'Flyt Ukraine op' }));
    await user.type(screen.getByRole('searchbox', { name: 'Find et land at tilføje' }), 'sver');
    await user.click(screen.getByRole('button', { name: 'Tilføj Sverige' }));
    const lastAsked = () =>
      calls
        .findLast((url) => url.searchParams.get('table') === 'countries')
        ?.searchParams.get('countries');
    await waitFor(() =>
      expect(lastAsked()).toBe('PK,MA,IQ,DK,PS,LB,SO,IR,IN,TN,EG,SY,UA,AF,ER,SE'),
    );
    const table = await screen.findByRole('table', { name: 'Oprindelsesland' });
    await waitFor(() =>
      expect(within(table).getByRole('row', { name: /Sverige/ })).toBeInTheDocument(),
    );
    // Kept on this computer for the next visit.
    expect(localStorage.getItem('velkommen.coordinator.countries')).toContain('"SE"');
  });

  it('shows the week’s shape of every tablet’s visits, from the server', async () => {
    fakeServer();
    await signIn();
    const table = await screen.findByRole('table', {
      name: 'Ugens rytme: besøg pr. ugedag og time',
    });
    const monday = within(table).getByRole('row', { name: /^mandag/ });
    expect(
      within(monday)
        .getAllByRole('cell')
        .map((cell) => cell.textContent),
    ).toEqual(['2', '0', '0', '0', '0', '0', '0', '0']);
    const wednesday = within(table).getByRole('row', { name: /^onsdag/ });
    expect(within(wednesday).getAllByRole('cell')[4]).toHaveTextContent('1');
    expect(screen.getByText(/3 besøg i perioden, højst 2 besøg i samme time/)).toBeInTheDocument();
  });

  it('asks the server again when a period preset is chosen', async () => {
    const { calls } = fakeServer();
    const user = await signIn();
    await screen.findByRole('table', { name: 'Oprindelsesland' });
    await user.click(screen.getByRole('button', { name: 'Sidste år' }));
    await waitFor(() =>
      expect(
        calls.some(
          (url) =>
            url.pathname === '/api/v1/report' &&
            url.searchParams.get('from') === '2025-01-01' &&
            url.searchParams.get('to') === '2025-12-31',
        ),
      ).toBe(true),
    );
  });

  it('downloads the server’s files as it sent them, in the language chosen', async () => {
    fakeServer();
    const saved = captureDownloads();
    const user = await signIn();
    await screen.findByRole('table', { name: 'Oprindelsesland' });
    await user.click(screen.getByRole('radio', { name: 'Engelsk' }));
    await user.click(screen.getByRole('button', { name: 'Oprindelsesland som CSV' }));
    await waitFor(() => expect(saved).toHaveLength(1));
    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(
      await saved[0]?.blob.arrayBuffer(),
    );
    expect(
      text.startsWith('\uFEFFCountry of origin;Adults;Children under 18\r\nTürkiye;40;12\r\n'),
    ).toBe(true);
    expect(saved[0]?.name).toBe('velkommen-report-countries-2026-11-01-2026-11-30-en.csv');

    await user.click(screen.getByRole('button', { name: 'Besøgslog som CSV' }));
    await waitFor(() => expect(saved).toHaveLength(2));
    // Byte for byte (as plain arrays: the two Uint8Arrays come from different realms here).
    const bytes = await (saved[1]?.blob.arrayBuffer() ?? Promise.resolve(new ArrayBuffer(0)));
    expect(Array.from(new Uint8Array(bytes))).toEqual(
      Array.from(new TextEncoder().encode(VISIT_LOG)),
    );
  });

  it('loads an unsent visits file into the server and shows what was kept and what was refused', async () => {
    const { held } = fakeServer();
    const user = await signIn();
    await screen.findByRole('table', { name: 'Oprindelsesland' });
    const unsent = {
      format: 'velkommen-backup',
      version: 1,
      deviceId: 'door-1',
      exportedAt: '2026-11-23T14:30:00.000Z',
      visits: [{ id: 'a' }, { id: 'b' }, { id: 'c' }, { country: 'TR' }],
    };
    await user.upload(
      screen.getByLabelText('Vælg filen'),
      new File([JSON.stringify(unsent)], 'unsent.json', { type: 'application/json' }),
    );
    expect(
      await screen.findByText(
        'Sikkerhedskopi fra door-1, lavet 2026-11-23T14:30:00.000Z: 4 besøg.',
      ),
    ).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Indlæs i serveren' }));
    expect(
      await screen.findByText('Serveren har nu 3 af 4 besøg fra filen. Afvist: 1.'),
    ).toBeInTheDocument();
    expect(screen.getByRole('list', { name: 'Grunde til afvisning' })).toHaveTextContent(
      '1 id: must be a UUID',
    );
    expect([...held].sort()).toEqual(['a', 'b', 'c']);
  });

  it('says so when a file is not an unsent visits file', async () => {
    fakeServer();
    const user = await signIn();
    await screen.findByRole('table', { name: 'Oprindelsesland' });
    await user.upload(screen.getByLabelText('Vælg filen'), new File(['{"visits": []}'], 'x.json'));
    expect(
      await screen.findByText('Filen er ikke en sikkerhedskopi fra Velkommen.'),
    ).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Indlæs i serveren' })).not.toBeInTheDocument();
  });

  it('remembers the token on this computer when asked, and forgets it on signing out', async () => {
    fakeServer();
    const user = await signIn(TOKEN, true);
    await screen.findByRole('table', { name: 'Oprindelsesland' });
    expect(localStorage.getItem('velkommen.coordinator')).toContain(TOKEN);
    await user.click(screen.getByRole('button', { name: 'Log ud' }));
    expect(localStorage.getItem('velkommen.coordinator')).toBeNull();
    expect(screen.getByLabelText('Koordinatorkode')).toBeInTheDocument();
  });

  it('switches to English', async () => {
    fakeServer();
    const user = await signIn();
    await screen.findByRole('table', { name: 'Oprindelsesland' });
    await user.click(screen.getByRole('button', { name: 'English' }));
    await waitFor(() =>
      expect(screen.getByRole('table', { name: 'Country of origin' })).toHaveTextContent('Türkiye'),
    );
    expect(screen.getByRole('button', { name: 'This month' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
  });
});
