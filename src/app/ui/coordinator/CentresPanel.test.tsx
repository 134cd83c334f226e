import { render, screen, waitFor, within } from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { onTheCoordinatorPage } from './pageTestSetup';
import { CoordinatorApp } from './CoordinatorApp';
import { centresServer, MUNICIPALITY_TOKEN, NORTH, SOUTH } from './centresTestServer';

async function openCentres() {
  const user = userEvent.setup();
  render(<CoordinatorApp />);
  await user.type(screen.getByLabelText('Koordinatorkode'), MUNICIPALITY_TOKEN);
  await user.click(screen.getByRole('button', { name: 'Åbn' }));
  const panel = await screen.findByRole('region', { name: 'Centre' }, { timeout: 5000 });
  return { user, panel };
}

const entry = (name: string) => screen.getByRole('article', { name });

onTheCoordinatorPage();

describe('the Centres panel', () => {
  it('lists every centre with its zone and kiosk defaults', async () => {
    centresServer();
    await openCentres();
    const north = entry(NORTH.name);
    expect(north).toHaveTextContent('Europe/Copenhagen');
    expect(north).toHaveTextContent('Syrien, Irak');
    expect(north).toHaveTextContent('København');
    expect(entry(SOUTH.name)).toHaveTextContent('Appens egne');
  });

  it('adds a centre, which the switcher then offers, and says so where the focus is', async () => {
    const { calls } = centresServer();
    const { user } = await openCentres();
    const add = screen.getByRole('region', { name: 'Tilføj et center' });
    await user.type(within(add).getByRole('textbox', { name: 'Navn' }), 'Kvindehuset Øst');
    await user.selectOptions(
      within(add).getByRole('combobox', { name: 'Tidszone' }),
      'Europe/Berlin',
    );
    await user.type(
      within(add).getByRole('searchbox', { name: 'Find et land at tilføje' }),
      'irak',
    );
    await user.click(within(add).getByRole('button', { name: 'Tilføj Irak' }));
    await user.type(within(add).getByRole('searchbox', { name: 'Tilføj en kommune' }), 'odense');
    await user.click(within(add).getByRole('button', { name: 'Tilføj Odense' }));
    await user.click(within(add).getByRole('button', { name: 'Tilføj centret' }));
    const said = await screen.findByText('Centret »Kvindehuset Øst« er tilføjet.');
    await waitFor(() => expect(said).toHaveFocus());
    expect(
      calls.find((c) => c.method === 'POST' && c.url.pathname.endsWith('/centres'))?.body,
    ).toEqual({
      name: 'Kvindehuset Øst',
      timeZone: 'Europe/Berlin',
      featuredCountries: ['IQ'],
      featuredMunicipalities: ['461'],
    });
    expect(entry('Kvindehuset Øst')).toHaveTextContent('Europe/Berlin');
    expect(within(add).getByRole('textbox', { name: 'Navn' })).toHaveValue('');
    expect(screen.getByRole('option', { name: 'Kvindehuset Øst' })).toBeInTheDocument();
  });

  it('says why when a name is taken', async () => {
    centresServer();
    const { user } = await openCentres();
    const add = screen.getByRole('region', { name: 'Tilføj et center' });
    await user.type(within(add).getByRole('textbox', { name: 'Navn' }), 'kvindehuset nord');
    await user.click(within(add).getByRole('button', { name: 'Tilføj centret' }));
    expect(
      await screen.findByText(/A centre is already called kvindehuset nord/),
    ).toBeInTheDocument();
  });

  it('renames a centre and changes its defaults', async () => {
    const { calls } = centresServer();
    const { user } = await openCentres();
    await user.click(within(entry(NORTH.name)).getByRole('button', { name: `Ret ${NORTH.name}` }));
    const form = screen.getByRole('region', { name: `Ret »${NORTH.name}«` });
    const name = within(form).getByRole('textbox', { name: 'Navn' });
    await user.clear(name);
    await user.type(name, 'Kvindehuset Nordvest');
    await user.click(within(form).getByRole('button', { name: 'Fjern Syrien' }));
    await user.click(within(form).getByRole('button', { name: 'Gem ændringerne' }));
    expect(await screen.findByText('»Kvindehuset Nordvest« er gemt.')).toBeInTheDocument();
    const patch = calls.find((c) => c.method === 'PATCH');
    expect(patch?.url.pathname).toBe(`/api/v1/centres/${NORTH.id}`);
    expect(patch?.body).toMatchObject({ name: 'Kvindehuset Nordvest', featuredCountries: ['IQ'] });
    expect(entry('Kvindehuset Nordvest')).toHaveTextContent('Irak');
  });

  it('makes a pairing link for one centre', async () => {
    const { calls } = centresServer();
    const { user } = await openCentres();
    await user.click(screen.getByRole('button', { name: `Par en tablet med ${SOUTH.name}` }));
    expect(
      await within(entry(SOUTH.name)).findByRole('textbox', { name: 'Parringslink' }),
    ).toHaveValue(`https://velkommen.example/#pair=${SOUTH.id}`);
    expect(calls.find((c) => c.url.pathname.endsWith('/pairing-codes'))?.body).toEqual({
      centre: SOUTH.id,
    });
    expect(within(entry(SOUTH.name)).getByRole('img', { name: /QR/ })).toBeInTheDocument();
  });

  it('makes a centre coordinator token, shows it once, and withdraws it after asking', async () => {
    centresServer();
    const { user } = await openCentres();
    const tokens = within(entry(NORTH.name)).getByRole('region', {
      name: `Koordinatorkoder for ${NORTH.name}`,
    });
    expect(await within(tokens).findByText('Ingen koordinatorkoder endnu.')).toBeInTheDocument();
    await user.type(within(tokens).getByRole('textbox', { name: 'Hvem koden er til' }), 'Leder');
    await user.click(within(tokens).getByRole('button', { name: 'Lav en koordinatorkode' }));
    const shown = await within(tokens).findByRole('textbox', { name: 'Koordinatorkoden' });
    expect(shown).toHaveValue('secret1'.padEnd(43, 'x'));
    await waitFor(() => expect(shown).toHaveFocus());
    expect(tokens).toHaveTextContent('Koden vises kun denne ene gang.');
    const writeText = vi.fn(async () => undefined);
    vi.stubGlobal('navigator', { ...navigator, clipboard: { writeText } });
    await user.click(within(tokens).getByRole('button', { name: 'Kopier koden' }));
    expect(writeText).toHaveBeenCalledWith('secret1'.padEnd(43, 'x'));
    await user.click(
      within(tokens).getByRole('button', { name: 'Jeg har gemt koden – skjul den' }),
    );
    expect(
      within(tokens).queryByRole('textbox', { name: 'Koordinatorkoden' }),
    ).not.toBeInTheDocument();

    const list = within(tokens).getByRole('list', { name: 'Koder' });
    expect(list).toHaveTextContent('Leder');
    await user.click(within(list).getByRole('button', { name: 'Træk tilbage: koden til Leder' }));
    const question = within(list).getByText(
      'Træk koden til »Leder« tilbage? Den virker ikke mere bagefter.',
    );
    await waitFor(() => expect(question).toHaveFocus());
    await user.click(within(list).getByRole('button', { name: 'Ja, træk den tilbage' }));
    const said = await within(tokens).findByText('Koden til »Leder« er trukket tilbage.');
    await waitFor(() => expect(said).toHaveFocus());
    expect(list).toHaveTextContent(/Trukket tilbage/);
    expect(within(list).queryByRole('button', { name: /Træk koden/ })).not.toBeInTheDocument();
  });
});
