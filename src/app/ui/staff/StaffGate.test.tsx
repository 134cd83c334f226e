import { act, cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { db } from '../../data/db';
import { PAUSE_MS } from '../../data/pin';
import { I18nProvider } from '../../i18n/I18n';
import { GATE_IDLE_MS, StaffGate } from './StaffGate';

const PIN = '482915';
/** The real PIN hash is slow on purpose; a busy test machine may take seconds over it. */
const SLOW = { timeout: 15_000 };

function renderGate() {
  const onUnlock = vi.fn();
  const onCancel = vi.fn();
  const view = render(
    <I18nProvider initial="da">
      <StaffGate onUnlock={onUnlock} onCancel={onCancel} />
    </I18nProvider>,
  );
  return { ...view, onUnlock, onCancel };
}

function type(pin: string) {
  for (const digit of pin) fireEvent.click(screen.getByRole('button', { name: digit }));
  fireEvent.click(screen.getByRole('button', { name: 'OK' }));
}

/**
 * A PIN stored as setPin stores it but with a cheap iteration count (verifyPin honours the stored
 * count), so the tests of wrong tries stay quick.
 */
async function seedPin(pin: string) {
  const salt = crypto.getRandomValues(new Uint8Array(16));
  const iterations = 1_000;
  const key = await crypto.subtle.importKey('raw', new TextEncoder().encode(pin), 'PBKDF2', false, [
    'deriveBits',
  ]);
  const hash = new Uint8Array(
    await crypto.subtle.deriveBits({ name: 'PBKDF2', hash: 'SHA-256', salt, iterations }, key, 256),
  );
  const base64 = (bytes: Uint8Array) => btoa(String.fromCharCode(...bytes));
  await db.settings.put({
    key: 'staffPin',
    value: { salt: base64(salt), hash: base64(hash), iterations },
  });
}

beforeEach(async () => {
  await db.settings.clear();
});

afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

describe('StaffGate', () => {
  it('asks for a new PIN twice on first use, then asks for it every time', async () => {
    const first = renderGate();
    expect(
      await screen.findByRole('heading', { name: 'Vælg en pinkode til personalet' }),
    ).toBeInTheDocument();
    type('2580');
    expect(
      await screen.findByRole('heading', { name: 'Skriv den samme pinkode igen' }),
    ).toBeInTheDocument();
    type('2581');
    // Typed differently: nothing is kept, and she starts again.
    expect(
      await screen.findByText('De to pinkoder var ikke ens. Vælg en pinkode igen.'),
    ).toBeInTheDocument();
    expect(
      screen.getByRole('heading', { name: 'Vælg en pinkode til personalet' }),
    ).toBeInTheDocument();
    expect(await db.settings.get('staffPin')).toBeUndefined();

    type('2580');
    await screen.findByRole('heading', { name: 'Skriv den samme pinkode igen' });
    type('2580');
    await vi.waitFor(() => expect(first.onUnlock).toHaveBeenCalledTimes(1), SLOW);
    const stored = await db.settings.get('staffPin');
    expect(stored?.value).toEqual({
      hash: expect.anything(),
      iterations: expect.anything(),
      salt: expect.anything(),
    });
    expect(JSON.stringify(stored)).not.toContain('2580');
    first.unmount();

    const second = renderGate();
    expect(
      await screen.findByRole('heading', { name: 'Skriv personalets pinkode' }),
    ).toBeInTheDocument();
    type('1111');
    expect(await screen.findByText('Forkert pinkode.', {}, SLOW)).toBeInTheDocument();
    expect(second.onUnlock).not.toHaveBeenCalled();
    type('2580');
    await vi.waitFor(() => expect(second.onUnlock).toHaveBeenCalledTimes(1), SLOW);
  }, 60_000);

  it('pauses after five wrong tries, also after a reload, and opens again a minute later', async () => {
    vi.useFakeTimers({ toFake: ['Date', 'setTimeout', 'clearTimeout'] });
    vi.setSystemTime(new Date('2026-11-23T09:00:00+01:00'));
    await seedPin(PIN);
    const first = renderGate();
    await screen.findByRole('heading', { name: 'Skriv personalets pinkode' });
    for (let i = 1; i <= 4; i += 1) {
      type('000000');
      await screen.findByText('Forkert pinkode.');
      await vi.waitFor(() => expect(screen.getByRole('button', { name: '1' })).toBeEnabled());
    }
    type('000000');
    expect(
      await screen.findByText(/^For mange forkerte forsøg\. Prøv igen kl\. /),
    ).toBeInTheDocument();
    expect(screen.getByRole('button', { name: '1' })).toBeDisabled();
    first.unmount();

    // Reloaded: the pause is read back from storage.
    const second = renderGate();
    expect(await screen.findByText(/^For mange forkerte forsøg/)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: '1' })).toBeDisabled();
    act(() => {
      vi.advanceTimersByTime(PAUSE_MS / 2);
    });
    expect(screen.getByRole('button', { name: '1' })).toBeDisabled();

    act(() => {
      vi.advanceTimersByTime(PAUSE_MS / 2);
    });
    expect(screen.getByRole('button', { name: '1' })).toBeEnabled();
    expect(screen.queryByText(/^For mange forkerte forsøg/)).not.toBeInTheDocument();
    type(PIN);
    await vi.waitFor(() => expect(second.onUnlock).toHaveBeenCalledTimes(1), SLOW);
    expect(first.onUnlock).not.toHaveBeenCalled();
  });

  it('goes back to the kiosk when asked, and when left untouched for a minute', async () => {
    await seedPin(PIN);
    const asked = renderGate();
    await screen.findByRole('heading', { name: 'Skriv personalets pinkode' });
    fireEvent.click(screen.getByRole('button', { name: 'Tilbage til kiosken' }));
    expect(asked.onCancel).toHaveBeenCalledTimes(1);
    asked.unmount();

    vi.useFakeTimers({ toFake: ['Date', 'setTimeout', 'clearTimeout'] });
    const left = renderGate();
    await screen.findByRole('heading', { name: 'Skriv personalets pinkode' });
    act(() => {
      vi.advanceTimersByTime(GATE_IDLE_MS - 1_000);
    });
    fireEvent.pointerDown(screen.getByRole('button', { name: '5' }));
    act(() => {
      vi.advanceTimersByTime(GATE_IDLE_MS - 1_000);
    });
    expect(left.onCancel).not.toHaveBeenCalled();
    act(() => {
      vi.advanceTimersByTime(1_000);
    });
    expect(left.onCancel).toHaveBeenCalledTimes(1);
    expect(left.onUnlock).not.toHaveBeenCalled();
  });
});
