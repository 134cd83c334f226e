// The staff choose which women the kiosk's pictures show; the kiosk follows at once.
import { cleanup, render, screen, waitFor, within } from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { db } from '../../../data/db';
import { getKioskSettings } from '../../../data/settings';
import { I18nProvider } from '../../../i18n/I18n';
import { KioskFlow } from '../../kiosk/KioskFlow';
import { SettingsView } from '../SettingsView';

beforeEach(async () => {
  await db.delete();
  await db.open();
});

afterEach(cleanup);

function renderBoth() {
  render(
    <I18nProvider initial="da">
      <KioskFlow />
      <SettingsView />
    </I18nProvider>,
  );
  return userEvent.setup();
}

/** The woman in the kiosk's help, open beside the settings (pictures are hidden from screen readers). */
async function womanInHelp(user: ReturnType<typeof userEvent.setup>) {
  await user.click(await screen.findByRole('button', { name: 'Hjælp' }));
  const help = await screen.findByRole('dialog', { name: 'Sådan virker det' });
  return () => help.querySelector('svg[data-look]')?.getAttribute('data-look');
}

describe('WomanPicturesSetting', () => {
  it('shows women with and without a headscarf until staff choose otherwise', async () => {
    renderBoth();
    const setting = within(await screen.findByRole('region', { name: 'Kvinder på billederne' }));
    const choices = within(setting.getByRole('group', { name: 'Kvinder på billederne' }));
    expect(
      choices.getAllByRole('radio').map((radio) => radio.closest('label')?.textContent),
    ).toEqual(['Begge: med og uden tørklæde', 'Med tørklæde', 'Uden tørklæde']);
    expect(choices.getByRole('radio', { name: 'Begge: med og uden tørklæde' })).toBeChecked();
  });

  it('keeps the choice, and the kiosk’s pictures follow it', async () => {
    const user = renderBoth();
    const look = await womanInHelp(user);
    expect(look()).toBe('headscarf');

    const setting = within(await screen.findByRole('region', { name: 'Kvinder på billederne' }));
    await user.click(setting.getByRole('radio', { name: 'Uden tørklæde' }));
    await waitFor(() => expect(setting.getByRole('status')).toHaveTextContent('Gemt.'));
    expect((await getKioskSettings()).womanPictures).toBe('bareheaded');
    expect(setting.getByRole('radio', { name: 'Uden tørklæde' })).toBeChecked();
    await waitFor(() => expect(look()).toBe('bareheaded'));

    await user.click(setting.getByRole('radio', { name: 'Med tørklæde' }));
    await waitFor(() => expect(look()).toBe('headscarf'));
    expect((await getKioskSettings()).womanPictures).toBe('headscarf');
  });
});
