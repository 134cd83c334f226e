import { act, cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { App, isCoordinatorPath } from './App';
import { HOLD_MS } from './ui/staff/StaffEntryMark';

// The staff sections and the coordinator page are tested on their own; here only the way in and out.
vi.mock('./ui/staff/TodayView', async () => {
  const { h } = await import('preact');
  return { TodayView: () => h('h2', null, 'Today section') };
});
vi.mock('./ui/staff/CheckInsView', async () => {
  const { h } = await import('preact');
  return { CheckInsView: () => h('h2', null, 'Check-ins section') };
});
vi.mock('./ui/staff/ReportsView', async () => {
  const { h } = await import('preact');
  return { ReportsView: () => h('h2', null, 'Reports section') };
});
vi.mock('./ui/staff/SettingsView', async () => {
  const { h } = await import('preact');
  return { SettingsView: () => h('h2', null, 'Settings section') };
});
vi.mock('./ui/coordinator/CoordinatorApp', async () => {
  const { h } = await import('preact');
  return { CoordinatorApp: () => h('h1', null, 'Coordinator page') };
});

/** The real PIN hash is slow on purpose; a busy test machine may take seconds over it. */
const SLOW = { timeout: 15_000 };
const KIOSK_QUESTION = { name: 'Hvor kommer du fra?' };

function type(pin: string) {
  for (const digit of pin) fireEvent.click(screen.getByRole('button', { name: digit }));
  fireEvent.click(screen.getByRole('button', { name: 'OK' }));
}

function press(ms: number) {
  const mark = screen.getByRole('button', { name: 'Personale' });
  fireEvent.pointerDown(mark, { clientX: 5, clientY: 5 });
  act(() => {
    vi.advanceTimersByTime(ms);
  });
  fireEvent.pointerUp(mark);
}

beforeEach(() => {
  // Only the timers the long press and the locks use; storage keeps its own scheduling.
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'], shouldAdvanceTime: true });
});

afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

describe('App', () => {
  it('lets staff in only by a long press and the PIN, and locks again on the way out', async () => {
    render(<App pathname="/" />);
    expect(await screen.findByRole('heading', KIOSK_QUESTION)).toBeInTheDocument();

    // A tap on the mark, as a visitor might: nothing.
    press(300);
    act(() => {
      vi.advanceTimersByTime(HOLD_MS * 2);
    });
    expect(screen.getByRole('heading', KIOSK_QUESTION)).toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: /pinkode/ })).not.toBeInTheDocument();

    // Held: the PIN pad, asking for a new PIN on first use.
    press(HOLD_MS);
    expect(
      await screen.findByRole('heading', { name: 'Vælg en pinkode til personalet' }),
    ).toBeInTheDocument();
    expect(screen.queryByRole('heading', KIOSK_QUESTION)).not.toBeInTheDocument();
    type('2580');
    await screen.findByRole('heading', { name: 'Skriv den samme pinkode igen' });
    type('2580');
    expect(
      await screen.findByRole('tab', { name: 'I dag', selected: true }, SLOW),
    ).toBeInTheDocument();
    expect(await screen.findByRole('heading', { name: 'Today section' })).toBeInTheDocument();

    // Back to the kiosk: a fresh first question, and the staff view is locked again.
    fireEvent.click(screen.getByRole('button', { name: 'Tilbage til kiosken' }));
    expect(await screen.findByRole('heading', KIOSK_QUESTION)).toBeInTheDocument();
    expect(screen.queryByRole('tab')).not.toBeInTheDocument();
    press(HOLD_MS);
    expect(
      await screen.findByRole('heading', { name: 'Skriv personalets pinkode' }),
    ).toBeInTheDocument();
    type('1111');
    expect(await screen.findByText('Forkert pinkode.', {}, SLOW)).toBeInTheDocument();
    type('2580');
    expect(await screen.findByRole('heading', { name: 'Today section' }, SLOW)).toBeInTheDocument();
  }, 60_000);

  it('meets staff in the centre’s language whatever the last woman chose', async () => {
    render(<App pathname="/" />);
    await screen.findByRole('heading', KIOSK_QUESTION);
    fireEvent.click(screen.getByRole('button', { name: 'English' }));
    expect(await screen.findByRole('heading', { name: 'Where are you from?' })).toBeInTheDocument();
    fireEvent.pointerDown(screen.getByRole('button', { name: 'Staff' }), {
      clientX: 5,
      clientY: 5,
    });
    act(() => {
      vi.advanceTimersByTime(HOLD_MS);
    });
    expect(await screen.findByRole('heading', { name: /pinkode/ })).toBeInTheDocument();
    fireEvent.click(screen.getByRole('button', { name: 'Tilbage til kiosken' }));
    expect(await screen.findByRole('heading', KIOSK_QUESTION)).toBeInTheDocument();
  });

  it('serves the coordinator page at /coordinator, without the kiosk', async () => {
    render(<App pathname="/coordinator" />);
    expect(await screen.findByRole('heading', { name: 'Coordinator page' })).toBeInTheDocument();
    expect(screen.queryByRole('heading', KIOSK_QUESTION)).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Personale' })).not.toBeInTheDocument();
  });
});

describe('isCoordinatorPath', () => {
  it('knows the coordinator page under any base path', () => {
    expect(isCoordinatorPath('/coordinator', '/')).toBe(true);
    expect(isCoordinatorPath('/coordinator/', '/')).toBe(true);
    expect(isCoordinatorPath('/velkommen/coordinator', '/velkommen/')).toBe(true);
    expect(isCoordinatorPath('/', '/')).toBe(false);
    expect(isCoordinatorPath('/coordinators', '/')).toBe(false);
    expect(isCoordinatorPath('/coordinator', '/velkommen/')).toBe(false);
  });
});
