import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { userInfo } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { tempDir } from '../testing/testApp';
import { databaseOwnershipProblem } from './ownership';

let dir: string;
beforeEach(() => {
  dir = tempDir();
  mkdirSync(join(dir, 'data'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('databaseOwnershipProblem', () => {
  it('is none when the user can write the database, its companions and its folder', () => {
    const db = join(dir, 'data', 'velkommen.db');
    writeFileSync(db, '');
    expect(databaseOwnershipProblem(db)).toBeNull();
    // A database not made yet is no problem either.
    expect(databaseOwnershipProblem(join(dir, 'data', 'new.db'))).toBeNull();
  });

  it('names each file this user cannot write and the command that gives them back', () => {
    const db = join(dir, 'data', 'velkommen.db');
    writeFileSync(db, '');
    writeFileSync(`${db}-wal`, '');
    const problem = databaseOwnershipProblem(db, (path) => !path.startsWith(db));
    const me = userInfo().username;
    expect(problem).toContain(`Velkommen runs as ${me}`);
    expect(problem).toContain(`chown ${me}: ${db} ${db}-wal`);
  });
});
