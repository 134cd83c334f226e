import { cleanup, render, screen, waitFor, within } from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { db } from '../../data/db';
import { getDeviceId, setDeviceId } from '../../data/device';
import { getKioskSettings, saveKioskSettings } from '../../data/settings';
import { I18nProvider } from '../../i18n/I18n';
import { KioskFlow } from '../kiosk/KioskFlow';
import { SettingsView } from './SettingsView';

function renderSettings(options: { withKiosk?: boolean } = {}) {
  const user = userEvent.setup();
  render(
    <I18nProvider initial="da">
      {options.withKiosk && <KioskFlow />}
      <SettingsView />
    </I18nProvider>,
  );
  return user;
}

const section = async (name: string) => screen.findByRole('region', { name });

/** What a section says once its save is done: "Saved." or why not. */
async function said(region: ReturnType<typeof within>, role: 'status' | 'alert', text: string) {
  await waitFor(() => expect(region.getByRole(role)).toHaveTextContent(text));
}

beforeEach(async () => {
  await db.delete();
  await db.open();
});

afterEach(cleanup);

describe('SettingsView', () => {
  it('shows every setting as its own section', async () => {
    renderSettings();
    expect(await screen.findByRole('heading', { name: 'Indstillinger' })).toBeInTheDocument();
    for (const name of [
      'Centret',
      'Tabletten',
      'Lande på første skærm',
      'Kommuner',
      'Sprog',
      'Ventetid',
      'Server',
      'Pinkode',
    ]) {
      expect(await section(name)).toBeInTheDocument();
    }
  });

  it('saves the centre’s name and reads it back', async () => {
    const user = renderSettings();
    const centre = within(await section('Centret'));
    await user.type(centre.getByLabelText('Centrets navn'), '  Kvindernes Hus  ');
    await user.click(centre.getByRole('button', { name: 'Gem' }));

    await said(centre, 'status', 'Gemt.');
    expect((await getKioskSettings()).centreName).toBe('Kvindernes Hus');

    cleanup();
    renderSettings();
    expect(within(await section('Centret')).getByLabelText('Centrets navn')).toHaveValue(
      'Kvindernes Hus',
    );
  });

  it('refuses an empty centre name, says why, and keeps the stored one', async () => {
    await saveKioskSettings({ centreName: 'Huset' });
    const user = renderSettings();
    const centre = within(await section('Centret'));
    const field = centre.getByLabelText('Centrets navn');
    await user.clear(field);
    await user.click(centre.getByRole('button', { name: 'Gem' }));

    await said(centre, 'alert', 'Skriv centrets navn.');
    expect(field).toHaveAttribute('aria-invalid', 'true');
    expect((await getKioskSettings()).centreName).toBe('Huset');
  });

  it('renames the tablet, and refuses a name the server would not take', async () => {
    await setDeviceId('tablet-abcd');
    const user = renderSettings();
    const tablet = within(await section('Tabletten'));
    const field = await tablet.findByLabelText('Tablettens navn');
    expect(field).toHaveValue('tablet-abcd');

    await user.clear(field);
    await user.type(field, 'dør-1');
    await user.click(tablet.getByRole('button', { name: 'Gem' }));
    await said(tablet, 'status', 'Gemt.');
    expect(await getDeviceId()).toBe('dør-1');

    await user.type(field, 'x'.repeat(70));
    await user.click(tablet.getByRole('button', { name: 'Gem' }));
    const refused =
      'Tablettens navn skal være 1 til 64 bogstaver, tal, tegn eller almindelige mellemrum, ikke kun mellemrum, og uden usynlige tegn (skjulte retnings- og mellemrumstegn).';
    await said(tablet, 'alert', refused);
    expect(await getDeviceId()).toBe('dør-1');

    // A name that would read as another tablet's: "dør-1" with a right-to-left override.
    await user.clear(field);
    await user.type(field, 'dør-1\u202E');
    await user.click(tablet.getByRole('button', { name: 'Gem' }));
    await said(tablet, 'alert', refused);
    expect(await getDeviceId()).toBe('dør-1');
  });

  it('saves the idle time, and refuses one out of range with the range', async () => {
    const user = renderSettings();
    const idle = within(await section('Ventetid'));
    const field = idle.getByLabelText(/Sekunder uden berøring/);
    expect(field).toHaveValue('60');

    await user.clear(field);
    await user.type(field, '90');
    await user.click(idle.getByRole('button', { name: 'Gem' }));
    await said(idle, 'status', 'Gemt.');
    expect((await getKioskSettings()).idleSeconds).toBe(90);

    for (const bad of ['5', 'en halv', '45.5']) {
      await user.clear(field);
      await user.type(field, bad);
      await user.click(idle.getByRole('button', { name: 'Gem' }));
      await said(idle, 'alert', 'Skriv et helt antal sekunder fra 20 til 600.');
    }
    expect((await getKioskSettings()).idleSeconds).toBe(90);
  });

  it('offers only the chosen languages on the kiosk, at once', async () => {
    const user = renderSettings({ withKiosk: true });
    const kioskLanguages = within(await screen.findByRole('group', { name: 'Sprog' }));
    expect(await kioskLanguages.findByRole('button', { name: 'العربية' })).toBeInTheDocument();

    const languages = within(await section('Sprog'));
    await user.click(languages.getByRole('checkbox', { name: 'العربية' }));

    await said(languages, 'status', 'Gemt.');
    expect((await getKioskSettings()).languagesOffered).not.toContain('ar');
    expect((await getKioskSettings()).languagesOffered).toContain('en');
    await expect.poll(() => kioskLanguages.queryByRole('button', { name: 'العربية' })).toBeNull();
    expect(kioskLanguages.getByRole('button', { name: 'English' })).toBeInTheDocument();
    expect(languages.queryByRole('radio', { name: 'العربية' })).toBeNull();
  });

  it('moves the start language along when its language is no longer offered', async () => {
    const user = renderSettings();
    const languages = within(await section('Sprog'));
    await user.click(languages.getByRole('radio', { name: 'English' }));
    await expect.poll(async () => (await getKioskSettings()).language).toBe('en');

    await user.click(languages.getByRole('checkbox', { name: 'English' }));
    await expect.poll(async () => (await getKioskSettings()).language).toBe('da');
    expect(
      await languages.findByRole('radio', { name: 'Dansk', checked: true }),
    ).toBeInTheDocument();
  });

  it('keeps at least one language, and says so', async () => {
    await saveKioskSettings({ languagesOffered: ['da'] });
    const user = renderSettings();
    const languages = within(await section('Sprog'));
    const dansk = languages.getByRole('checkbox', { name: 'Dansk' });
    await user.click(dansk);

    await said(languages, 'alert', 'Kiosken skal have mindst ét sprog.');
    expect(dansk).toBeChecked();
    expect((await getKioskSettings()).languagesOffered).toEqual(['da']);
  });
});
