import { mkdirSync, readFileSync, rmSync, statSync, writeFileSync, chmodSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { tempDir } from '../testing/testApp';
import { loadOrCreateTokens, makeToken, roleOf, TOKENS_FILE_NAME } from './tokens';

let dir: string;
let dbPath: string;
beforeEach(() => {
  dir = tempDir();
  mkdirSync(join(dir, 'data'));
  dbPath = join(dir, 'data', 'velkommen.db');
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const file = () => join(dir, 'data', TOKENS_FILE_NAME);
const mode = () => statSync(file()).mode & 0o777;

describe('loadOrCreateTokens', () => {
  it('makes two strong tokens on first start and keeps them beside the database, mode 0600', () => {
    const tokens = loadOrCreateTokens(dbPath);
    expect(tokens.created).toEqual(['kiosk', 'coordinator']);
    expect(tokens.file).toBe(file());
    expect(tokens.kiosk).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(tokens.coordinator).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(tokens.kiosk).not.toBe(tokens.coordinator);
    expect(mode()).toBe(0o600);
    expect(JSON.parse(readFileSync(file(), 'utf8'))).toEqual({
      kiosk: tokens.kiosk,
      coordinator: tokens.coordinator,
    });
  });

  it('reuses the kept tokens on the next start', () => {
    const first = loadOrCreateTokens(dbPath);
    const second = loadOrCreateTokens(dbPath);
    expect(second).toEqual({ ...first, created: [] });
  });

  it('lets given tokens win, and makes and keeps only the missing one', () => {
    const kept = loadOrCreateTokens(dbPath);
    const given = loadOrCreateTokens(dbPath, { kiosk: 'given-kiosk-token-0123456789' });
    expect(given.kiosk).toBe('given-kiosk-token-0123456789');
    expect(given.coordinator).toBe(kept.coordinator);
    expect(given.created).toEqual([]);

    rmSync(file());
    const fresh = loadOrCreateTokens(dbPath, { coordinator: 'given-coordinator-token-0123' });
    expect(fresh.created).toEqual(['kiosk']);
    expect(fresh.coordinator).toBe('given-coordinator-token-0123');
    // A given token is never written down.
    expect(JSON.parse(readFileSync(file(), 'utf8'))).toEqual({ kiosk: fresh.kiosk });
  });

  it('tightens a tokens file that others could read', () => {
    loadOrCreateTokens(dbPath);
    chmodSync(file(), 0o644);
    loadOrCreateTokens(dbPath);
    expect(mode()).toBe(0o600);
  });

  it('refuses a broken tokens file rather than unpairing every tablet', () => {
    writeFileSync(file(), '{"kiosk": ');
    expect(() => loadOrCreateTokens(dbPath)).toThrow(/not valid JSON/);
    writeFileSync(file(), '{"kiosk": 5}');
    expect(() => loadOrCreateTokens(dbPath)).toThrow(/"kiosk" must be a token/);
    expect(readFileSync(file(), 'utf8')).toBe('{"kiosk": 5}');
  });

  it('refuses the same token for both roles', () => {
    const same = 'the-same-token-0123456789';
    expect(() => loadOrCreateTokens(dbPath, { kiosk: same, coordinator: same })).toThrow(/same/);
  });
});

describe('roleOf', () => {
  const tokens = { kiosk: makeToken(), coordinator: makeToken() };

  it('tells which role a token grants', () => {
    expect(roleOf(tokens.kiosk, tokens)).toBe('kiosk');
    expect(roleOf(tokens.coordinator, tokens)).toBe('coordinator');
  });

  it('grants nothing to any other string', () => {
    for (const other of [
      '',
      tokens.kiosk.slice(0, -1),
      `${tokens.kiosk} `,
      tokens.coordinator.toUpperCase(),
      makeToken(),
    ]) {
      expect(roleOf(other, tokens)).toBeNull();
    }
  });
});
