import { describe, expect, it } from 'vitest';
import {
  backoffDelay,
  DEFAULT_BACKOFF,
  MAX_RETRY_AFTER_MS,
  parseRetryAfter,
  retryDelay,
} from './backoff';

const options = { baseMs: 1_000, capMs: 300_000 };

describe('backoffDelay', () => {
  it('doubles the ceiling with each failure in a row', () => {
    const top = () => 0.999999;
    expect(backoffDelay(1, options, top)).toBe(999);
    expect(backoffDelay(2, options, top)).toBe(1_999);
    expect(backoffDelay(3, options, top)).toBe(3_999);
    expect(backoffDelay(9, options, top)).toBe(255_999);
  });

  it('never waits longer than five minutes, however many failures', () => {
    for (const failures of [10, 20, 100, 5_000]) {
      expect(backoffDelay(failures, DEFAULT_BACKOFF, () => 1)).toBe(5 * 60_000);
    }
  });

  it('picks a random wait from zero up to the ceiling (full jitter)', () => {
    expect(backoffDelay(3, options, () => 0)).toBe(0);
    expect(backoffDelay(3, options, () => 0.5)).toBe(2_000);
    expect(backoffDelay(3, options, () => 0.25)).toBe(1_000);
  });

  it('keeps a broken random source inside the range', () => {
    expect(backoffDelay(1, options, () => -3)).toBe(0);
    expect(backoffDelay(1, options, () => 7)).toBe(1_000);
  });
});

describe('parseRetryAfter', () => {
  const now = Date.parse('2026-11-23T09:00:00Z');

  it('reads delay-seconds', () => {
    expect(parseRetryAfter('120', now)).toBe(120_000);
    expect(parseRetryAfter(' 0 ', now)).toBe(0);
  });

  it('reads an HTTP date as the time left until it', () => {
    expect(parseRetryAfter('Mon, 23 Nov 2026 09:00:30 GMT', now)).toBe(30_000);
    expect(parseRetryAfter('Mon, 23 Nov 2026 08:59:00 GMT', now)).toBe(0);
  });

  it('ignores a missing or unreadable header', () => {
    expect(parseRetryAfter(null, now)).toBeNull();
    expect(parseRetryAfter(undefined, now)).toBeNull();
    expect(parseRetryAfter('', now)).toBeNull();
    expect(parseRetryAfter('soon', now)).toBeNull();
    expect(parseRetryAfter('-5', now)).toBeNull();
  });

  it('caps an absurd wait so a wrong header cannot silence the tablet for days', () => {
    expect(parseRetryAfter('864000', now)).toBe(MAX_RETRY_AFTER_MS);
  });
});

describe('retryDelay', () => {
  it('waits at least as long as the server asked', () => {
    expect(retryDelay(1, 30_000, options, () => 0.5)).toBe(30_000);
  });

  it('keeps the backoff when it is longer than Retry-After', () => {
    expect(retryDelay(9, 1_000, options, () => 1)).toBe(256_000);
  });

  it('is the plain backoff without Retry-After', () => {
    expect(retryDelay(2, null, options, () => 0.5)).toBe(1_000);
  });
});
