// `npm run centres`, run as a person at the server would, on both engines: a municipality sets up
// a second centre, hands its leader a token that then reads that centre's report, and withdraws it.
import { mkdirSync, rmSync } from 'node:fs';
import { dirname } from 'node:path';
import { afterEach, beforeEach, expect, it } from 'vitest';
import type { ErrorBody } from '../shared/api/errors';
import type { CentreList } from '../shared/api/centres';
import { PAIR_PARAM } from '../shared/api/pairing';
import { createApp } from './app';
import { describeEngines, type Place } from './testing/engines';
import { runScript } from './testing/processes';
import { fakeDist, json, NOW, tempDir, TOKENS } from './testing/testApp';

describeEngines('npm run centres', (engine) => {
  let dir: string;
  let place: Place;
  beforeEach(async () => {
    dir = tempDir();
    place = await engine.place(dir);
    mkdirSync(dirname(place.dbPath), { recursive: true });
  });
  afterEach(async () => {
    await place.dispose();
    rmSync(dir, { recursive: true, force: true });
  });

  async function centres(...args: string[]): Promise<{ code: number | null; out: string }> {
    const env: Record<string, string> = {
      VELKOMMEN_DB: place.dbPath,
      VELKOMMEN_PUBLIC_URL: 'https://velkommen.example.dk',
      VELKOMMEN_CENTRE_NAME: 'Kvindehuset',
      ...(place.databaseUrl ? { DATABASE_URL: place.databaseUrl } : {}),
    };
    const run = runScript('src/server/centresCommand.ts', env, args);
    const code = await run.exited;
    return { code, out: run.output() };
  }

  it('adds, renames, lists, pairs, hands out and withdraws a centre coordinator token', async () => {
    const added = await centres('add', '--name', 'Nørrebro Hus', '--zone', 'Europe/Oslo');
    expect(added.code, added.out).toBe(0);
    const id = added.out.split('\t')[0]?.trim() ?? '';
    expect(added.out).toContain('Nørrebro Hus\tEurope/Oslo');
    expect((await centres('add', '--name', 'nørrebro hus')).code).toBe(1);
    expect((await centres('zone', id, 'Mars/Olympus')).code).toBe(1);
    expect((await centres('rename', id, '--name', 'Nørrebro')).code).toBe(0);
    const listed = await centres('list');
    expect(listed.out).toContain(`${id}\tNørrebro\tEurope/Oslo`);
    expect(listed.out).toContain('Kvindehuset');
    const link = await centres('pairing-code', id);
    expect(link.out).toContain(`https://velkommen.example.dk/#${PAIR_PARAM}=`);

    const made = await centres('token', id, '--label', 'Leader');
    expect(made.code, made.out).toBe(0);
    const token = /^[A-Za-z0-9_-]{43}$/m.exec(made.out)?.[0] ?? '';
    const tokenId = /id ([0-9a-f-]{36})/.exec(made.out)?.[1] ?? '';

    const store = await place.open();
    try {
      const app = createApp({
        distDir: fakeDist(dir),
        store,
        tokens: TOKENS,
        log: false,
        now: () => NOW,
      });
      const ask = () =>
        Promise.resolve(
          app.request('/api/v1/centres', { headers: { Authorization: `Bearer ${token}` } }),
        );
      const own = await json<CentreList>(await ask());
      expect(own.role).toBe('centre');
      expect(own.centres.map((c) => c.name)).toEqual(['Nørrebro']);

      expect((await centres('withdraw-token', tokenId)).code).toBe(0);
      const after = await ask();
      expect(after.status).toBe(401);
      expect((await json<ErrorBody>(after)).code).toBe('token_revoked');
    } finally {
      await store.close();
    }
  }, 120_000);
});
