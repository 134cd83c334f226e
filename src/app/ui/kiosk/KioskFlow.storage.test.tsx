// Storage that cannot keep a check-in: the kiosk asks calmly for staff instead of pretending to
// record, never thanks a woman for a visit that was not stored, and notes the problem for staff.
import { cleanup, render, screen } from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { localDate } from '../../../shared/time';
import { visitsOn } from '../../data/checkins';
import { db } from '../../data/db';
import type * as StorageCheck from '../../data/storageCheck';
import { clearStorageProblems, storageProblems } from '../../data/storageProblems';
import { I18nProvider } from '../../i18n/I18n';
import { KioskFlow } from './KioskFlow';

// The test write at start, able to fail on demand (a private window, storage switched off).
const probe = vi.hoisted(() => ({ failing: false, calls: 0 }));
vi.mock('../../data/storageCheck', async (importOriginal) => {
  const actual = await importOriginal<typeof StorageCheck>();
  return {
    ...actual,
    checkStorage: () => {
      probe.calls += 1;
      return probe.failing
        ? Promise.resolve({ ok: false, reason: 'unavailable', detail: 'InvalidStateError' })
        : actual.checkStorage();
    },
  };
});

function renderKiosk(onStaffEntry = vi.fn()) {
  const user = userEvent.setup();
  render(
    <I18nProvider initial="da">
      <KioskFlow onStaffEntry={onStaffEntry} />
    </I18nProvider>,
  );
  return user;
}

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
  probe.failing = false;
  probe.calls = 0;
  clearStorageProblems();
});

describe('storage that cannot be written', () => {
  it('shows a calm request to fetch staff instead of the questions, with the staff mark', async () => {
    probe.failing = true;
    renderKiosk();

    expect(
      await screen.findByRole('heading', { name: 'Hent venligst en medarbejder' }),
    ).toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: 'Hvor kommer du fra?' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Tyrkiet' })).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Personale' })).toBeInTheDocument();
  });

  it('asks the questions again once staff have put the storage right', async () => {
    probe.failing = true;
    const user = renderKiosk();
    await user.click(await screen.findByRole('button', { name: 'Prøv igen' }));
    await vi.waitFor(() => expect(probe.calls).toBe(2));
    expect(
      await screen.findByRole('heading', { name: 'Hent venligst en medarbejder' }),
    ).toBeInTheDocument();

    probe.failing = false;
    await user.click(screen.getByRole('button', { name: 'Prøv igen' }));
    expect(await screen.findByRole('heading', { name: 'Hvor kommer du fra?' })).toBeInTheDocument();
  });
});

describe('a full disk during a check-in', () => {
  it('does not thank her, asks her calmly to fetch staff, and tells staff why', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const day = localDate(new Date());
    const before = (await visitsOn(day)).length;
    const user = renderKiosk();
    await user.click(await screen.findByRole('button', { name: 'Tyrkiet' }));
    await user.click(await screen.findByRole('button', { name: 'København' }));
    await user.click(await screen.findByRole('button', { name: 'Kun mig' }));
    vi.spyOn(db.visits, 'bulkAdd').mockRejectedValue(
      new DOMException('The quota has been exceeded.', 'QuotaExceededError'),
    );
    await user.click(await screen.findByRole('button', { name: 'Gem' }));

    expect(
      await screen.findByText('Det blev ikke gemt. Hent venligst en medarbejder.'),
    ).toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: 'Tak fordi du kom' })).not.toBeInTheDocument();
    expect(await visitsOn(day)).toHaveLength(before);
    expect(storageProblems().map((problem) => problem.kind)).toEqual(['full']);

    // Space freed: her answers are still there, and the same tap saves them.
    vi.mocked(db.visits.bulkAdd).mockRestore();
    await user.click(screen.getByRole('button', { name: 'Gem' }));
    expect(await screen.findByRole('heading', { name: 'Tak fordi du kom' })).toBeInTheDocument();
    expect(await visitsOn(day)).toHaveLength(before + 1);
  });
});
