import { act, cleanup, render, screen } from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import type { Wipe } from '../../data/tabletMark';
import { clearWipes, noteWipe } from '../../data/tabletMark';
import type { LanguageCode } from '../../i18n/languages/languages';
import { I18nProvider } from '../../i18n/I18n';
import { StorageWiped } from './StorageWiped';

function wipe(overrides: Partial<Wipe> = {}): Wipe {
  return {
    at: Date.now() - 60_000,
    lost: 2,
    deviceId: 'door-1',
    nameKept: true,
    pairingKept: true,
    databaseId: crypto.randomUUID(),
    ...overrides,
  };
}

function renderAlarm(language: LanguageCode = 'en') {
  const user = userEvent.setup();
  render(
    <I18nProvider initial={language}>
      <StorageWiped />
    </I18nProvider>,
  );
  return user;
}

afterEach(() => {
  cleanup();
  clearWipes();
});

describe('StorageWiped', () => {
  it('shows nothing while no database was emptied', () => {
    renderAlarm();
    expect(screen.queryByRole('region')).not.toBeInTheDocument();
  });

  it('says how many visits are lost, that the tablet kept its name and pairing, and what to do', () => {
    noteWipe(wipe());
    renderAlarm();

    const alarm = screen.getByRole('region', {
      name: 'Visits lost: the tablet’s storage was emptied',
    });
    expect(alarm).toHaveTextContent(
      '2 visits that were waiting to be sent to the server are lost and cannot be brought back.',
    );
    expect(alarm).toHaveTextContent('The tablet still has its name, door-1.');
    expect(alarm).toHaveTextContent('It is still paired with the server.');
    expect(alarm).toHaveTextContent(/Write the number down for the centre’s count of visits/);
  });

  it('says so in Danish, and when name and pairing are gone too', () => {
    noteWipe(wipe({ lost: 1, deviceId: 'tablet-x9y8', nameKept: false, pairingKept: false }));
    renderAlarm('da');

    const alarm = screen.getByRole('region', { name: 'Besøg tabt: tablettens lager blev tømt' });
    expect(alarm).toHaveTextContent(
      '1 besøg, der ventede på at blive sendt til serveren, er tabt og kan ikke hentes tilbage.',
    );
    expect(alarm).toHaveTextContent('Tablettens navn gik tabt');
    expect(alarm).toHaveTextContent('Den er ikke parret med en server nu');
  });

  it('says when nothing waiting was lost', () => {
    noteWipe(wipe({ lost: 0 }));
    renderAlarm();
    expect(screen.getByRole('region')).toHaveTextContent(
      'No visit was waiting to be sent, so the server has them all.',
    );
  });

  it('appears when an emptying is noticed while staff look, and goes once they have noted it', async () => {
    const user = renderAlarm();
    act(() => void noteWipe(wipe({ lost: 3 })));
    expect(screen.getByRole('region')).toHaveTextContent('3 visits that were waiting');

    await user.click(screen.getByRole('button', { name: 'Noted – hide this message' }));
    expect(screen.queryByRole('region')).not.toBeInTheDocument();
  });
});
