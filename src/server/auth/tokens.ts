// The two bearer tokens: "kiosk" for the tablets (send visits, read today's summary) and
// "coordinator" (also read the visits and the report). A token not given in the environment is
// made once and kept beside the database, readable by the server's user only, so tablets stay
// paired across restarts.
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { chmodSync, existsSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { z } from 'zod/mini';

export type Role = 'kiosk' | 'coordinator';
const ROLES: readonly Role[] = ['kiosk', 'coordinator'];

export interface Tokens {
  kiosk: string;
  coordinator: string;
}

export interface LoadedTokens extends Tokens {
  /** The roles whose token was made just now. */
  created: Role[];
  /** Where made tokens are kept. */
  file: string;
}

export const TOKENS_FILE_NAME = 'velkommen-tokens.json';

/** 32 random bytes as base64url: 43 characters, safe in a header and in a URL. */
export function makeToken(): string {
  return randomBytes(32).toString('base64url');
}

function tokensFileFor(dbPath: string): string {
  return join(dirname(dbPath), TOKENS_FILE_NAME);
}

/**
 * The tokens to use: a given one wins, else the one kept in the file, else a new one, which is
 * then written to the file (mode 0600). The database's folder must exist.
 */
export function loadOrCreateTokens(dbPath: string, given: Partial<Tokens> = {}): LoadedTokens {
  const file = tokensFileFor(dbPath);
  const kept = readTokensFile(file);
  const tokens: Partial<Tokens> = {};
  const created: Role[] = [];
  for (const role of ROLES) {
    const token = given[role] ?? kept[role];
    if (token !== undefined) {
      tokens[role] = token;
    } else {
      tokens[role] = makeToken();
      created.push(role);
    }
  }
  const { kiosk, coordinator } = tokens;
  if (kiosk === undefined || coordinator === undefined) {
    throw new Error('A token is missing after loading; this is a bug.');
  }
  if (kiosk === coordinator) {
    throw new Error('The kiosk and coordinator tokens are the same; give each role its own token.');
  }
  if (created.length > 0) {
    const toKeep: Partial<Tokens> = { ...kept };
    for (const role of created) toKeep[role] = tokens[role];
    writeTokensFile(file, toKeep);
  } else if (existsSync(file) && (statSync(file).mode & 0o077) !== 0) {
    // Someone loosened it (or copied it over); tokens are keys to the visit log.
    chmodSync(file, 0o600);
  }
  return { kiosk, coordinator, created, file };
}

/** The tokens kept beside the database at `dbPath`, as they are; nothing is made. */
export function keptTokens(dbPath: string): Partial<Tokens> & { file: string } {
  const file = tokensFileFor(dbPath);
  return { ...readTokensFile(file), file };
}

// The tokens file: a role's token when one has been kept (a missing one is made); other keys are
// ignored.
const KeptTokenSchema = z.optional(z.string().check(z.minLength(16)));
const TokensFileSchema = z.object({ kiosk: KeptTokenSchema, coordinator: KeptTokenSchema });

function readTokensFile(file: string): Partial<Tokens> {
  if (!existsSync(file)) return {};
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    // Never overwrite it: a new token would unpair every tablet without anyone knowing why.
    throw new Error(`${file} is not valid JSON; fix it or delete it to have new tokens made.`);
  }
  const parsed = TokensFileSchema.safeParse(data);
  if (parsed.success) return parsed.data;
  const wrongRole = ROLES.find((role) => parsed.error.issues.some((i) => i.path[0] === role));
  if (wrongRole !== undefined) {
    throw new Error(`${file}: "${wrongRole}" must be a token of 16 characters or more.`);
  }
  throw new Error(`${file} must hold a JSON object like {"kiosk": "...", "coordinator": "..."}.`);
}

// Written to a temporary file made with mode 0600 and renamed over the old one, so the file is
// never readable by others and never half-written.
function writeTokensFile(file: string, tokens: Partial<Tokens>): void {
  const temporary = `${file}.${process.pid}.tmp`;
  writeFileSync(temporary, `${JSON.stringify(tokens, null, 2)}\n`, { mode: 0o600, flag: 'w' });
  chmodSync(temporary, 0o600);
  renameSync(temporary, file);
}

function digest(text: string): Buffer {
  return createHash('sha256').update(text, 'utf8').digest();
}

/**
 * The role a presented token grants, or null. Compares fixed-length digests in constant time and
 * always against both tokens, so the time taken says nothing about either.
 */
export function roleOf(presented: string, tokens: Tokens): Role | null {
  const seen = digest(presented);
  let role: Role | null = null;
  for (const candidate of ROLES) {
    if (timingSafeEqual(seen, digest(tokens[candidate])) && role === null) role = candidate;
  }
  return role;
}
