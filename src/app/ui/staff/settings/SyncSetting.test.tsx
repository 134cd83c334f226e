import { cleanup, render, screen, waitFor, within } from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { db } from '../../../data/db';
import { getSyncSettings, savePairing } from '../../../data/syncSettings';
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

afterEach(cleanup);

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
});
