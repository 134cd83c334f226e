import { render, screen, waitFor, within } from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { onTheCoordinatorPage } from './pageTestSetup';
import { CoordinatorApp } from './CoordinatorApp';
import { CENTRE_TOKEN, centresServer, MUNICIPALITY_TOKEN, NORTH, SOUTH } from './centresTestServer';

async function signIn(token: string) {
  const user = userEvent.setup();
  render(<CoordinatorApp />);
  await user.type(screen.getByLabelText('Koordinatorkode'), token);
  await user.click(screen.getByRole('button', { name: 'Åbn' }));
  return user;
}

const cellsOf = (row: HTMLElement) =>
  within(row)
    .getAllByRole('cell')
    .map((cell) => cell.textContent);

onTheCoordinatorPage();

describe('the coordinator page with several centres', () => {
  it('shows the municipality all centres together and side by side, totals adding up', async () => {
    centresServer();
    await signIn(MUNICIPALITY_TOKEN);
    const switcher = await screen.findByRole('combobox', { name: 'Center' });
    expect(
      within(switcher)
        .getAllByRole('option')
        .map((option) => option.textContent),
    ).toEqual(['Alle centre', NORTH.name, SOUTH.name]);
    expect(within(screen.getByRole('banner')).getByText('Alle centre')).toBeInTheDocument();

    const consolidated = await screen.findByRole('table', { name: 'Oprindelsesland' });
    expect(
      within(consolidated).getByRole('row', { name: /Totalt antal brugere/ }),
    ).toHaveTextContent('Totalt antal brugere19928');

    const side = await screen.findByRole('table', {
      name: 'Oprindelsesland: centrene side om side',
    });
    expect(
      within(side)
        .getAllByRole('columnheader')
        .map((h) => h.textContent),
    ).toEqual([
      'Oprindelsesland',
      NORTH.name,
      SOUTH.name,
      'Alle centre',
      'Voksne',
      'Børn under 18 år',
      'Voksne',
      'Børn under 18 år',
      'Voksne',
      'Børn under 18 år',
    ]);
    expect(cellsOf(within(side).getByRole('row', { name: /Tyrkiet/ }))).toEqual([
      '10',
      '2',
      '3',
      '1',
      '13',
      '3',
    ]);
    expect(cellsOf(within(side).getByRole('row', { name: /Totalt antal brugere/ }))).toEqual([
      '15',
      '8',
      '4',
      '1',
      '19',
      '9',
    ]);
    const municipalities = screen.getByRole('table', {
      name: 'Hjemkommune: centrene side om side',
    });
    expect(cellsOf(within(municipalities).getByRole('row', { name: /København/ }))).toEqual([
      '15',
      '8',
      '1',
      '0',
      '16',
      '8',
    ]);
  });

  it('follows the chosen centre in the heading, the report, the tablets and the files', async () => {
    const { calls } = centresServer();
    const user = await signIn(MUNICIPALITY_TOKEN);
    await user.selectOptions(await screen.findByRole('combobox', { name: 'Center' }), SOUTH.name);
    expect(within(screen.getByRole('banner')).getByText(SOUTH.name)).toBeInTheDocument();
    const table = await screen.findByRole('table', { name: 'Oprindelsesland' });
    await waitFor(() =>
      expect(within(table).getByRole('row', { name: /Totalt antal brugere/ })).toHaveTextContent(
        'Totalt antal brugere415',
      ),
    );
    expect(
      screen.queryByRole('table', { name: 'Oprindelsesland: centrene side om side' }),
    ).not.toBeInTheDocument();
    const askedFor = (path: string) =>
      calls
        .filter((c) => c.url.pathname === `/api/v1${path}`)
        .at(-1)
        ?.url.searchParams.get('centre');
    await waitFor(() => expect(askedFor('/visits')).toBe(SOUTH.id));
    await waitFor(() => expect(askedFor('/devices')).toBe(SOUTH.id));
    expect(askedFor('/report')).toBe(SOUTH.id);

    vi.spyOn(URL, 'createObjectURL').mockReturnValue('blob:test/1');
    vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined);
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
    await user.click(screen.getByRole('button', { name: 'Oprindelsesland som CSV' }));
    await waitFor(() =>
      expect(
        calls.some(
          (c) =>
            c.url.searchParams.get('format') === 'csv' &&
            c.url.searchParams.get('centre') === SOUTH.id,
        ),
      ).toBe(true),
    );
    // A new tablet is paired with the chosen centre.
    await user.click(screen.getByRole('button', { name: 'Par en ny tablet' }));
    expect(await screen.findByRole('textbox', { name: 'Parringslink' })).toHaveValue(
      `https://velkommen.example/#pair=${SOUTH.id}`,
    );

    const tablets = screen.getByRole('region', { name: 'Tablets' });
    await waitFor(() => expect(within(tablets).getAllByRole('row')).toHaveLength(2));
    expect(within(tablets).getByRole('row', { name: /syd-dør/ })).toBeInTheDocument();

    await user.selectOptions(screen.getByRole('combobox', { name: 'Center' }), 'Alle centre');
    // Every centre's tablets, each with its centre.
    await waitFor(() => expect(within(tablets).getAllByRole('row')).toHaveLength(3));
    expect(within(tablets).getByRole('row', { name: /nord-dør/ })).toHaveTextContent(NORTH.name);
    expect(within(tablets).getByRole('row', { name: /syd-dør/ })).toHaveTextContent(SOUTH.name);
    await waitFor(() => expect(askedFor('/devices')).toBeNull());
    expect(
      await screen.findByRole('table', { name: 'Oprindelsesland: centrene side om side' }),
    ).toBeInTheDocument();
    // With every centre shown, a tablet is paired from its centre's entry under Centres.
    expect(screen.queryByRole('button', { name: 'Par en ny tablet' })).not.toBeInTheDocument();
  });

  it('shows a centre’s own token its centre by name, with no switcher and no centres to manage', async () => {
    const { calls } = centresServer();
    await signIn(CENTRE_TOKEN);
    const table = await screen.findByRole('table', { name: 'Oprindelsesland' });
    expect(await within(screen.getByRole('banner')).findByText(NORTH.name)).toBeInTheDocument();
    expect(within(table).getByRole('row', { name: /Totalt antal brugere/ })).toHaveTextContent(
      'Totalt antal brugere15823',
    );
    expect(screen.queryByRole('combobox', { name: 'Center' })).not.toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: 'Centre' })).not.toBeInTheDocument();
    expect(screen.queryByRole('textbox', { name: /Centrets navn/ })).not.toBeInTheDocument();
    expect(calls.every((c) => !c.url.searchParams.has('centre'))).toBe(true);
    // A forbidden centre never shows: the page never asks for one.
    expect(calls.some((c) => c.url.pathname.includes('coordinator-tokens'))).toBe(false);
  });

  it('speaks English too', async () => {
    centresServer();
    const user = await signIn(MUNICIPALITY_TOKEN);
    await screen.findByRole('combobox', { name: 'Center' });
    await user.click(screen.getByRole('button', { name: 'English' }));
    expect(await screen.findByRole('combobox', { name: 'Centre' })).toBeInTheDocument();
    expect(
      await screen.findByRole('table', { name: 'Country of origin: the centres side by side' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Centres' })).toBeInTheDocument();
  });
});
