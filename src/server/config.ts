// The server's settings, read from the environment once at start. Every bad value stops the start
// with a sentence naming the variable and what it should be, so a misspelt setting is never
// silently replaced by a default.
import { isIP } from 'node:net';
import { resolve } from 'node:path';
import { CENTRE_TIME_ZONE } from '../shared/time';
import { plainAddress } from './http/clientAddress';
import { isDeviceId } from '../shared/visitFields';

export interface Config {
  /** 0 asks the system for any free port. */
  port: number;
  /** The address to listen on: 0.0.0.0 (every interface) unless VELKOMMEN_HOST says another. */
  host: string;
  /**
   * Absolute path of the SQLite file; with a PostgreSQL database, the tokens file is still kept
   * in its folder.
   */
  dbPath: string;
  /** DATABASE_URL: a PostgreSQL database to keep the visits in instead of the SQLite file. */
  databaseUrl?: string;
  timeZone: string;
  /** VELKOMMEN_CENTRE_NAME: the first centre's name when it is made; default "Velkommen". */
  centreName?: string;
  /** Browser origins (besides the server's own) allowed to call the API. */
  origins: string[];
  kioskToken?: string;
  coordinatorToken?: string;
  /** Address tablets reach the server at, without a trailing slash; used in the pairing link. */
  publicUrl?: string;
  /** Requests a minute allowed for each device (or shared token and address). */
  rateLimitPerMinute: number;
  /** A visit a tablet sends dated more days than this before its arrival is refused. */
  maxVisitAgeDays: number;
  /** Reverse proxies whose X-Forwarded-For names the client; none unless set. */
  trustedProxies: string[];
}

const DEFAULT_PORT = 8080;
const DEFAULT_HOST = '0.0.0.0';
const DEFAULT_DB_PATH = './data/velkommen.db';
export const DEFAULT_RATE_LIMIT_PER_MINUTE = 600;
/**
 * Longer than any holiday a centre closes for (summer is six weeks at most) with time to spare,
 * so a tablet that was offline throughout never reaches it, while a key that falls into the wrong
 * hands cannot rewrite years already reported.
 */
export const DEFAULT_MAX_VISIT_AGE_DAYS = 120;

/** A setting that cannot be used; the message says which and why. */
export class ConfigError extends Error {
  override name = 'ConfigError';
}

type Env = Readonly<Record<string, string | undefined>>;

export function loadConfig(env: Env = process.env): Config {
  const kioskToken = token(env, 'VELKOMMEN_KIOSK_TOKEN');
  const coordinatorToken = token(env, 'VELKOMMEN_COORDINATOR_TOKEN');
  if (kioskToken !== undefined && kioskToken === coordinatorToken) {
    throw new ConfigError(
      'VELKOMMEN_KIOSK_TOKEN and VELKOMMEN_COORDINATOR_TOKEN are the same; give each role its own token.',
    );
  }
  const config: Config = {
    port: port(env),
    host: host(env),
    dbPath: resolve(value(env, 'VELKOMMEN_DB') ?? DEFAULT_DB_PATH),
    timeZone: timeZone(env),
    ...centreName(env),
    origins: origins(env),
    rateLimitPerMinute: rateLimit(env),
    maxVisitAgeDays: maxVisitAge(env),
    trustedProxies: trustedProxies(env),
  };
  if (kioskToken !== undefined) config.kioskToken = kioskToken;
  if (coordinatorToken !== undefined) config.coordinatorToken = coordinatorToken;
  const publicUrl = publicUrlOf(env);
  if (publicUrl !== undefined) config.publicUrl = publicUrl;
  const databaseUrl = databaseUrlOf(env);
  if (databaseUrl !== undefined) config.databaseUrl = databaseUrl;
  return config;
}

function databaseUrlOf(env: Env): string | undefined {
  const raw = value(env, 'DATABASE_URL');
  if (raw === undefined) return undefined;
  if (!/^postgres(ql)?:\/\/./i.test(raw)) {
    throw new ConfigError(
      'DATABASE_URL must be a PostgreSQL address (postgres://user:password@host:5432/database), or left out to keep the visits in the SQLite file of VELKOMMEN_DB.',
    );
  }
  return raw;
}

// An empty variable counts as not set, as in most shells' `FOO= npm start`.
function value(env: Env, name: string): string | undefined {
  const raw = env[name]?.trim();
  return raw ? raw : undefined;
}

function port(env: Env): number {
  const raw = value(env, 'PORT');
  if (raw === undefined) return DEFAULT_PORT;
  const n = Number(raw);
  if (!/^\d+$/.test(raw) || n > 65535) {
    throw new ConfigError(
      `PORT must be a whole number from 1 to 65535 (or 0 for any free port), not "${raw}".`,
    );
  }
  return n;
}

// VELKOMMEN_HOST rather than HOST, which some shells (tcsh) set to the machine's name. Only an
// address or localhost: a name would be looked up, and could bind somewhere nobody meant.
function host(env: Env): string {
  const raw = value(env, 'VELKOMMEN_HOST');
  if (raw === undefined) return DEFAULT_HOST;
  const address = raw.replace(/^\[(.*)\]$/, '$1');
  if (address !== 'localhost' && isIP(address) === 0) {
    throw new ConfigError(
      `VELKOMMEN_HOST must be the address to listen on, like 127.0.0.1 (only this computer, behind a reverse proxy), ::1 or 0.0.0.0 (every interface), not "${raw}".`,
    );
  }
  return address;
}

function centreName(env: Env): { centreName?: string } {
  const raw = value(env, 'VELKOMMEN_CENTRE_NAME');
  if (raw === undefined) return {};
  if (!isDeviceId(raw)) {
    throw new ConfigError(
      `VELKOMMEN_CENTRE_NAME must be one printable line of at most 64 characters, not "${raw}".`,
    );
  }
  return { centreName: raw };
}

function timeZone(env: Env): string {
  const raw = value(env, 'VELKOMMEN_TZ');
  if (raw === undefined) return CENTRE_TIME_ZONE;
  try {
    // Intl knows the IANA zones of the Node it runs on and throws for any other name.
    return new Intl.DateTimeFormat('en', { timeZone: raw }).resolvedOptions().timeZone;
  } catch {
    throw new ConfigError(
      `VELKOMMEN_TZ must be an IANA time zone like "Europe/Copenhagen", not "${raw}".`,
    );
  }
}

const commaList = (raw: string): string[] =>
  raw
    .split(',')
    .map((item) => item.trim())
    .filter(Boolean);

function origins(env: Env): string[] {
  const raw = value(env, 'VELKOMMEN_ORIGINS');
  if (raw === undefined) return [];
  const list: string[] = [];
  for (const item of commaList(raw)) {
    const origin = originOf(item);
    if (origin === null) {
      throw new ConfigError(
        `VELKOMMEN_ORIGINS must be a comma-separated list of origins like "https://kiosk.example.dk"; "${item}" is not one.`,
      );
    }
    if (!list.includes(origin)) list.push(origin);
  }
  return list;
}

// Only scheme, host and port: a path, query or "*" would be a mistake worth pointing out.
function originOf(text: string): string | null {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return null;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  if (url.username || url.password || url.search || url.hash || url.pathname !== '/') return null;
  return url.origin;
}

// Tokens go into an HTTP header, so visible ASCII without spaces; 16 characters at least so that
// a token someone chose by hand is not trivially guessed.
const TOKEN = /^[\x21-\x7e]{16,512}$/;

function token(env: Env, name: string): string | undefined {
  const raw = value(env, name);
  if (raw === undefined) return undefined;
  if (!TOKEN.test(raw)) {
    throw new ConfigError(
      `${name} must be 16 to 512 visible ASCII characters without spaces; leave it unset to have a strong one made.`,
    );
  }
  return raw;
}

function publicUrlOf(env: Env): string | undefined {
  const raw = value(env, 'VELKOMMEN_PUBLIC_URL');
  if (raw === undefined) return undefined;
  let url: URL | null = null;
  try {
    url = new URL(raw);
  } catch {
    url = null;
  }
  if (
    url === null ||
    (url.protocol !== 'http:' && url.protocol !== 'https:') ||
    url.search ||
    url.hash ||
    url.username ||
    url.password
  ) {
    throw new ConfigError(
      `VELKOMMEN_PUBLIC_URL must be the http(s) address tablets reach the server at, like "https://velkommen.example.dk", not "${raw}".`,
    );
  }
  return url.href.replace(/\/+$/, '');
}

function rateLimit(env: Env): number {
  const raw = value(env, 'VELKOMMEN_RATE_LIMIT');
  if (raw === undefined) return DEFAULT_RATE_LIMIT_PER_MINUTE;
  const n = Number(raw);
  if (!/^\d+$/.test(raw) || n < 1 || n > 1_000_000) {
    throw new ConfigError(
      `VELKOMMEN_RATE_LIMIT must be the number of requests a minute each token may make (1 or more), not "${raw}".`,
    );
  }
  return n;
}

function maxVisitAge(env: Env): number {
  const raw = value(env, 'VELKOMMEN_MAX_VISIT_AGE_DAYS');
  if (raw === undefined) return DEFAULT_MAX_VISIT_AGE_DAYS;
  const n = Number(raw);
  if (!/^\d+$/.test(raw) || n < 1 || n > 36_500) {
    throw new ConfigError(
      `VELKOMMEN_MAX_VISIT_AGE_DAYS must be the number of days (1 to 36500) a visit may lie before the server receives it from a tablet, not "${raw}".`,
    );
  }
  return n;
}

// Addresses only, as the proxy connects from them: a name or a range would be a guess about
// which machines may speak for a client.
function trustedProxies(env: Env): string[] {
  const raw = value(env, 'VELKOMMEN_TRUSTED_PROXIES');
  if (raw === undefined) return [];
  const list: string[] = [];
  for (const item of commaList(raw)) {
    const address = item.replace(/^\[(.*)\]$/, '$1');
    if (isIP(address) === 0) {
      throw new ConfigError(
        `VELKOMMEN_TRUSTED_PROXIES must be a comma-separated list of the addresses your reverse proxy connects from, like "127.0.0.1,::1"; "${item}" is not an address.`,
      );
    }
    const plain = plainAddress(address);
    if (!list.includes(plain)) list.push(plain);
  }
  return list;
}
