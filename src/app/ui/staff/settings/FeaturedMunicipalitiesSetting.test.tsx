import { cleanup, render, screen, waitFor, within } from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { db } from '../../../data/db';
import { getPhotoUrl } from '../../../data/photos';
import { getKioskSettings, saveKioskSettings } from '../../../data/settings';
import { I18nProvider } from '../../../i18n/I18n';
import { KioskFlow } from '../../kiosk/KioskFlow';
import { SettingsView } from '../SettingsView';

const JPEG = [0xff, 0xd8, 0xff, 0xd9];
const photo = () => new File([new Uint8Array(JPEG)], 'raadhus.jpg', { type: 'image/jpeg' });

/** The kiosk on its municipality screen, with the settings beside it. */
async function renderAtMunicipalities() {
  const user = userEvent.setup();
  render(
    <I18nProvider initial="da">
      <KioskFlow />
      <SettingsView />
    </I18nProvider>,
  );
  await user.click(await screen.findByRole('button', { name: 'Tyrkiet' }));
  await screen.findByRole('heading', { name: 'Hvor bor du?' });
  return user;
}

const municipalities = async () => within(await screen.findByRole('region', { name: 'Kommuner' }));

function kioskTile(name: string): HTMLElement {
  const root = document.querySelector('[data-screen="municipality"]');
  const tile = Array.from(root?.querySelectorAll<HTMLElement>('button[data-code]') ?? []).find(
    (button) => button.textContent === name,
  );
  if (!tile) throw new Error(`No kiosk tile named ${name}`);
  return tile;
}

const kioskOrder = () =>
  Array.from(
    document.querySelectorAll<HTMLElement>('[data-screen="municipality"] button[data-code]'),
  ).map((button) => button.textContent);

beforeEach(async () => {
  await db.delete();
  await db.open();
  await saveKioskSettings({ featuredMunicipalities: ['101', '165', '183'] });
});

afterEach(cleanup);

describe('featured municipalities', () => {
  it('reorders, adds and removes, and the kiosk follows at once', async () => {
    const user = await renderAtMunicipalities();
    await waitFor(() => expect(kioskOrder()).toEqual(['København', 'Albertslund', 'Ishøj']));
    const section = await municipalities();

    await user.click(section.getByRole('button', { name: 'Flyt Ishøj op' }));
    await waitFor(() => expect(kioskOrder()).toEqual(['København', 'Ishøj', 'Albertslund']));

    await user.type(section.getByLabelText('Find en kommune'), 'brønd');
    await user.click(await section.findByRole('button', { name: 'Tilføj Brøndby' }));
    await user.click(section.getByRole('button', { name: 'Fjern København' }));
    await waitFor(() => expect(kioskOrder()).toEqual(['Ishøj', 'Albertslund', 'Brøndby']));
    expect((await getKioskSettings()).featuredMunicipalities).toEqual(['183', '165', '153']);
  });

  it('shows a photo on the kiosk tile instead of the map, and the map again once removed', async () => {
    const user = await renderAtMunicipalities();
    const section = await municipalities();
    expect(kioskTile('Albertslund').querySelector('img')).toBeNull();
    expect(kioskTile('Albertslund').querySelector('svg.municipality-picture')).not.toBeNull();

    await user.upload(section.getByLabelText('Vælg billede til Albertslund'), photo());
    expect(await section.findByText('Fotoet af Albertslund er gemt.')).toHaveAttribute(
      'role',
      'status',
    );
    await waitFor(() => expect(kioskTile('Albertslund').querySelector('img')).not.toBeNull());
    expect(kioskTile('Albertslund').querySelector('img')).toHaveAttribute(
      'src',
      'data:image/jpeg;base64,/9j/2Q==',
    );
    expect(kioskTile('Albertslund').querySelector('svg.municipality-picture')).toBeNull();
    // The tile is still named by the municipality, not by its picture.
    expect(screen.getByRole('button', { name: 'Albertslund' })).toBe(kioskTile('Albertslund'));
    expect(kioskTile('København').querySelector('img')).toBeNull();

    await user.click(await section.findByRole('button', { name: 'Fjern foto af Albertslund' }));
    await waitFor(() => expect(kioskTile('Albertslund').querySelector('img')).toBeNull());
    expect(kioskTile('Albertslund').querySelector('svg.municipality-picture')).not.toBeNull();
    expect(await getPhotoUrl('165')).toBeNull();
    expect(section.queryByRole('button', { name: 'Fjern foto af Albertslund' })).toBeNull();
  });

  it('takes a photo with the camera', async () => {
    const user = await renderAtMunicipalities();
    const section = await municipalities();
    const camera = section.getByLabelText('Tag foto af Ishøj');
    expect(camera).toHaveAttribute('capture', 'environment');
    expect(camera).toHaveAttribute('accept', 'image/*');

    await user.upload(camera, photo());
    await waitFor(() => expect(kioskTile('Ishøj').querySelector('img')).not.toBeNull());
  });

  it('refuses a file that is not a picture, and keeps the photo it had', async () => {
    const user = userEvent.setup({ applyAccept: false });
    render(
      <I18nProvider initial="da">
        <SettingsView />
      </I18nProvider>,
    );
    const section = await municipalities();
    await user.upload(section.getByLabelText('Vælg billede til Ishøj'), photo());
    await waitFor(async () => expect(await getPhotoUrl('183')).not.toBeNull());

    const notes = new File(['hej'], 'noter.txt', { type: 'text/plain' });
    await user.upload(section.getByLabelText('Vælg billede til Ishøj'), notes);
    await waitFor(() =>
      expect(section.getByRole('alert')).toHaveTextContent(
        'Filen er ikke et billede. Vælg et foto.',
      ),
    );
    expect(await getPhotoUrl('183')).toBe('data:image/jpeg;base64,/9j/2Q==');
  });
});
