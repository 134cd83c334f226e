import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config';

describe('loadConfig', () => {
  it('has defaults for everything', () => {
    expect(loadConfig({})).toEqual({
      port: 8080,
      dbPath: resolve('data/velkommen.db'),
      timeZone: 'Europe/Copenhagen',
      origins: [],
      rateLimitPerMinute: 600,
    });
  });

  it('reads every setting', () => {
    expect(
      loadConfig({
        PORT: '3000',
        VELKOMMEN_DB: '/srv/velkommen/visits.db',
        VELKOMMEN_TZ: 'Europe/Oslo',
        VELKOMMEN_ORIGINS: 'https://kiosk.example.dk, http://10.0.0.5:8080/',
        VELKOMMEN_KIOSK_TOKEN: 'kiosk-token-0123456789',
        VELKOMMEN_COORDINATOR_TOKEN: 'coordinator-token-0123456789',
        VELKOMMEN_PUBLIC_URL: 'https://velkommen.example.dk/',
        VELKOMMEN_RATE_LIMIT: '120',
      }),
    ).toEqual({
      port: 3000,
      dbPath: '/srv/velkommen/visits.db',
      timeZone: 'Europe/Oslo',
      origins: ['https://kiosk.example.dk', 'http://10.0.0.5:8080'],
      kioskToken: 'kiosk-token-0123456789',
      coordinatorToken: 'coordinator-token-0123456789',
      publicUrl: 'https://velkommen.example.dk',
      rateLimitPerMinute: 120,
    });
  });

  it('takes an empty variable as not set, and PORT=0 as any free port', () => {
    expect(loadConfig({ PORT: '', VELKOMMEN_TZ: ' ' }).port).toBe(8080);
    expect(loadConfig({ PORT: '0' }).port).toBe(0);
  });

  it.each([
    [{ PORT: '80a' }, /^PORT must be a whole number/],
    [{ PORT: '70000' }, /^PORT /],
    [{ PORT: '-1' }, /^PORT /],
    [{ VELKOMMEN_TZ: 'Europe/Kobenhavn' }, /^VELKOMMEN_TZ must be an IANA time zone/],
    [{ VELKOMMEN_ORIGINS: '*' }, /^VELKOMMEN_ORIGINS .*"\*" is not one/],
    [{ VELKOMMEN_ORIGINS: 'https://a.dk/app' }, /^VELKOMMEN_ORIGINS /],
    [{ VELKOMMEN_ORIGINS: 'ftp://a.dk' }, /^VELKOMMEN_ORIGINS /],
    [{ VELKOMMEN_KIOSK_TOKEN: 'short' }, /^VELKOMMEN_KIOSK_TOKEN must be 16 to 512/],
    [{ VELKOMMEN_COORDINATOR_TOKEN: 'has a space in it 12345' }, /^VELKOMMEN_COORDINATOR_TOKEN /],
    [
      {
        VELKOMMEN_KIOSK_TOKEN: 'same-token-0123456789',
        VELKOMMEN_COORDINATOR_TOKEN: 'same-token-0123456789',
      },
      /are the same/,
    ],
    [{ VELKOMMEN_PUBLIC_URL: 'velkommen.example.dk' }, /^VELKOMMEN_PUBLIC_URL must be/],
    [{ VELKOMMEN_PUBLIC_URL: 'https://a.dk/?x=1' }, /^VELKOMMEN_PUBLIC_URL /],
    [{ VELKOMMEN_RATE_LIMIT: '0' }, /^VELKOMMEN_RATE_LIMIT must be/],
    [{ VELKOMMEN_RATE_LIMIT: 'lots' }, /^VELKOMMEN_RATE_LIMIT /],
  ])('refuses %o with a sentence naming the setting', (env, message) => {
    expect(() => loadConfig(env)).toThrow(ConfigError);
    expect(() => loadConfig(env)).toThrow(message);
  });
});
