import { cleanup, render, screen, waitFor, within } from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { db } from '../../../data/db';
import { setPin, verifyPin } from '../../../data/pin';
import { I18nProvider } from '../../../i18n/I18n';
import { PinSetting } from './PinSetting';

function renderPin() {
  const user = userEvent.setup();
  render(
    <I18nProvider initial="da">
      <PinSetting />
    </I18nProvider>,
  );
  return user;
}

async function changePin(
  user: ReturnType<typeof userEvent.setup>,
  current: string,
  next: string,
  repeat: string,
) {
  const section = within(await screen.findByRole('region', { name: 'Pinkode' }));
  await user.type(section.getByLabelText('Nuværende pinkode'), current);
  await user.type(section.getByLabelText('Ny pinkode'), next);
  await user.type(section.getByLabelText('Ny pinkode igen'), repeat);
  await user.click(section.getByRole('button', { name: 'Skift pinkode' }));
  return section;
}

beforeEach(async () => {
  await db.delete();
  await db.open();
  await setPin('2468');
});

afterEach(cleanup);

describe('PinSetting', () => {
  it('changes the PIN when the current one is given', async () => {
    const user = renderPin();
    const section = await changePin(user, '2468', '13579', '13579');

    await waitFor(
      () => expect(section.getByRole('status')).toHaveTextContent('Pinkoden er skiftet.'),
      { timeout: 10_000 },
    );
    expect(await verifyPin('13579')).toEqual({ ok: true });
    expect(await verifyPin('2468')).toEqual({ ok: false });
    // No PIN stays on screen.
    for (const field of section.getAllByLabelText(/pinkode/)) expect(field).toHaveValue('');
  });

  it('refuses a wrong current PIN and keeps the old one', async () => {
    const user = renderPin();
    const section = await changePin(user, '1111', '13579', '13579');

    await waitFor(
      () =>
        expect(section.getByRole('alert')).toHaveTextContent('Den nuværende pinkode er forkert.'),
      { timeout: 10_000 },
    );
    expect(await verifyPin('2468')).toEqual({ ok: true });
  });

  it('refuses two new PINs that differ, or one that is not 4 to 8 digits', async () => {
    const user = renderPin();
    const section = await changePin(user, '2468', '13579', '13570');
    await waitFor(() =>
      expect(section.getByRole('alert')).toHaveTextContent('De to nye pinkoder er ikke ens.'),
    );

    await changePin(user, '2468', '12a', '12a');
    await waitFor(() =>
      expect(section.getByRole('alert')).toHaveTextContent(
        'Den nye pinkode skal være 4 til 8 cifre.',
      ),
    );
    expect(await verifyPin('2468')).toEqual({ ok: true });
  });

  it('says when wrong tries have paused the PIN', async () => {
    for (let i = 0; i < 5; i += 1) await verifyPin('0000');
    const user = renderPin();
    const section = await changePin(user, '2468', '13579', '13579');

    await waitFor(() =>
      expect(section.getByRole('alert')).toHaveTextContent(
        /For mange forkerte forsøg\. Prøv igen kl\. \d/,
      ),
    );
  });
});
