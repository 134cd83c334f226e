import { act, cleanup, render, screen } from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { testServices } from '../../../tests/setup/services';
import { I18nProvider } from '../i18n/I18n';
import type { LanguageCode } from '../i18n/languages/languages';
import { ServicesProvider } from '../services/ServicesProvider';
import { createSyncStatusStore } from '../sync/status';
import { PairedNotice } from './PairedNotice';

afterEach(cleanup);

function showOnKiosk(language: LanguageCode = 'da') {
  const store = createSyncStatusStore(() => () => undefined);
  render(
    <ServicesProvider services={testServices({ syncStatus: store })}>
      <I18nProvider initial={language}>
        <PairedNotice />
      </I18nProvider>
    </ServicesProvider>,
  );
  return store;
}

describe('PairedNotice', () => {
  it('says nothing until a pairing link has paired the tablet', () => {
    showOnKiosk();
    expect(screen.queryByRole('status')).not.toBeInTheDocument();
  });

  it('tells whoever opened the link that it worked, and with which server, until OK', async () => {
    const store = showOnKiosk();
    act(() => store.update({ pairedByLink: { endpoint: 'https://v.example.dk', at: 1 } }));
    expect(screen.getByRole('status')).toHaveTextContent(
      'Tabletten er parret med https://v.example.dk.',
    );
    await userEvent.setup().click(screen.getByRole('button', { name: 'OK' }));
    expect(screen.queryByRole('status')).not.toBeInTheDocument();
    expect(store.getStatus().pairedByLink).toBeNull();
  });

  it('goes away at the first touch of the kiosk beneath it', async () => {
    const store = showOnKiosk();
    act(() => store.update({ pairedByLink: { endpoint: null, at: 1 } }));
    await userEvent.setup().pointer({ keys: '[MouseLeft]', target: document.body });
    expect(screen.queryByRole('status')).not.toBeInTheDocument();
  });

  it('speaks the staff’s language when the kiosk is in one of theirs, else Danish', () => {
    const store = showOnKiosk('so');
    act(() => store.update({ pairedByLink: { endpoint: null, at: 1 } }));
    expect(screen.getByRole('status')).toHaveTextContent(
      `Tabletten er parret med ${location.origin}.`,
    );
  });
});
