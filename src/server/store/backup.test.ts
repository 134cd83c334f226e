// Backing up the live database: the copy is taken while visits keep arriving, from another
// process as `npm run backup` does it, and opens as a sound database with the right rows.
import Database from 'better-sqlite3';
import { spawn } from 'node:child_process';
import {
  chmodSync,
  copyFileSync,
  existsSync,
  mkdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CENTRE_TIME_ZONE } from '../../shared/time';
import type { Visit } from '../../shared/visit';
import { allVisits, tempDir, visit } from '../testing/testApp';
import { backupDatabase } from './backup';
import { openSqliteStore } from './sqlite';
import type { VisitStore } from './VisitStore';

const projectDir = fileURLToPath(new URL('../../..', import.meta.url));
const aVisit = (): Visit => ({ kind: 'visitor', ...visit() });

let dir: string;
let dbPath: string;
let store: VisitStore;

beforeEach(async () => {
  dir = tempDir();
  dbPath = join(dir, 'data', 'velkommen.db');
  store = openSqliteStore(dbPath, { timeZone: CENTRE_TIME_ZONE });
  // About a centre's year: enough pages that the copy takes more than one step.
  for (let batch = 0; batch < 20; batch++) {
    await store.putVisits(Array.from({ length: 500 }, aVisit));
  }
});

afterEach(async () => {
  await store.close();
  rmSync(dir, { recursive: true, force: true });
});

/** Writes a visit every few milliseconds, as tablets do (much faster), until stopped. */
function keepWriting(): { stop: () => number } {
  let written = 0;
  const timer = setInterval(() => {
    void store.putVisits([aVisit()]);
    written += 1;
  }, 2);
  return {
    stop: () => {
      clearInterval(timer);
      return written;
    },
  };
}

function idsIn(path: string): { ids: Set<string>; integrity: unknown; journal: unknown } {
  const copy = new Database(path, { readonly: true, fileMustExist: true });
  try {
    const rows = copy.prepare<[], { id: string }>('SELECT id FROM visits').all();
    return {
      ids: new Set(rows.map((row) => row.id)),
      integrity: copy.pragma('integrity_check', { simple: true }),
      journal: copy.pragma('journal_mode', { simple: true }),
    };
  } finally {
    copy.close();
  }
}

function runBackup(target: string): Promise<{ code: number | null; output: string }> {
  const env = Object.fromEntries(
    Object.entries(process.env).filter(
      ([key]) => !key.startsWith('VELKOMMEN_') && key !== 'INIT_CWD',
    ),
  );
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/server/backup.ts', target], {
    cwd: projectDir,
    env: { ...env, VELKOMMEN_DB: dbPath },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  return new Promise((resolve) => child.on('exit', (code) => resolve({ code, output })));
}

describe('backing up the live database', () => {
  it('copies it from another process while visits keep arriving, and the copy holds them', async () => {
    const target = join(dir, 'backups', 'velkommen-backup.db');
    const before = new Set((await allVisits(store)).map((row) => row.id));
    const writes = keepWriting();
    const { code, output } = await runBackup(target);
    const written = writes.stop();

    expect(code, output).toBe(0);
    expect(written).toBeGreaterThan(0);
    const after = new Set((await allVisits(store)).map((row) => row.id));
    const copy = idsIn(target);
    expect(copy.integrity).toBe('ok');
    // A plain file, ready to be copied back into place.
    expect(copy.journal).toBe('delete');
    // Everything stored before the backup began is in it; nothing that was never stored is.
    for (const id of before) expect(copy.ids.has(id)).toBe(true);
    for (const id of copy.ids) expect(after.has(id)).toBe(true);
    expect(output).toContain(`Backed up ${copy.ids.size} visits`);
    expect(existsSync(`${target}.partial`)).toBe(false);
  }, 30_000);

  it('gives the same result in-process, with writes between the steps of the copy', async () => {
    const target = join(dir, 'copy.db');
    const writes = keepWriting();
    const result = await backupDatabase(dbPath, target);
    writes.stop();

    const copy = idsIn(target);
    expect(result.visits).toBe(copy.ids.size);
    expect(copy.ids.size).toBeGreaterThanOrEqual(10_000);
    expect(copy.integrity).toBe('ok');
  });

  it('into a folder, made if missing: each backup its own name, the same day too', async () => {
    const folder = join(dir, 'backups', 'nightly');
    const first = await runBackup(`${folder}/`);
    const second = await runBackup(folder);
    expect([first.code, second.code]).toEqual([0, 0]);
    const names = [first.output, second.output].map(
      (output) => /to (\S+velkommen-\d{4}-\d\d-\d\d-\d{6}(?:-\d+)?\.db) /.exec(output)?.[1],
    );
    expect(names[0]).toBeDefined();
    expect(names[1]).toBeDefined();
    expect(names[0]).not.toBe(names[1]);
    for (const name of names) expect(idsIn(name ?? '').ids.size).toBe(10_000);
  }, 60_000);

  it('never overwrites a file, and says so', async () => {
    const target = join(dir, 'kept.db');
    writeFileSync(target, 'an older backup');
    const { code, output } = await runBackup(target);

    expect(code).toBe(1);
    expect(output).toContain('exists already');
    expect(readFileSync(target, 'utf8')).toBe('an older backup');
  }, 30_000);

  it('says where the database is missing', async () => {
    await expect(backupDatabase(join(dir, 'nowhere.db'), join(dir, 'x.db'))).rejects.toThrow(
      'There is no database',
    );
  });
});

const modeOf = (path: string) => statSync(path).mode & 0o777;

describe.skipIf(process.platform === 'win32')('backups are for the server’s user alone', () => {
  it('writes the copy 0600 in a folder made 0700, and tightens earlier backups there', async () => {
    const folder = join(dir, 'backups');
    mkdirSync(folder, { mode: 0o755 });
    chmodSync(folder, 0o755);
    // A backup made before backups were kept private, and a file that is not Velkommen's.
    const earlier = join(folder, 'velkommen-2026-11-01.db');
    copyFileSync(dbPath, earlier);
    chmodSync(earlier, 0o644);
    const notes = join(folder, 'README.txt');
    writeFileSync(notes, 'Backups of the centre');
    chmodSync(notes, 0o644);

    const target = join(folder, 'velkommen-2026-11-23.db');
    const { code, output } = await runBackup(target);
    expect(code, output).toBe(0);
    expect(modeOf(target)).toBe(0o600);
    expect(modeOf(folder)).toBe(0o700);
    expect(modeOf(earlier)).toBe(0o600);
    expect(modeOf(notes)).toBe(0o644);
    expect(idsIn(target).integrity).toBe('ok');
  }, 30_000);

  it('makes a missing folder 0700', async () => {
    const target = join(dir, 'new', 'backups', 'copy.db');
    const result = await backupDatabase(dbPath, target);
    expect(result.notes).toEqual([]);
    expect(modeOf(target)).toBe(0o600);
    expect(modeOf(join(dir, 'new', 'backups'))).toBe(0o700);
    expect(modeOf(join(dir, 'new'))).toBe(0o700);
  });
});
