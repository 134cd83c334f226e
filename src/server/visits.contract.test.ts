// The contract's rules as the real server holds tablets to them: ids are one visit in any case,
// a stamp is the centre's local time with the centre's offset, a tablet's name shows what it is,
// and a name in the visit list's CSV never runs as a formula.
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { parse } from 'csv-parse/sync';
import { startServer } from './server';
import {
  COORDINATOR,
  fakeDist,
  json,
  tempDir,
  testApp,
  visit,
  type TestApp,
} from './testing/testApp';
import { describeEngines } from './testing/engines';

interface Answer {
  stored: string[];
  rejected: { id: string | null; reason: string }[];
}

interface Listed {
  id: string;
  partyId: string;
  voided: boolean;
  deviceId: string;
}

describeEngines('the contract', (engine) => {
  let t: TestApp | undefined;
  afterEach(() => t?.close());

  async function app(): Promise<TestApp> {
    t = await testApp({}, engine);
    return t;
  }

  async function listed(a: TestApp, includeVoided = true): Promise<Listed[]> {
    const response = await a.get(
      `/api/v1/visits?from=2000-01-01&to=2999-12-31${includeVoided ? '&includeVoided=true' : ''}`,
    );
    expect(response.status).toBe(200);
    return (await json<{ visits: Listed[] }>(response)).visits;
  }

  async function send(a: TestApp, visits: unknown[], headers = {}): Promise<Answer> {
    const response = await a.post({ visits }, headers);
    expect(response.status).toBe(200);
    return json<Answer>(response);
  }

  describe('ids in capitals', () => {
    it('are the visit of the same id in lower case, not a second one', async () => {
      const a = await app();
      const v = visit();
      expect((await send(a, [v])).stored).toEqual([v.id]);
      const copy = { ...v, id: v.id.toUpperCase(), partyId: v.partyId.toUpperCase() };
      expect(await send(a, [copy])).toEqual(
        expect.objectContaining({ stored: [v.id], rejected: [] }),
      );
      expect((await listed(a)).map((x) => x.id)).toEqual([v.id]);
    });

    it('are kept in lower case when they come first', async () => {
      const a = await app();
      const v = visit();
      const answer = await send(a, [{ ...v, id: v.id.toUpperCase() }]);
      expect(answer.stored).toEqual([v.id]);
      expect(await listed(a)).toEqual([
        expect.objectContaining({ id: v.id, partyId: v.partyId, voided: false }),
      ]);
    });

    it('void the original, and a voided visit never comes back in either case', async () => {
      const a = await app();
      const v = visit();
      await send(a, [v]);
      const voided = await send(a, [{ ...v, id: v.id.toUpperCase(), voided: true }]);
      expect(voided.stored).toEqual([v.id]);
      expect((await listed(a)).map((x) => [x.id, x.voided])).toEqual([[v.id, true]]);

      for (const id of [v.id.toUpperCase(), v.id]) {
        const back = await send(a, [{ ...v, id, voided: false }]);
        expect(back.stored).toEqual([]);
        expect(back.rejected).toEqual([{ id: v.id, reason: 'conflict' }]);
      }
      expect(await listed(a, false)).toEqual([]);
      expect((await listed(a)).map((x) => [x.id, x.voided])).toEqual([[v.id, true]]);
    });
  });

  describe('the time of a visit', () => {
    it('is refused with a reason when its offset is not the centre’s at that local time', async () => {
      const a = await app();
      const good = visit({ visitedAt: '2026-11-23T09:15:00+01:00' });
      const summer = visit({ visitedAt: '2026-08-14T12:30:00+02:00' });
      const bad = [
        visit({ visitedAt: '2026-11-23T09:15:00+01:07' }),
        visit({ visitedAt: '2026-11-23T09:15:00-12:00' }),
        visit({ visitedAt: '2026-08-14T12:30:00+01:00' }),
        visit({ visitedAt: '2026-11-23T08:15:00Z' }),
      ];
      const answer = await send(a, [good, ...bad, summer]);
      expect(answer.stored).toEqual([good.id, summer.id]);
      expect(answer.rejected).toEqual([
        {
          id: bad[0]?.id,
          reason:
            "visitedAt 2026-11-23T09:15:00+01:07 has the wrong UTC offset: at 2026-11-23 09:15 the centre's zone Europe/Copenhagen was at +01:00.",
        },
        {
          id: bad[1]?.id,
          reason: expect.stringMatching(/-12:00 has the wrong UTC offset.*\+01:00\.$/),
        },
        {
          id: bad[2]?.id,
          reason: expect.stringMatching(/\+01:00 has the wrong UTC offset.*\+02:00\.$/),
        },
        { id: bad[3]?.id, reason: expect.stringMatching(/Z has the wrong UTC offset/) },
      ]);
      expect((await listed(a)).map((x) => x.id).sort()).toEqual([good.id, summer.id].sort());
    });

    it('is refused when the clocks skipped it, and both hours of the October change are kept', async () => {
      const a = await app();
      // The coordinator's load: visits of any age, so only the clock change is judged.
      const gap = visit({ visitedAt: '2026-03-29T02:30:00+01:00' });
      const before = visit({ visitedAt: '2026-03-29T01:45:00+01:00' });
      const after = visit({ visitedAt: '2026-03-29T03:00:00+02:00' });
      const first = visit({ visitedAt: '2026-10-25T02:30:00+02:00' });
      const second = visit({ visitedAt: '2026-10-25T02:30:00+01:00' });
      const answer = await send(a, [gap, before, after, first, second], COORDINATOR);
      expect(answer.rejected).toEqual([
        {
          id: gap.id,
          reason:
            'visitedAt 2026-03-29T02:30:00+01:00 is a time that did not exist in Europe/Copenhagen: the clocks skipped 2026-03-29 02:30 when summer time began.',
        },
      ]);
      expect(answer.stored).toEqual([before.id, after.id, first.id, second.id]);
    });

    it('is judged in the server’s own zone (VELKOMMEN_TZ)', async () => {
      const dir = tempDir();
      const server = await startServer({
        port: 0,
        hostname: '127.0.0.1',
        distDir: fakeDist(dir),
        dbPath: join(dir, 'data', 'velkommen.db'),
        timeZone: 'Europe/London',
        log: false,
      });
      try {
        const london = visit({ visitedAt: '2026-11-23T09:15:00Z' });
        const copenhagen = visit({ visitedAt: '2026-11-23T09:15:00+01:00' });
        const response = await fetch(`${server.url}/api/v1/visits`, {
          method: 'POST',
          headers: {
            Authorization: `Bearer ${server.tokens.coordinator}`,
            'Content-Type': 'application/json',
          },
          body: JSON.stringify({ visits: [london, copenhagen] }),
        });
        const answer = (await response.json()) as Answer;
        expect(answer.stored).toEqual([london.id]);
        expect(answer.rejected).toEqual([
          {
            id: copenhagen.id,
            reason: expect.stringContaining("the centre's zone Europe/London was at Z"),
          },
        ]);
      } finally {
        await server.close();
        rmSync(dir, { recursive: true, force: true });
      }
    });
  });

  describe('a tablet’s name', () => {
    it.each([
      ['a right-to-left override', 'door-1\u202E'],
      ['an isolate', '\u2066door-1\u2069'],
      ['a zero-width space', 'door\u200B-1'],
      ['a zero-width joiner', 'door-1\u200D'],
      ['a byte order mark', '\uFEFFdoor-1'],
      ['a soft hyphen', 'door\u00AD-1'],
      ['a lone variation selector', '\uFE0F'],
      ['spaces only', '   '],
      ['a line break', 'door\n1'],
    ])('with %s is refused with a reason naming deviceId', async (_what, deviceId) => {
      const a = await app();
      const v = visit({ deviceId });
      const answer = await send(a, [v]);
      expect(answer.stored).toEqual([]);
      expect(answer.rejected).toEqual([
        { id: v.id, reason: expect.stringMatching(/^deviceId must be the tablet's name, 1 to 64/) },
      ]);
      expect(await listed(a)).toEqual([]);
    });

    it('may hold letters of any script, emoji and spaces between', async () => {
      const a = await app();
      const names = ['Døren ved køkkenet', 'باب ١', '❤\uFE0F 2'];
      const answer = await send(
        a,
        names.map((deviceId) => visit({ deviceId })),
      );
      expect(answer.rejected).toEqual([]);
      expect((await listed(a)).map((x) => x.deviceId).sort()).toEqual([...names].sort());
    });
  });

  describe('the visit list as CSV', () => {
    it('neutralises a name that a spreadsheet would run, after spaces and in full-width too', async () => {
      const a = await app();
      const names = [' =1+1', '＝HYPERLINK("x")', '  @SUM(A1)', '-2'];
      await send(
        a,
        names.map((deviceId) => visit({ deviceId })),
      );
      const response = await a.get('/api/v1/visits?from=2026-11-23&to=2026-11-23&format=csv');
      expect(response.status).toBe(200);
      const rows = parse((await response.text()).replace(/^\uFEFF/, ''), {
        delimiter: ';',
        columns: true,
        relax_column_count: true,
      }) as Record<string, string>[];
      expect(rows.map((row) => row.device_id).sort()).toEqual(names.map((n) => `'${n}`).sort());
    });
  });
});
