import { cleanup, render, screen, waitFor, within } from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_FEATURED_COUNTRIES } from '../../../../shared/countries';
import { db } from '../../../data/db';
import { getKioskSettings, saveKioskSettings } from '../../../data/settings';
import { I18nProvider } from '../../../i18n/I18n';
import { CountryScreen } from '../../kiosk/CountryScreen';
import { KioskFlow } from '../../kiosk/KioskFlow';
import { SettingsView } from '../SettingsView';

function renderSettingsBesideKiosk() {
  const user = userEvent.setup();
  render(
    <I18nProvider initial="da">
      <KioskFlow />
      <SettingsView />
    </I18nProvider>,
  );
  return user;
}

const countries = async () =>
  within(await screen.findByRole('region', { name: 'Lande på første skærm' }));

/** The countries the kiosk's first screen shows, in order. */
function kioskCountries(): string[] {
  const screenRoot = document.querySelector('[data-screen="country"]');
  return Array.from(screenRoot?.querySelectorAll<HTMLElement>('button[data-code]') ?? []).map(
    (button) => button.dataset.code ?? '',
  );
}

beforeEach(async () => {
  await db.delete();
  await db.open();
  await saveKioskSettings({ featuredCountries: ['TR', 'SY', 'IQ'] });
});

afterEach(cleanup);

describe('featured countries', () => {
  it('lists the stored countries in the kiosk’s order', async () => {
    renderSettingsBesideKiosk();
    const list = within((await countries()).getByRole('list', { name: 'Lande på første skærm' }));
    await waitFor(() =>
      expect(list.getAllByRole('listitem').map((item) => item.textContent)).toEqual([
        expect.stringContaining('Tyrkiet'),
        expect.stringContaining('Syrien'),
        expect.stringContaining('Irak'),
      ]),
    );
    expect(list.getByRole('button', { name: 'Flyt Tyrkiet op' })).toBeDisabled();
    expect(list.getByRole('button', { name: 'Flyt Irak ned' })).toBeDisabled();
  });

  it('reorders with up and down, and the kiosk shows the new order at once', async () => {
    const user = renderSettingsBesideKiosk();
    await waitFor(() => expect(kioskCountries()).toEqual(['TR', 'SY', 'IQ']));
    const section = await countries();

    await user.click(await section.findByRole('button', { name: 'Flyt Irak op' }));
    await waitFor(() => expect(kioskCountries()).toEqual(['TR', 'IQ', 'SY']));
    expect(section.getByRole('button', { name: 'Flyt Irak op' })).toHaveFocus();

    await user.click(section.getByRole('button', { name: 'Flyt Tyrkiet ned' }));
    await waitFor(() => expect(kioskCountries()).toEqual(['IQ', 'TR', 'SY']));
    expect((await getKioskSettings()).featuredCountries).toEqual(['IQ', 'TR', 'SY']);
  });

  it('adds a country found by name and removes one', async () => {
    const user = renderSettingsBesideKiosk();
    const section = await countries();
    await user.type(section.getByLabelText('Find et land'), 'ukra');
    await user.click(await section.findByRole('button', { name: 'Tilføj Ukraine' }));
    await waitFor(() => expect(kioskCountries()).toEqual(['TR', 'SY', 'IQ', 'UA']));

    await user.click(section.getByRole('button', { name: 'Fjern Syrien' }));
    await waitFor(() => expect(kioskCountries()).toEqual(['TR', 'IQ', 'UA']));
    expect((await getKioskSettings()).featuredCountries).toEqual(['TR', 'IQ', 'UA']);
    // A country already on the list is not offered again.
    expect(section.queryByRole('button', { name: 'Tilføj Tyrkiet' })).toBeNull();
  });

  it('finds a country by its English name too', async () => {
    const user = renderSettingsBesideKiosk();
    const section = await countries();
    await user.type(section.getByLabelText('Find et land'), 'Germany');
    expect(await section.findByRole('button', { name: 'Tilføj Tyskland' })).toBeInTheDocument();
  });

  it('keeps the last country, and says why', async () => {
    await saveKioskSettings({ featuredCountries: ['TR'] });
    const user = renderSettingsBesideKiosk();
    const section = await countries();
    await user.click(await section.findByRole('button', { name: 'Fjern Tyrkiet' }));

    await waitFor(() =>
      expect(section.getByRole('alert')).toHaveTextContent('Behold mindst ét land.'),
    );
    expect((await getKioskSettings()).featuredCountries).toEqual(['TR']);
    expect(section.getByRole('button', { name: 'Fjern Tyrkiet' })).toBeInTheDocument();
  });

  it('refuses a seventeenth country, saying how many fit', async () => {
    await saveKioskSettings({ featuredCountries: [...DEFAULT_FEATURED_COUNTRIES] });
    const user = renderSettingsBesideKiosk();
    const section = await countries();
    await user.type(section.getByLabelText('Find et land'), 'sverige');
    await user.click(await section.findByRole('button', { name: 'Tilføj Sverige' }));

    await waitFor(() =>
      expect(section.getByRole('alert')).toHaveTextContent(
        'Der er plads til 16 lande. Fjern et, før du tilføjer et nyt.',
      ),
    );
    expect((await getKioskSettings()).featuredCountries).toEqual([...DEFAULT_FEATURED_COUNTRIES]);
  });
});

describe('the country screen after saving', () => {
  it('shows the featured countries in the saved order', async () => {
    await saveKioskSettings({ featuredCountries: ['SY', 'DK', 'TR'] });
    const { featuredCountries } = await getKioskSettings();
    render(
      <I18nProvider initial="da">
        <CountryScreen featured={featuredCountries} onChoose={vi.fn()} onMore={vi.fn()} />
      </I18nProvider>,
    );
    const names = screen
      .getAllByRole('button')
      .map((button) => button.textContent)
      .slice(0, 3);
    expect(names).toEqual(['Syrien', 'Danmark', 'Tyrkiet']);
  });
});
