import { cleanup, render, screen, waitFor, within } from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { recordCheckIn } from '../../../data/checkins';
import { db } from '../../../data/db';
import { setDeviceId } from '../../../data/device';
import { getSyncSettings, markKeyRevoked, savePairing } from '../../../data/syncSettings';
import { I18nProvider } from '../../../i18n/I18n';
import { SyncSetting } from './SyncSetting';

const TOKEN = 'kT4pX9vQ2mW7sL1nB8cR5yH3dF6gJ0aZeU2iO4tY7qM';
const NEW_TOKEN = 'N3wT0kenN3wT0kenN3wT0kenN3wT0kenN3wT0kenXYZ';

function renderSync() {
  const user = userEvent.setup();
  render(
    <I18nProvider initial="da">
      <SyncSetting />
    </I18nProvider>,
  );
  return user;
}

const server = async () => within(await screen.findByRole('region', { name: 'Server' }));

const KEY = 'k3y0fTh1sTabl3tk3y0fTh1sTabl3tk3y0fTh1sTab';
const DEVICE = '6f1c2d3e-4a5b-4c6d-8e7f-901a2b3c4d5e';
const CODE = 'K7QM-2XPD-9RWT-4HNB';

/** A pairing link with a one-time code, as the coordinator page makes it. */
function codeLink(endpoint: string, code: string): string {
  const json = JSON.stringify({ endpoint, code });
  const base64 = btoa(json).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
  return `${endpoint}/#pair=${base64}`;
}

/** The server's POST /pair, answering as told; what it was asked is kept. */
function pairRoute(answer: () => Response) {
  const asked: { url: string; body: unknown; authorization: string | null }[] = [];
  vi.stubGlobal('fetch', async (input: string | URL | Request, init?: RequestInit) => {
    asked.push({
      url: String(input),
      body: JSON.parse(String(init?.body)),
      authorization: new Headers(init?.headers).get('Authorization'),
    });
    return answer();
  });
  return asked;
}

const newKey = () =>
  Response.json(
    { deviceId: DEVICE, token: KEY, name: 'dør-1', timeZone: 'Europe/Copenhagen' },
    { status: 201 },
  );

/** A pairing link as the server prints it. */
function pairingLink(endpoint: string, token: string): string {
  const json = JSON.stringify({ endpoint, token });
  const base64 = btoa(json).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
  return `${endpoint}/#pair=${base64}`;
}

beforeEach(async () => {
  await db.delete();
  await db.open();
  await savePairing({ endpoint: 'https://velkommen.example.dk', token: TOKEN });
});

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe('SyncSetting', () => {
  it('shows the endpoint in full and the token masked', async () => {
    renderSync();
    const section = await server();
    expect(
      await section.findByText('Sender besøg til: https://velkommen.example.dk'),
    ).toBeInTheDocument();
    expect(section.getByText(`Token: ••••••••${TOKEN.slice(-4)}`)).toBeInTheDocument();
    expect(document.body.textContent).not.toContain(TOKEN);
    expect(section.getByLabelText('Ny token')).toHaveValue('');
  });

  it('changes the endpoint and keeps the token when none is typed', async () => {
    const user = renderSync();
    const section = await server();
    const endpoint = await section.findByLabelText('Serveradresse');
    await user.clear(endpoint);
    await user.type(endpoint, 'https://kommune.example.dk/velkommen/');
    await user.click(section.getByRole('button', { name: 'Gem' }));

    await waitFor(() =>
      expect(
        section.getByText('Sender besøg til: https://kommune.example.dk/velkommen'),
      ).toBeInTheDocument(),
    );
    expect(await getSyncSettings()).toMatchObject({
      endpoint: 'https://kommune.example.dk/velkommen',
      token: TOKEN,
    });
  });

  it('changes the token, then clears the field', async () => {
    const user = renderSync();
    const section = await server();
    await user.type(await section.findByLabelText('Ny token'), NEW_TOKEN);
    await user.click(section.getByRole('button', { name: 'Gem' }));

    await waitFor(async () => expect((await getSyncSettings()).token).toBe(NEW_TOKEN));
    await waitFor(() => expect(section.getByLabelText('Ny token')).toHaveValue(''));
    // The line follows the stored settings (a live query), which may show a moment after the field clears.
    expect(await section.findByText(`Token: ••••••••${NEW_TOKEN.slice(-4)}`)).toBeInTheDocument();
  });

  it.each([
    ['an address that is not a web address', 'velkommen dot dk', '', 'Serveradressen skal være'],
    [
      'an address with a fragment',
      'https://velkommen.example.dk/#x',
      '',
      'Serveradressen skal være',
    ],
    ['a token with spaces', '', 'two words', 'Token skal være synlige tegn uden mellemrum.'],
  ])('refuses %s, says why, and keeps the pairing', async (_what, address, token, message) => {
    const user = renderSync();
    const section = await server();
    const endpoint = await section.findByLabelText('Serveradresse');
    if (address) {
      await user.clear(endpoint);
      await user.type(endpoint, address);
    }
    if (token) await user.type(section.getByLabelText('Ny token'), token);
    await user.click(section.getByRole('button', { name: 'Gem' }));

    await waitFor(() => expect(section.getByRole('alert')).toHaveTextContent(message));
    expect(await getSyncSettings()).toMatchObject({
      endpoint: 'https://velkommen.example.dk',
      token: TOKEN,
    });
  });

  it('pairs again from a pasted pairing link, which does not stay on screen', async () => {
    const user = renderSync();
    const section = await server();
    const field = await section.findByLabelText('Parringslink');
    await user.click(field);
    await user.paste(pairingLink('https://ny.example.dk', NEW_TOKEN));
    await user.click(section.getByRole('button', { name: 'Par igen' }));

    expect(
      await section.findByText('Parret. Besøg sendes nu til https://ny.example.dk.'),
    ).toBeInTheDocument();
    expect(field).toHaveValue('');
    expect(await getSyncSettings()).toMatchObject({
      endpoint: 'https://ny.example.dk',
      token: NEW_TOKEN,
    });
  });

  it('refuses a damaged pairing link and keeps the pairing', async () => {
    const user = renderSync();
    const section = await server();
    await user.click(await section.findByLabelText('Parringslink'));
    await user.paste('https://ny.example.dk/#pair=broken');
    await user.click(section.getByRole('button', { name: 'Par igen' }));

    await waitFor(() =>
      expect(section.getByRole('alert')).toHaveTextContent('Linket kunne ikke bruges.'),
    );
    expect((await getSyncSettings()).token).toBe(TOKEN);
  });

  it('pairs with the one-time code of a coordinator’s link and says the key is its own', async () => {
    await setDeviceId('dør-1');
    const asked = pairRoute(newKey);
    const user = renderSync();
    const section = await server();
    await user.click(await section.findByLabelText('Parringslink'));
    await user.paste(codeLink('https://ny.example.dk', CODE));
    await user.click(section.getByRole('button', { name: 'Par igen' }));

    expect(
      await section.findByText(
        'Parret med sin egen nøgle. Besøg sendes nu til https://ny.example.dk.',
      ),
    ).toBeInTheDocument();
    expect(await section.findByText(`Egen nøgle: ••••••••${KEY.slice(-4)}`)).toBeInTheDocument();
    expect(asked).toEqual([
      {
        url: 'https://ny.example.dk/api/v1/pair',
        body: { code: CODE, name: 'dør-1' },
        authorization: null,
      },
    ]);
    expect(await getSyncSettings()).toMatchObject({ token: KEY, device: DEVICE });
    expect(section.queryByRole('region', { name: 'Tabletten deler centrets nøgle' })).toBeNull();
  });

  it('says a used or expired pairing link needs a new one, and keeps the pairing', async () => {
    pairRoute(() =>
      Response.json(
        { error: 'This pairing code does not work.', code: 'invalid_pairing_code' },
        { status: 401 },
      ),
    );
    const user = renderSync();
    const section = await server();
    await user.click(await section.findByLabelText('Parringslink'));
    await user.paste(codeLink('https://ny.example.dk', CODE));
    await user.click(section.getByRole('button', { name: 'Par igen' }));

    await waitFor(() =>
      expect(section.getByRole('alert')).toHaveTextContent(
        'Parringslinket er allerede brugt eller udløbet. Bed koordinatoren om et nyt parringslink.',
      ),
    );
    expect(await getSyncSettings()).toMatchObject({ token: TOKEN, device: null });
  });

  it('offers a tablet on the centre’s shared key a key of its own, at a tap', async () => {
    const asked = pairRoute(newKey);
    const user = renderSync();
    const notice = within(
      await screen.findByRole('region', { name: 'Tabletten deler centrets nøgle' }),
    );
    expect(notice.getByText(/giv den en nøgle for sig selv/)).toBeInTheDocument();
    await user.click(notice.getByRole('button', { name: 'Giv tabletten sin egen nøgle' }));

    expect(await screen.findByText('Tabletten har nu sin egen nøgle.')).toBeInTheDocument();
    expect(asked).toEqual([
      {
        url: 'https://velkommen.example.dk/api/v1/pair',
        body: { name: expect.any(String) },
        authorization: `Bearer ${TOKEN}`,
      },
    ]);
    expect(await getSyncSettings()).toMatchObject({ token: KEY, device: DEVICE });
    await waitFor(() =>
      expect(screen.queryByRole('region', { name: 'Tabletten deler centrets nøgle' })).toBeNull(),
    );
  });

  it('tells plainly that a withdrawn tablet must be paired again, and that its visits are kept', async () => {
    await savePairing({ endpoint: 'https://velkommen.example.dk', token: KEY, device: DEVICE });
    await markKeyRevoked(KEY, Date.now());
    await recordCheckIn({
      partyId: crypto.randomUUID(),
      kind: 'visitor',
      country: 'IQ',
      municipality: '169',
      adult: true,
      children: 1,
      at: new Date(),
    });
    renderSync();
    const alert = await screen.findByRole('alert');
    expect(
      within(alert).getByRole('heading', { name: 'Tabletten skal parres igen' }),
    ).toBeVisible();
    await waitFor(() =>
      expect(alert).toHaveTextContent('2 besøg venter på tabletten; intet går tabt'),
    );
    expect(alert).toHaveTextContent('Bed koordinatoren om et nyt parringslink');
    expect(screen.queryByRole('region', { name: 'Tabletten deler centrets nøgle' })).toBeNull();
  });
});
