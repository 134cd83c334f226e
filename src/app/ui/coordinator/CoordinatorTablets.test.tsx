// The coordinator page's tablets against a stand-in for the server's device routes: the list as the
// server gives it, a quiet tablet with visits on it brought to the top in plain words, withdrawing
// one tablet (asked once, only that one), and a new tablet's one-time pairing link with its QR code.
import { render, screen, waitFor, within } from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Device } from '../../../shared/api/devices';
import { saveConnection } from '../../coordinator/credentials';
import { CoordinatorApp } from './CoordinatorApp';
import { onTheCoordinatorPage } from './pageTestSetup';

const TOKEN = 'coordinator-token-0123456789';
const DOOR = '6f1c2d3e-4a5b-4c6d-8e7f-901a2b3c4d5e';
const CAFE = '0b9a8c7d-6e5f-4a3b-9c2d-1e0f9a8b7c6d';
const LINK = 'http://localhost:3000/#pair=eyJlbmRwb2ludCI6Imh0dHA6Ly9sb2NhbGhvc3Q6MzAwMCJ9';

function fleet(): Device[] {
  return [
    {
      id: DOOR,
      name: 'Døren',
      pairedAt: '2026-11-02T09:00:00.000Z',
      lastSeenAt: '2026-11-25T10:58:00.000Z',
      appVersion: '2.4.0',
      waiting: 0,
      oldestWaitingAt: null,
      clockOffsetSeconds: 2,
      revokedAt: null,
    },
    {
      id: CAFE,
      name: 'Caféen',
      pairedAt: '2026-11-03T09:00:00.000Z',
      lastSeenAt: '2026-11-23T15:10:00.000Z',
      appVersion: '2.3.1',
      waiting: 14,
      oldestWaitingAt: '2026-11-23T14:00:00.000Z',
      clockOffsetSeconds: -7_380,
      revokedAt: null,
    },
  ];
}

/** The server's device routes as the contract says they answer, and what they were asked. */
function deviceServer() {
  const devices = fleet();
  const posts: { path: string; body: unknown }[] = [];
  const fetch = vi.fn(async (input: string | URL | Request, init?: RequestInit) => {
    const url = new URL(String(input));
    if (new Headers(init?.headers).get('Authorization') !== `Bearer ${TOKEN}`) {
      return Response.json({ error: 'Unknown token.', code: 'unauthorized' }, { status: 401 });
    }
    if (init?.method === 'POST')
      posts.push({ path: url.pathname, body: JSON.parse(String(init.body)) });
    if (url.pathname === '/api/v1/devices') return Response.json({ devices });
    const revoke = /^\/api\/v1\/devices\/([^/]+)\/revoke$/.exec(url.pathname);
    if (revoke && init?.method === 'POST') {
      const index = devices.findIndex((device) => device.id === revoke[1]);
      const device = devices[index];
      if (device === undefined) {
        return Response.json(
          { error: 'There is no such tablet.', code: 'not_found' },
          { status: 404 },
        );
      }
      devices[index] = { ...device, revokedAt: '2026-11-25T11:00:00.000Z' };
      return Response.json(devices[index]);
    }
    if (url.pathname === '/api/v1/pairing-codes' && init?.method === 'POST') {
      return Response.json(
        { code: 'K7QM-2XPD-9RWT-4HNB', link: LINK, expiresAt: '2026-11-26T11:00:00.000Z' },
        { status: 201 },
      );
    }
    // The report and everything else is beside the point here.
    return Response.json({ error: 'No such address.', code: 'not_found' }, { status: 404 });
  });
  vi.stubGlobal('fetch', fetch);
  return { devices, posts };
}

onTheCoordinatorPage();

beforeEach(() => {
  saveConnection({ endpoint: 'http://localhost:3000', token: TOKEN, remember: false });
});

const tablets = async () => within(await screen.findByRole('region', { name: 'Tablets' }));

describe('the coordinator page’s tablets', () => {
  it('lists every tablet with when it was paired and heard from, what waits and its clock', async () => {
    deviceServer();
    render(<CoordinatorApp />);
    const list = await tablets();
    const door = await list.findByRole('row', { name: /Døren/ });
    expect(
      within(door)
        .getAllByRole('cell')
        .map((cell) => cell.textContent),
    ).toEqual([
      '2. nov. 2026, 10.00',
      '25. nov. 2026, 11.58',
      '2.4.0',
      'Ingen',
      'Går rigtigt',
      'Træk tilbage',
    ]);
    const cafe = list.getByRole('row', { name: /Caféen/ });
    expect(cafe).toHaveTextContent('14 besøg siden 23. nov. 2026, 15.00');
    expect(cafe).toHaveTextContent('2 timer bagud');
    expect(cafe).toHaveTextContent('Tavs i over et døgn');
  });

  it('says at the top, in plain words, which tablet went quiet with visits waiting on it', async () => {
    deviceServer();
    render(<CoordinatorApp />);
    const alert = await screen.findByRole('alert');
    expect(within(alert).getByRole('heading', { name: 'Tablets, der bør ses til' })).toBeVisible();
    expect(alert).toHaveTextContent(
      '“Caféen” har ikke været i kontakt med serveren siden 23. nov. 2026, 16.10, og 14 besøg ventede på den.',
    );
    expect(alert).not.toHaveTextContent('Døren');
    // Above the report: the first thing on the page.
    const main = screen.getByRole('main');
    expect(main.firstElementChild).toBe(alert);
  });

  it('withdraws one tablet after asking, and leaves the others alone', async () => {
    const server = deviceServer();
    const user = userEvent.setup();
    render(<CoordinatorApp />);
    const list = await tablets();
    await user.click(await list.findByRole('button', { name: 'Træk tilbage: Døren' }));
    const question = list.getByRole('group', { name: /Trække “Døren” tilbage\?/ });
    await user.click(within(question).getByRole('button', { name: 'Fortryd' }));
    expect(server.posts).toEqual([]);

    await user.click(list.getByRole('button', { name: 'Træk tilbage: Døren' }));
    await user.click(list.getByRole('button', { name: 'Ja, træk tilbage' }));
    await waitFor(() =>
      expect(list.getByRole('row', { name: /Døren/ })).toHaveTextContent(
        'Trukket tilbage 25. nov. 2026, 12.00',
      ),
    );
    expect(list.getByText('“Døren” er trukket tilbage.')).toBeInTheDocument();
    expect(server.posts).toEqual([{ path: `/api/v1/devices/${DOOR}/revoke`, body: {} }]);
    expect(server.devices.find((device) => device.id === CAFE)?.revokedAt).toBeNull();
    expect(list.getByRole('button', { name: 'Træk tilbage: Caféen' })).toBeEnabled();
  });

  it('makes a one-time pairing link for a new tablet, with its QR code and when it expires', async () => {
    const server = deviceServer();
    const user = userEvent.setup();
    render(<CoordinatorApp />);
    const list = await tablets();
    await user.click(list.getByRole('button', { name: 'Par en ny tablet' }));

    const panel = within(await list.findByRole('region', { name: 'Parringslink til én tablet' }));
    expect(await panel.findByRole('img', { name: 'QR-kode med parringslinket' })).toBeVisible();
    expect(panel.getByLabelText('Parringslink')).toHaveValue(LINK);
    expect(panel.getByText('Virker én gang, indtil 26. nov. 2026, 12.00.')).toBeInTheDocument();
    expect(server.posts).toEqual([{ path: '/api/v1/pairing-codes', body: {} }]);

    await user.click(panel.getByRole('button', { name: 'Skjul linket' }));
    expect(list.queryByRole('region', { name: 'Parringslink til én tablet' })).toBeNull();
  });
});
