import { beforeEach, describe, expect, it, vi } from 'vitest';
import { db } from './db';
import {
  MAX_WRONG_TRIES,
  PAUSE_MS,
  PIN_ITERATIONS,
  hasPin,
  pinPausedUntil,
  setPin,
  verifyPin,
} from './pin';

const PIN = '482915';
const T0 = Date.parse('2026-11-23T09:00:00+01:00');

async function derive(pin: string, salt: Uint8Array<ArrayBuffer>, iterations: number) {
  const key = await crypto.subtle.importKey('raw', new TextEncoder().encode(pin), 'PBKDF2', false, [
    'deriveBits',
  ]);
  const bits = await crypto.subtle.deriveBits(
    { name: 'PBKDF2', hash: 'SHA-256', salt, iterations },
    key,
    256,
  );
  return new Uint8Array(bits);
}

const bytes = (base64: string) => Uint8Array.from(atob(base64), (char) => char.charCodeAt(0));
const base64 = (data: Uint8Array) => btoa(String.fromCharCode(...data));

/**
 * A PIN stored as setPin stores it, but with a cheap iteration count: verifyPin honours the count
 * stored with the hash, and the rules about wrong tries do not depend on it. Keeps these tests quick.
 */
async function seedPin(pin: string) {
  const salt = crypto.getRandomValues(new Uint8Array(16));
  const iterations = 1_000;
  const hash = await derive(pin, salt, iterations);
  await db.settings.put({
    key: 'staffPin',
    value: { salt: base64(salt), hash: base64(hash), iterations },
  });
}

async function wrongTries(count: number, at: number) {
  const answers = [];
  for (let i = 0; i < count; i += 1) answers.push(await verifyPin('000000', at));
  return answers;
}

beforeEach(async () => {
  await db.settings.clear();
});

describe('the staff PIN', () => {
  it('is not set until the first use, then it is required', async () => {
    expect(await hasPin()).toBe(false);
    expect(await verifyPin(PIN, T0)).toEqual({ ok: false });

    await setPin(PIN);
    expect(await hasPin()).toBe(true);
    expect(await verifyPin(PIN, T0)).toEqual({ ok: true });
    expect(await verifyPin('482916', T0)).toEqual({ ok: false });
  }, 30_000);

  it('is kept only as salt, slow hash and iteration count, never in clear', async () => {
    await setPin(PIN);
    const rows = await db.settings.toArray();
    expect(JSON.stringify(rows)).not.toContain(PIN);

    const row = await db.settings.get('staffPin');
    const stored = row?.value as Record<string, unknown>;
    expect(Object.keys(stored).sort()).toEqual(['hash', 'iterations', 'salt']);
    expect(stored.iterations).toBe(PIN_ITERATIONS);
    expect(PIN_ITERATIONS).toBeGreaterThanOrEqual(200_000);
    const salt = bytes(String(stored.salt));
    expect(salt).toHaveLength(16);
    // The hash is PBKDF2-SHA256 of the PIN with that salt, and nothing simpler.
    expect(bytes(String(stored.hash))).toEqual(await derive(PIN, salt, PIN_ITERATIONS));
  }, 30_000);

  it('gets a new salt each time it is set', async () => {
    await setPin(PIN);
    const first = (await db.settings.get('staffPin'))?.value as { salt: string; hash: string };
    await setPin(PIN);
    const second = (await db.settings.get('staffPin'))?.value as { salt: string; hash: string };
    expect(second.salt).not.toBe(first.salt);
    expect(second.hash).not.toBe(first.hash);
  }, 30_000);

  it('refuses PINs that are not 4 to 8 digits', async () => {
    await expect(setPin('123')).rejects.toThrow(/4 to 8 digits/);
    await expect(setPin('123456789')).rejects.toThrow(/4 to 8 digits/);
    await expect(setPin('12a4')).rejects.toThrow(/4 to 8 digits/);
    expect(await hasPin()).toBe(false);
  });

  it('pauses for a minute after five wrong tries, refusing even the right PIN', async () => {
    await seedPin(PIN);
    const answers = await wrongTries(MAX_WRONG_TRIES, T0);
    expect(answers.slice(0, -1)).toEqual(Array(MAX_WRONG_TRIES - 1).fill({ ok: false }));
    expect(answers.at(-1)).toEqual({ ok: false, retryAt: T0 + PAUSE_MS });

    expect(await verifyPin(PIN, T0 + 1_000)).toEqual({ ok: false, retryAt: T0 + PAUSE_MS });
    expect(await verifyPin(PIN, T0 + PAUSE_MS - 1)).toEqual({ ok: false, retryAt: T0 + PAUSE_MS });
    expect(await pinPausedUntil(T0 + 30_000)).toBe(T0 + PAUSE_MS);

    expect(await verifyPin(PIN, T0 + PAUSE_MS)).toEqual({ ok: true });
    expect(await pinPausedUntil(T0 + PAUSE_MS)).toBeNull();
  });

  it('keeps the pause through a reload', async () => {
    await seedPin(PIN);
    await wrongTries(MAX_WRONG_TRIES, T0);

    // A reload: the modules and the database connection are made afresh over the same storage.
    vi.resetModules();
    const reloaded = await import('./pin');
    expect(await reloaded.verifyPin(PIN, T0 + 10_000)).toEqual({
      ok: false,
      retryAt: T0 + PAUSE_MS,
    });
    expect(await reloaded.verifyPin(PIN, T0 + PAUSE_MS + 1)).toEqual({ ok: true });
  });

  it('forgets wrong tries after the right PIN', async () => {
    await seedPin(PIN);
    await wrongTries(MAX_WRONG_TRIES - 1, T0);
    expect(await verifyPin(PIN, T0)).toEqual({ ok: true });
    const answers = await wrongTries(MAX_WRONG_TRIES - 1, T0);
    expect(answers).toEqual(Array(MAX_WRONG_TRIES - 1).fill({ ok: false }));
  });

  it('counts afresh once a pause has run out', async () => {
    await seedPin(PIN);
    await wrongTries(MAX_WRONG_TRIES, T0);
    const later = T0 + PAUSE_MS + 1;
    const answers = await wrongTries(MAX_WRONG_TRIES, later);
    expect(answers.slice(0, -1)).toEqual(Array(MAX_WRONG_TRIES - 1).fill({ ok: false }));
    expect(answers.at(-1)).toEqual({ ok: false, retryAt: later + PAUSE_MS });
  });

  it('never pauses for more than a minute when the clock was set back', async () => {
    await seedPin(PIN);
    await wrongTries(MAX_WRONG_TRIES, T0);
    const hourEarlier = T0 - 3_600_000;
    expect(await verifyPin(PIN, hourEarlier)).toEqual({
      ok: false,
      retryAt: hourEarlier + PAUSE_MS,
    });
    expect(await verifyPin(PIN, hourEarlier + PAUSE_MS)).toEqual({ ok: true });
  });
});
