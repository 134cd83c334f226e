// Which language the kiosk speaks after a woman has changed it: the next woman is greeted in the
// centre's language however the last check-in ended (start over on the thank-you, the automatic
// return), while a woman who starts over in the middle keeps her own.
import { act, cleanup, render, screen } from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { db } from '../../data/db';
import { I18nProvider } from '../../i18n/I18n';
import { KioskFlow } from './KioskFlow';

type User = ReturnType<typeof userEvent.setup>;

function renderKiosk(user: User = userEvent.setup()) {
  render(
    <I18nProvider initial="da">
      <KioskFlow />
    </I18nProvider>,
  );
  return user;
}

/** A woman turns the kiosk to English and checks in alone. */
async function checkInInEnglish(user: User) {
  await user.click(await screen.findByRole('button', { name: 'English' }));
  await user.click(await screen.findByRole('button', { name: 'Syria' }));
  await user.click(await screen.findByRole('button', { name: 'København' }));
  await user.click(await screen.findByRole('button', { name: 'Just me' }));
  await user.click(await screen.findByRole('button', { name: 'Save' }));
  expect(await screen.findByRole('heading', { name: 'Thank you for coming' })).toBeInTheDocument();
}

afterEach(async () => {
  cleanup();
  vi.useRealTimers();
  await db.visits.clear();
});

describe('the kiosk’s language between two women', () => {
  it('goes back to the centre’s language when start over is tapped on the thank-you', async () => {
    const user = renderKiosk();
    await checkInInEnglish(user);
    await user.click(screen.getByRole('button', { name: 'Start over' }));

    expect(await screen.findByRole('heading', { name: 'Hvor kommer du fra?' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Dansk', pressed: true })).toBeInTheDocument();
  });

  it('goes back to the centre’s language when the thank-you ends by itself', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true, toFake: ['setTimeout', 'clearTimeout'] });
    const user = renderKiosk(
      userEvent.setup({ advanceTimers: (ms) => void vi.advanceTimersByTime(ms) }),
    );
    await checkInInEnglish(user);
    act(() => void vi.advanceTimersByTime(7000));

    expect(await screen.findByRole('heading', { name: 'Hvor kommer du fra?' })).toBeInTheDocument();
  });

  it('keeps her language when she starts over in the middle of her check-in', async () => {
    const user = renderKiosk();
    await user.click(await screen.findByRole('button', { name: 'English' }));
    await user.click(await screen.findByRole('button', { name: 'Syria' }));
    await user.click(await screen.findByRole('button', { name: 'Start over' }));

    expect(await screen.findByRole('heading', { name: 'Where are you from?' })).toBeInTheDocument();
  });
});
