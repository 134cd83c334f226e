import { cleanup, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { db } from '../../data/db';
import { removePhoto, savePhoto } from '../../data/photos';
import { I18nProvider } from '../../i18n/I18n';
import { MunicipalityScreen } from '../kiosk/MunicipalityScreen';
import { MunicipalityPicture } from './MunicipalityPicture';

const photo = () =>
  new File([new Uint8Array([0xff, 0xd8, 0xff, 0xd9])], 'raadhus.jpg', { type: 'image/jpeg' });

beforeEach(async () => {
  await db.delete();
  await db.open();
});

afterEach(cleanup);

describe('MunicipalityPicture', () => {
  it('draws the municipality’s own map when it has no photo', async () => {
    const { container } = render(<MunicipalityPicture code="165" />);
    // Give a photo query the chance to answer; there is none.
    await new Promise((resolve) => setTimeout(resolve, 50));
    const map = container.querySelector('svg.municipality-picture image');
    // A file of its own, loaded by URL (and precached), not shapes inside the app's code.
    expect(map).toHaveAttribute('href', '/municipalities/165.svg');
    expect(container.querySelector('svg')).toHaveAttribute('aria-hidden', 'true');
    expect(container.querySelector('img')).toBeNull();
  });

  it('shows the photo staff set, and the map again once it is removed', async () => {
    const { container } = render(<MunicipalityPicture code="165" />);
    await savePhoto('165', photo());

    await waitFor(() => expect(container.querySelector('img')).not.toBeNull());
    const img = container.querySelector('img');
    expect(img).toHaveAttribute('src', 'data:image/jpeg;base64,/9j/2Q==');
    expect(img).toHaveAttribute('alt', '');
    expect(container.querySelector('svg')).toBeNull();

    await removePhoto('165');
    await waitFor(() => expect(container.querySelector('svg.municipality-picture')).not.toBeNull());
    expect(container.querySelector('img')).toBeNull();
  });

  it('puts the photo in the kiosk’s tile, which is still named by the municipality', async () => {
    await savePhoto('165', photo());
    render(
      <I18nProvider initial="da">
        <MunicipalityScreen featured={['101', '165']} onChoose={vi.fn()} onMore={vi.fn()} />
      </I18nProvider>,
    );
    const tile = screen.getByRole('button', { name: 'Albertslund' });
    await waitFor(() => expect(tile.querySelector('img')).not.toBeNull());
    expect(screen.getByRole('button', { name: 'København' }).querySelector('img')).toBeNull();
  });
});
