// A new version of the app takes over only while nobody is using the kiosk: on the first screen,
// untouched for half a minute. Never in the middle of a check-in, and never before her visit is saved.
import { act, cleanup, fireEvent, render, screen } from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { localDate } from '../../../shared/time';
import { visitsOn } from '../../data/checkins';
import type * as Connection from '../../data/connection';
import { I18nProvider } from '../../i18n/I18n';
import type { UpdateTracker } from '../../pwa/updates';
import { ServicesProvider } from '../../services/ServicesProvider';
import { testServices } from '../../../../tests/setup/services';
import { KioskFlow } from './KioskFlow';
import { UPDATE_QUIET_MS } from './useIdleUpdate';

// The service worker as the kiosk sees it: a version that can be found waiting, and taking it.
const sw = {
  waiting: false,
  listeners: new Set<() => void>(),
  apply: vi.fn(() => true),
  reload: vi.fn(),
};
const updates: UpdateTracker = {
  isWaiting: () => sw.waiting,
  onWaiting: (listener: () => void) => {
    sw.listeners.add(listener);
    return () => void sw.listeners.delete(listener);
  },
  apply: () => sw.waiting && sw.apply(),
  reload: sw.reload,
  follow: () => undefined,
};

// Another tab may upgrade the database under this one.
const schema = vi.hoisted(() => ({ newer: false, listeners: new Set<() => void>() }));
vi.mock('../../data/connection', async (importOriginal) => ({
  ...(await importOriginal<typeof Connection>()),
  newerSchemaElsewhere: () => schema.newer,
  onNewerSchema: (listener: () => void) => {
    schema.listeners.add(listener);
    return () => schema.listeners.delete(listener);
  },
}));

function newVersionFound() {
  act(() => {
    sw.waiting = true;
    for (const listener of sw.listeners) listener();
  });
}

function wait(ms: number) {
  act(() => void vi.advanceTimersByTime(ms));
}

function renderKiosk() {
  const user = userEvent.setup({ advanceTimers: (ms) => void vi.advanceTimersByTime(ms) });
  render(
    <ServicesProvider services={testServices({ updates })}>
      <I18nProvider initial="da">
        <KioskFlow />
      </I18nProvider>
    </ServicesProvider>,
  );
  return user;
}

beforeEach(() => {
  // The kiosk's clocks are fake; IndexedDB's own scheduling (setImmediate) stays real, so a
  // transaction of several steps commits as it would in a browser.
  vi.useFakeTimers({
    shouldAdvanceTime: true,
    toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'Date'],
  });
});

afterEach(() => {
  cleanup();
  vi.useRealTimers();
  sw.waiting = false;
  sw.apply.mockClear();
  sw.reload.mockClear();
  schema.newer = false;
});

describe('a new version of the app', () => {
  it('takes over on the untouched first screen after half a minute of quiet', async () => {
    renderKiosk();
    await screen.findByRole('heading', { name: 'Hvor kommer du fra?' });
    newVersionFound();

    wait(UPDATE_QUIET_MS - 1_000);
    expect(sw.apply).not.toHaveBeenCalled();
    wait(1_000);
    expect(sw.apply).toHaveBeenCalledTimes(1);
  });

  it('waits again after every touch on the first screen', async () => {
    renderKiosk();
    await screen.findByRole('heading', { name: 'Hvor kommer du fra?' });
    newVersionFound();

    wait(20_000);
    fireEvent.pointerDown(document.body);
    wait(20_000);
    expect(sw.apply).not.toHaveBeenCalled();
    wait(10_000);
    expect(sw.apply).toHaveBeenCalledTimes(1);
  });

  it('never interrupts a check-in, and takes over only after her visit is saved and thanked', async () => {
    const day = localDate(new Date());
    const before = (await visitsOn(day)).length;
    const user = renderKiosk();
    await user.click(await screen.findByRole('button', { name: 'Tyrkiet' }));
    await user.click(await screen.findByRole('button', { name: 'København' }));
    await user.click(await screen.findByRole('button', { name: 'Kun mig' }));
    await screen.findByRole('heading', { name: 'Er det rigtigt?' });
    newVersionFound();

    // She thinks it over on the summary, well past the quiet time.
    wait(55_000);
    expect(sw.apply).not.toHaveBeenCalled();
    expect(screen.getByRole('heading', { name: 'Er det rigtigt?' })).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Gem' }));
    await screen.findByRole('heading', { name: 'Tak fordi du kom' });
    expect(await visitsOn(day)).toHaveLength(before + 1);
    expect(sw.apply).not.toHaveBeenCalled();

    // The thank-you ends, the first screen waits for the next woman.
    wait(7_000);
    await screen.findByRole('heading', { name: 'Hvor kommer du fra?' });
    wait(UPDATE_QUIET_MS - 2_000);
    expect(sw.apply).not.toHaveBeenCalled();
    wait(2_000);
    expect(sw.apply).toHaveBeenCalledTimes(1);
  });

  it('waits while help is open on the first screen', async () => {
    const user = renderKiosk();
    await screen.findByRole('heading', { name: 'Hvor kommer du fra?' });
    newVersionFound();
    await user.click(screen.getByRole('button', { name: 'Hjælp' }));

    wait(2 * UPDATE_QUIET_MS);
    expect(sw.apply).not.toHaveBeenCalled();
  });

  it('reloads at an idle moment when another tab has upgraded the database', async () => {
    renderKiosk();
    await screen.findByRole('heading', { name: 'Hvor kommer du fra?' });
    act(() => {
      schema.newer = true;
      for (const listener of schema.listeners) listener();
    });

    wait(UPDATE_QUIET_MS);
    expect(sw.reload).toHaveBeenCalledTimes(1);
  });
});
