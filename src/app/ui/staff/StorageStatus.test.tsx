import { cleanup, render, screen } from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { I18nProvider } from '../../i18n/I18n';
import { StorageStatus } from './StorageStatus';

const MB = 1_000_000;
const KEPT = 'Browseren har lovet at gemme besøgene, også hvis pladsen bliver trang.';

/** A browser's storage manager; `grants` is what it answers the next time it is asked. */
function giveBrowserStorage(options: {
  persisted: boolean;
  grants?: boolean;
  usage: number;
  quota: number;
}) {
  let persisted = options.persisted;
  const storage = {
    grants: options.grants ?? false,
    persisted: vi.fn(async () => persisted),
    persist: vi.fn(async () => {
      persisted = storage.grants;
      return persisted;
    }),
    estimate: vi.fn(async () => ({ usage: options.usage, quota: options.quota })),
  };
  Object.defineProperty(navigator, 'storage', { value: storage, configurable: true });
  return storage;
}

function renderStorage() {
  const user = userEvent.setup();
  render(
    <I18nProvider initial="da">
      <StorageStatus />
    </I18nProvider>,
  );
  return user;
}

afterEach(() => {
  cleanup();
  Reflect.deleteProperty(navigator, 'storage');
});

describe('StorageStatus', () => {
  it('says the visits are kept for good, and how much space is used and free', async () => {
    const storage = giveBrowserStorage({ persisted: true, usage: 2.4 * MB, quota: 1_500 * MB });
    renderStorage();

    expect(await screen.findByText(KEPT)).toBeInTheDocument();
    expect(screen.getByText('Brugt: 2,4 MB · Ledigt: 1,5 GB')).toBeInTheDocument();
    expect(screen.queryByRole('button')).not.toBeInTheDocument();
    expect(storage.persist).not.toHaveBeenCalled();
  });

  it('asks the browser once more by itself, and says nothing worrying when it now agrees', async () => {
    const storage = giveBrowserStorage({
      persisted: false,
      grants: true,
      usage: MB,
      quota: 100 * MB,
    });
    renderStorage();

    expect(await screen.findByText(KEPT)).toBeInTheDocument();
    expect(storage.persist).toHaveBeenCalledTimes(1);
    expect(screen.queryByText(/ikke lovet/)).not.toBeInTheDocument();
  });

  it('warns calmly when persistence is refused, and asks again on request', async () => {
    const storage = giveBrowserStorage({
      persisted: false,
      grants: false,
      usage: MB,
      quota: 100 * MB,
    });
    const user = renderStorage();

    expect(
      await screen.findByText(/^Browseren har ikke lovet at gemme besøgene for altid\./),
    ).toBeInTheDocument();
    expect(storage.persist).toHaveBeenCalledTimes(1);

    storage.grants = true;
    await user.click(screen.getByRole('button', { name: 'Spørg browseren igen' }));

    expect(await screen.findByText(KEPT)).toBeInTheDocument();
    expect(storage.persist).toHaveBeenCalledTimes(2);
    expect(screen.queryByText(/ikke lovet/)).not.toBeInTheDocument();
  });

  it('warns when less than a tenth of the space is left', async () => {
    giveBrowserStorage({ persisted: true, usage: 95 * MB, quota: 100 * MB });
    renderStorage();

    expect(
      await screen.findByText(
        'Der er ikke meget plads tilbage. Send besøgene til serveren, og frigør plads på tabletten.',
      ),
    ).toBeInTheDocument();
    expect(screen.getByText('Brugt: 95 MB · Ledigt: 5 MB')).toBeInTheDocument();
  });

  it('says the browser cannot tell, where it has no storage manager', async () => {
    renderStorage();

    expect(
      await screen.findByText('Browseren kan ikke sige, om besøgene gemmes for altid.'),
    ).toBeInTheDocument();
  });
});
