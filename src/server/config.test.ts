import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config';

describe('loadConfig', () => {
  it('has defaults for everything', () => {
    expect(loadConfig({})).toEqual({
      port: 8080,
      host: '0.0.0.0',
      dbPath: resolve('data/velkommen.db'),
      timeZone: 'Europe/Copenhagen',
      origins: [],
      rateLimitPerMinute: 600,
      maxVisitAgeDays: 120,
      trustedProxies: [],
    });
  });

  it('reads every setting', () => {
    expect(
      loadConfig({
        PORT: '3000',
        VELKOMMEN_HOST: '127.0.0.1',
        VELKOMMEN_DB: '/srv/velkommen/visits.db',
        VELKOMMEN_TZ: 'Europe/Oslo',
        VELKOMMEN_ORIGINS: 'https://kiosk.example.dk, http://10.0.0.5:8080/',
        VELKOMMEN_KIOSK_TOKEN: 'kiosk-token-0123456789',
        VELKOMMEN_COORDINATOR_TOKEN: 'coordinator-token-0123456789',
        VELKOMMEN_PUBLIC_URL: 'https://velkommen.example.dk/',
        VELKOMMEN_RATE_LIMIT: '120',
        VELKOMMEN_MAX_VISIT_AGE_DAYS: '400',
        VELKOMMEN_TRUSTED_PROXIES: '127.0.0.1, [::1], ::FFFF:10.0.0.2',
      }),
    ).toEqual({
      port: 3000,
      host: '127.0.0.1',
      dbPath: '/srv/velkommen/visits.db',
      timeZone: 'Europe/Oslo',
      origins: ['https://kiosk.example.dk', 'http://10.0.0.5:8080'],
      kioskToken: 'kiosk-token-0123456789',
      coordinatorToken: 'coordinator-token-0123456789',
      publicUrl: 'https://velkommen.example.dk',
      rateLimitPerMinute: 120,
      maxVisitAgeDays: 400,
      trustedProxies: ['127.0.0.1', '::1', '10.0.0.2'],
    });
  });

  it('listens where VELKOMMEN_HOST says: an address or localhost, never a name to look up', () => {
    expect(loadConfig({ VELKOMMEN_HOST: '::1' }).host).toBe('::1');
    expect(loadConfig({ VELKOMMEN_HOST: '[::1]' }).host).toBe('::1');
    expect(loadConfig({ VELKOMMEN_HOST: 'localhost' }).host).toBe('localhost');
    expect(loadConfig({ VELKOMMEN_HOST: ' ' }).host).toBe('0.0.0.0');
    // Some shells set HOST to the machine's name; it is not the server's setting.
    expect(loadConfig({ HOST: 'kontor-pc' }).host).toBe('0.0.0.0');
    for (const bad of ['kontor-pc', '127.0.0.1:8080', '256.1.1.1', 'http://127.0.0.1']) {
      expect(() => loadConfig({ VELKOMMEN_HOST: bad }), bad).toThrow(
        /^VELKOMMEN_HOST must be the address to listen on, like 127\.0\.0\.1/,
      );
    }
  });

  it('believes X-Forwarded-For only from addresses listed in VELKOMMEN_TRUSTED_PROXIES', () => {
    for (const bad of ['proxy.local', '10.0.0.0/8', '*', '127.0.0.1:80']) {
      expect(() => loadConfig({ VELKOMMEN_TRUSTED_PROXIES: bad }), bad).toThrow(
        /^VELKOMMEN_TRUSTED_PROXIES must be a comma-separated list of the addresses/,
      );
    }
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
    [{ VELKOMMEN_MAX_VISIT_AGE_DAYS: '0' }, /^VELKOMMEN_MAX_VISIT_AGE_DAYS must be/],
    [{ VELKOMMEN_MAX_VISIT_AGE_DAYS: '4 months' }, /^VELKOMMEN_MAX_VISIT_AGE_DAYS /],
  ])('refuses %o with a sentence naming the setting', (env, message) => {
    expect(() => loadConfig(env)).toThrow(ConfigError);
    expect(() => loadConfig(env)).toThrow(message);
  });
});
