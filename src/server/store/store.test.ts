// The store's behaviour, the same on every engine (see testing/engines.ts): what becomes of a visit
// sent again, voided or changed, batches written whole, days reckoned in the centre's zone, and
// two connections (two server processes) writing the same visits at once.
import { rmSync } from 'node:fs';
import { afterEach, beforeEach, expect, it } from 'vitest';
import type { Visit } from '../../shared/visit';
import { describeEngines, type Place } from '../testing/engines';
import { tempDir, visit } from '../testing/testApp';
import type { VisitStore } from './VisitStore';

const full = (changes: Parameters<typeof visit>[0] = {}): Visit => ({
  kind: 'visitor',
  ...visit(changes),
});
const everything = (s: VisitStore) =>
  s.visitsBetween('2000-01-01', '2999-12-31', { includeVoided: true });

describeEngines('the visit store', (engine) => {
  let dir: string;
  let place: Place;
  let store: VisitStore | undefined;
  const others: VisitStore[] = [];
  beforeEach(async () => {
    dir = tempDir();
    place = await engine.place(dir);
  });
  afterEach(async () => {
    await store?.close();
    store = undefined;
    await Promise.all(others.splice(0).map((other) => other.close()));
    await place.dispose();
    rmSync(dir, { recursive: true, force: true });
  });

  const open = async (timeZone = 'Europe/Copenhagen') => {
    store = await place.open(timeZone);
    return store;
  };
  /** Another connection to the same database, as a second server process has. */
  const another = async () => {
    const other = await place.open();
    others.push(other);
    return other;
  };

  it('keeps the visits across a restart, in order of time and then id', async () => {
    const a = full();
    const b = full({ voided: true, ageGroup: 'child' });
    await (await open()).putVisits([a, b]);
    await store?.close();
    expect(await everything(await open())).toEqual([a, b].sort((x, y) => (x.id < y.id ? -1 : 1)));
  });

  it('says which of some ids it holds', async () => {
    const s = await open();
    const a = full();
    await s.putVisits([a]);
    const missing = full().id;
    expect(await s.heldAmong([a.id, missing])).toEqual(new Set([a.id]));
    expect(await s.heldAmong([])).toEqual(new Set());
  });

  it('tells stored, unchanged, voided and conflict apart', async () => {
    const s = await open();
    const a = full();
    const b = full();
    expect(await s.putVisits([a, b])).toEqual({
      outcomes: ['stored', 'stored'],
      stored: [a.id, b.id],
      conflicts: [],
    });
    expect(await s.putVisits([a, { ...b, voided: true }, { ...a, deviceId: 'door-9' }])).toEqual({
      outcomes: ['unchanged', 'voided', 'conflict'],
      stored: [a.id, b.id],
      conflicts: [a.id],
    });
    // Voiding is one-way: the un-voided copy cannot bring b back.
    expect(await s.putVisits([b])).toEqual({
      outcomes: ['conflict'],
      stored: [],
      conflicts: [b.id],
    });
    expect(await s.putVisits([{ ...b, voided: true }])).toEqual({
      outcomes: ['unchanged'],
      stored: [b.id],
      conflicts: [],
    });
  });

  it('writes a batch whole or not at all', async () => {
    const s = await open();
    const good = full();
    // The schema never lets this through; the table's own checks stop it all the same.
    const broken = { ...full(), ageGroup: 'elder' } as unknown as Visit;
    await expect(s.putVisits([good, broken])).rejects.toThrow();
    expect(await everything(s)).toEqual([]);
  });

  it('writes several batches in one commit, undoing a failing one alone', async () => {
    const s = await open();
    const a = full();
    const b = full();
    const broken = { ...full(), ageGroup: 'elder' } as unknown as Visit;
    const receivedAt = new Date('2026-11-23T11:00:00Z');
    const outcomes = await s.putBatches([
      { visits: [a], receivedAt },
      { visits: [b, broken], receivedAt },
      { visits: [a, { ...a, voided: true }], receivedAt },
    ]);
    expect(outcomes.map((outcome) => outcome.ok)).toEqual([true, false, true]);
    expect(outcomes[2]).toEqual({
      ok: true,
      result: { outcomes: ['unchanged', 'voided'], stored: [a.id], conflicts: [] },
    });
    expect(await everything(s)).toEqual([{ ...a, voided: true }]);
  });

  it('counts the volunteers apart, and a group of volunteers only is no row of the table', async () => {
    const day = (changes: Parameters<typeof visit>[0]) =>
      full({ visitedAt: '2026-03-10T10:00:00+01:00', ...changes });
    const s = await open();
    await s.putVisits([
      day({ country: 'DK', municipality: '101' }),
      day({ country: 'DK', municipality: '101', ageGroup: 'child' }),
      day({ country: 'DK', municipality: '101', kind: 'volunteer' }),
      day({ country: 'PL', municipality: '147', kind: 'volunteer' }),
      day({ country: 'PL', municipality: '147', voided: true }),
    ]);
    expect(await s.countsBetween('2026-03-01', '2026-03-31', 'countries')).toEqual({
      counts: [{ key: 'DK', adults: 1, children: 1 }],
      volunteers: 2,
    });
    expect(await s.countsBetween('2026-03-01', '2026-03-31', 'municipalities')).toEqual({
      counts: [{ key: '101', adults: 1, children: 1 }],
      volunteers: 2,
    });
  });

  it("works local dates out again when the centre's time zone setting changes", async () => {
    // 00:30 on 15 July in Copenhagen is 22:30 on the 14th in UTC.
    const late = full({ visitedAt: '2026-07-15T00:30:00+02:00' });
    await (await open()).putVisits([late]);
    expect(await store?.visitsBetween('2026-07-15', '2026-07-15')).toHaveLength(1);
    await store?.close();
    const utc = await open('UTC');
    expect(await utc.visitsBetween('2026-07-15', '2026-07-15')).toEqual([]);
    expect(await utc.visitsBetween('2026-07-14', '2026-07-14')).toEqual([late]);
    expect((await utc.summaryOn('2026-07-14')).byHour).toEqual([{ hour: 22, visits: 1 }]);
  });

  it('stores each visit once when two connections write the same batches at once', async () => {
    const s = await open();
    const t = await another();
    const visits = Array.from({ length: 60 }, (_, i) =>
      full({ visitedAt: `2026-11-23T09:${String(i % 60).padStart(2, '0')}:00+01:00` }),
    );
    // Each sends every batch, in the opposite order to the other, and voids half of them after.
    const batches = [visits.slice(0, 20), visits.slice(20, 40), visits.slice(40)];
    const receivedAt = new Date('2026-11-23T11:00:00Z');
    const send = (store: VisitStore, order: Visit[][]) =>
      Promise.all(order.map((batch) => store.putBatches([{ visits: batch, receivedAt }])));
    const [mine, theirs] = await Promise.all([send(s, batches), send(t, [...batches].reverse())]);
    const stored = [...mine, ...theirs]
      .flat()
      .flatMap((outcome) => (outcome.ok ? outcome.result.outcomes : ['failed']));
    expect(stored.filter((o) => o === 'stored')).toHaveLength(60);
    expect(stored.filter((o) => o === 'unchanged')).toHaveLength(60);
    const voids = visits.filter((_, i) => i % 2 === 0).map((v) => ({ ...v, voided: true }));
    const [first, second] = await Promise.all([s.putVisits(voids), t.putVisits(voids)]);
    const voided = [...first.outcomes, ...second.outcomes];
    expect(voided.filter((o) => o === 'voided')).toHaveLength(30);
    expect(voided.filter((o) => o === 'unchanged')).toHaveLength(30);
    const held = await everything(s);
    expect(held).toHaveLength(60);
    expect(new Set(held.map((v) => v.id)).size).toBe(60);
    expect(held.filter((v) => v.voided)).toHaveLength(30);
  });
});
