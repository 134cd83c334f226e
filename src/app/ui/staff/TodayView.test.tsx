import { cleanup, render, screen, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { CheckIn } from '../../data/checkins';
import { recordCheckIn, undoCheckIn } from '../../data/checkins';
import { db } from '../../data/db';
import { getDeviceId } from '../../data/device';
import { recordClockCheck, syncDevice } from '../../data/syncSettings';
import type { DaySummary } from '../../../shared/api/summary';
import { I18nProvider } from '../../i18n/I18n';
import type { SummaryResult } from '../../sync/summary';
import { TodayView } from './TodayView';
import { settle } from '../../../../tests/setup/outbox';

// The server's side of the receipt, answered as each test needs.
const server = vi.hoisted(() => ({
  answer: { ok: false, problem: 'network', message: 'offline' } as SummaryResult,
  asked: [] as (string | undefined)[],
}));
vi.mock('../../sync/summary', () => ({
  fetchServerSummary: async (date?: string) => {
    server.asked.push(date);
    return server.answer;
  },
}));

const NOW = new Date('2026-11-23T11:40:00+01:00');

function party(at: string, overrides: Partial<CheckIn> = {}): CheckIn {
  return {
    partyId: crypto.randomUUID(),
    kind: 'visitor',
    country: 'TR',
    municipality: '101',
    adult: true,
    children: 0,
    at: new Date(`2026-11-23T${at}:00+01:00`),
    ...overrides,
  };
}

function renderToday() {
  render(
    <I18nProvider initial="da">
      <TodayView />
    </I18nProvider>,
  );
}

const rows = (name: string) =>
  within(screen.getByRole('list', { name }))
    .getAllByRole('listitem')
    .map((item) => item.textContent);

beforeEach(async () => {
  vi.useFakeTimers({ now: NOW, toFake: ['Date'] });
  await db.delete();
  await db.open();
  server.answer = { ok: false, problem: 'network', message: 'offline' };
  server.asked = [];
});

afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

describe('TodayView', () => {
  it('shows today’s headcount and follows each check-in and void live', async () => {
    renderToday();
    expect(await screen.findByRole('heading', { name: 'I dag' })).toBeInTheDocument();
    expect(screen.getByText('mandag 23. november')).toBeInTheDocument();
    await screen.findByRole('list', { name: 'Dagens tal' });
    expect(rows('Dagens tal')).toEqual(['0 besøg', '0 voksne', '0 børn', '0 frivillige']);

    await recordCheckIn(party('09:20', { children: 2 }));
    await vi.waitFor(() =>
      expect(rows('Dagens tal')).toEqual(['3 besøg', '1 voksen', '2 børn', '0 frivillige']),
    );

    const mistap = party('10:05', { country: 'SY' });
    await recordCheckIn(mistap);
    await recordCheckIn(party('10:10', { kind: 'volunteer', country: null, municipality: null }));
    await vi.waitFor(() =>
      expect(rows('Dagens tal')).toEqual(['4 besøg', '2 voksne', '2 børn', '1 frivillig']),
    );

    await undoCheckIn(mistap.partyId);
    await vi.waitFor(() =>
      expect(rows('Dagens tal')).toEqual(['3 besøg', '1 voksen', '2 børn', '1 frivillig']),
    );
  });

  it('charts the visits by hour, across the opening hours and any hour with visits', async () => {
    await recordCheckIn(party('09:20', { children: 2 }));
    await recordCheckIn(party('09:55'));
    await recordCheckIn(party('11:05', { country: 'SY', children: 1 }));
    await recordCheckIn(party('18:30', { country: 'IQ' }));
    renderToday();

    const chart = await screen.findByRole('list', { name: 'Besøg pr. time' });
    const columns = within(chart).getAllByRole('listitem');
    expect(columns.map((column) => within(column).getByText(/^Kl\./).textContent)).toEqual([
      'Kl. 09–10: 4 besøg',
      'Kl. 10–11: 0 besøg',
      'Kl. 11–12: 2 besøg',
      'Kl. 12–13: 0 besøg',
      'Kl. 13–14: 0 besøg',
      'Kl. 14–15: 0 besøg',
      'Kl. 15–16: 0 besøg',
      'Kl. 16–17: 0 besøg',
      'Kl. 17–18: 0 besøg',
      'Kl. 18–19: 1 besøg',
    ]);
  });

  it('lists countries with flags and municipalities by visits, "not stated" included', async () => {
    await recordCheckIn(party('09:20', { children: 2 }));
    await recordCheckIn(party('10:00', { country: 'SY', municipality: '165' }));
    await recordCheckIn(party('10:30', { country: null, municipality: null, children: 1 }));
    renderToday();

    await screen.findByRole('list', { name: 'Lande' });
    expect(rows('Lande')).toEqual(['Tyrkiet 3', 'Ikke oplyst 2', 'Syrien 1']);
    expect(rows('Kommuner')).toEqual(['København 3', 'Ikke oplyst 2', 'Albertslund 1']);
    const turkey = within(screen.getByRole('list', { name: 'Lande' })).getAllByRole('listitem')[0];
    expect(turkey?.querySelector('img.flag')?.getAttribute('src')).toMatch(/tr\.svg/);
  });

  it('sets this tablet’s count beside the server’s and shows every tablet', async () => {
    await recordCheckIn(party('09:20', { children: 2 }));
    const deviceId = await getDeviceId();
    server.answer = {
      ok: true,
      summary: {
        date: '2026-11-23',
        visits: 10,
        adults: 6,
        children: 4,
        volunteers: 1,
        byHour: [],
        byCountry: [],
        byMunicipality: [],
        devices: [
          { deviceId, visits: 2, lastSeenAt: '2026-11-23T09:32:00.000Z' },
          { deviceId: 'cafe', visits: 8, lastSeenAt: '2026-11-23T10:01:00.000Z' },
        ],
      },
    };
    renderToday();

    expect(await screen.findByText('Denne tablet: 3 i dag / server: 2')).toBeInTheDocument();
    expect(screen.getByText('Hele centret i dag: 10 besøg, 1 frivillig')).toBeInTheDocument();
    expect(
      screen.getByText(`${deviceId} (denne tablet): 2 besøg, sidst hørt fra 10.32`),
    ).toBeInTheDocument();
    expect(screen.getByText('cafe: 8 besøg, sidst hørt fra 11.01')).toBeInTheDocument();
    expect(await screen.findByText('Venter på at blive sendt: 3')).toBeInTheDocument();
    // The server is asked for its own today, never for the tablet's.
    expect(new Set(server.asked)).toEqual(new Set([undefined]));
  });

  it('finds this tablet’s rows by its own id, under every name it had, and no namesake’s', async () => {
    await recordCheckIn(party('09:20', { children: 2 }));
    const deviceId = await getDeviceId();
    const device = await syncDevice();
    const summary = (devices: DaySummary['devices']): SummaryResult => ({
      ok: true,
      summary: {
        date: '2026-11-23',
        visits: 9,
        adults: 6,
        children: 3,
        volunteers: 0,
        byHour: [],
        byCountry: [],
        byMunicipality: [],
        devices,
      },
    });
    // Renamed after its first visit; another tablet took the new name too.
    server.answer = summary([
      { deviceId: 'door-1', device, visits: 1, lastSeenAt: '2026-11-23T08:32:00.000Z' },
      { deviceId, device, visits: 2, lastSeenAt: '2026-11-23T09:32:00.000Z' },
      {
        deviceId,
        device: '0f8fad5b-d9cb-469f-a165-70867728950e',
        visits: 6,
        lastSeenAt: '2026-11-23T10:01:00.000Z',
      },
    ]);
    renderToday();

    expect(await screen.findByText('Denne tablet: 3 i dag / server: 3')).toBeInTheDocument();
    expect(
      screen.getByText('door-1 (denne tablet): 1 besøg, sidst hørt fra 09.32'),
    ).toBeInTheDocument();
    expect(
      screen.getByText(`${deviceId} (denne tablet): 2 besøg, sidst hørt fra 10.32`),
    ).toBeInTheDocument();
    expect(screen.getByText(`${deviceId}: 6 besøg, sidst hørt fra 11.01`)).toBeInTheDocument();
  });

  it('sets the tablet beside the server’s day when the tablet’s own date is wrong', async () => {
    // The tablet's clock says the 23rd; the server's day is a year later, and holds nothing yet.
    await recordCheckIn(party('09:20', { children: 1 }));
    server.answer = {
      ok: true,
      summary: {
        date: '2027-11-23',
        visits: 0,
        adults: 0,
        children: 0,
        volunteers: 0,
        byHour: [],
        byCountry: [],
        byMunicipality: [],
        devices: [],
      },
    };
    renderToday();

    expect(await screen.findByText('Denne tablet: 0 i dag / server: 0')).toBeInTheDocument();
    expect(
      screen.getByText(
        'Serverens tal gælder 2027-11-23, serverens dag i dag, og ikke tablettens dag. Se tablettens ur.',
      ),
    ).toBeInTheDocument();
  });

  it('tells staff when the tablet’s clock is a year behind the server’s, and what to do', async () => {
    await recordClockCheck({
      tabletAt: NOW.getTime(),
      serverAt: NOW.getTime() + (365 + 12) * 24 * 60 * 60_000,
    });
    renderToday();

    const notice = await screen.findByRole('status', { name: 'Tablettens ur' });
    expect(notice).toHaveTextContent(
      'Tablettens ur går 1 år og 12 dage efter serverens. Indtjekningerne bliver stadig gemt og dateres efter serverens ur, indtil det er rettet.',
    );
    // Today is the server's day, as the next check-in would count it.
    expect(await screen.findByText('søndag 5. december')).toBeInTheDocument();
  });

  it('tells staff when the tablet’s clock reads a time that cannot be', async () => {
    vi.setSystemTime(new Date('1970-01-01T00:07:00Z'));
    await recordClockCheck({ tabletAt: NOW.getTime(), serverAt: NOW.getTime() });
    renderToday();

    expect(
      await screen.findByText(
        /^Tablettens ur viser 1\. januar 1970, og det kan ikke passe \(måske er urets batteri fladt\)\. Indtjekningerne bliver stadig gemt, dateret 23\. november 2026 (kl\. )?11\.40,/,
      ),
    ).toBeInTheDocument();
  });

  it('shows no clock notice while the clock is right', async () => {
    await recordClockCheck({ tabletAt: NOW.getTime(), serverAt: NOW.getTime() - 90_000 });
    renderToday();

    await screen.findByText('Denne tablet: 0 i dag');
    expect(screen.queryByRole('status', { name: 'Tablettens ur' })).not.toBeInTheDocument();
  });

  it('says calmly that the server cannot be reached, keeping the tablet’s own count', async () => {
    await recordCheckIn(party('09:20'));
    renderToday();

    expect(
      await screen.findByText(/^Serveren kan ikke nås lige nu\. Besøgene er gemt på tabletten/),
    ).toBeInTheDocument();
    expect(screen.getByText('Denne tablet: 1 i dag')).toBeInTheDocument();
  });

  it('lists the visits the server refused, with its reason', async () => {
    const refused = party('09:20');
    await recordCheckIn(refused);
    const [visit] = await db.visits.where('partyId').equals(refused.partyId).primaryKeys();
    await settle({ refused: { [visit ?? '']: 'conflict: the server already holds it' } });
    renderToday();

    expect(await screen.findByText('Afvist af serveren: 1')).toBeInTheDocument();
    expect(screen.getByText('09.15: conflict: the server already holds it')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Send de afviste igen' })).toBeInTheDocument();
  });
});
