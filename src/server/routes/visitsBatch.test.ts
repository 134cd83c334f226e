import { describe, expect, it } from 'vitest';
import { ApiError } from '../http/responses';
import {
  batchAnswer,
  COMPILED_VISIT_SCHEMA,
  judgeVisits,
  storeBatch,
  visitsOf,
} from './visitsBatch';
import type { GroupCommit } from '../store/groupCommit';
import { z } from 'zod/mini';
import { parseVisit, VisitSchema, type Visit } from '../../shared/visit';
import { NOW, visit } from '../testing/testApp';

describe('visitsOf', () => {
  it('gives the visits of {"visits": [...]}', () => {
    const v = visit();
    expect(visitsOf({ visits: [v] })).toEqual([v]);
  });

  it.each([[[]], [{}], [null], ['visits'], [{ visits: [] }], [{ visits: {} }]])(
    'refuses %j with a 400',
    (body) => {
      expect(() => visitsOf(body)).toThrow(ApiError);
      try {
        visitsOf(body);
      } catch (error) {
        expect(error).toMatchObject({ status: 400, code: 'invalid_body' });
      }
    },
  );

  it('refuses more than 1000', () => {
    expect(() => visitsOf({ visits: Array.from({ length: 1001 }, () => ({})) })).toThrow(
      /at most 1000/,
    );
    expect(visitsOf({ visits: Array.from({ length: 1000 }, () => ({})) })).toHaveLength(1000);
  });
});

describe('the compiled visit schema', () => {
  it('is compiled, not handed back as it was (which zod does with what it cannot compile)', () => {
    expect(() => z.compile(VisitSchema, { strict: true })).not.toThrow();
  });

  it('judges every visit as the schema does, with the same reasons', () => {
    const base = { ...visit(), kind: 'volunteer', country: null, municipality: null };
    const wrong: Record<string, unknown[]> = {
      id: ['', 'not-a-uuid', base.id.toUpperCase(), '00000000-0000-0000-0000-000000000000', 7],
      visitedAt: ['2026-11-23T09:10:00+01:00', '1999-12-31T23:45:00Z', '2026-02-29T09:00:00Z', 0],
      country: ['DK', 'dk', 'XX', '', 1],
      municipality: ['101', '1010', 'abc', null],
      ageGroup: ['adult', 'child', 'baby', null],
      partyId: [base.partyId, 'x', null],
      deviceId: ['Køkken', '', 'a'.repeat(65), 'door\n1', 5],
      voided: [true, 'false', 0],
      kind: ['visitor', 'volunteer', 'staff', null, undefined],
    };
    const inputs: unknown[] = [null, 'visit', [], 42, {}, base, { ...base, note: 'x' }];
    for (const [field, values] of Object.entries(wrong)) {
      inputs.push(Object.fromEntries(Object.entries(base).filter(([key]) => key !== field)));
      for (const value of values) {
        inputs.push({ ...base, [field]: value });
        inputs.push({ ...base, kind: 'visitor', country: 'TR', [field]: value });
      }
    }
    for (const input of inputs) {
      expect(parseVisit(input, COMPILED_VISIT_SCHEMA), JSON.stringify(input)).toEqual(
        parseVisit(input),
      );
    }
    expect(inputs.filter((input) => parseVisit(input).ok).length).toBeGreaterThan(10);
  });
});

describe('judgeVisits', () => {
  it('accepts valid visits with kind filled in, and rejects the rest with a reason naming the field', () => {
    const good = visit({ kind: undefined });
    const judged = judgeVisits([{ ...visit(), ageGroup: 'baby' }, good, null], NOW);
    expect(judged.accepted).toEqual([{ index: 1, visit: { ...good, kind: 'visitor' } }]);
    expect(judged.rejected).toEqual([
      {
        index: 0,
        rejection: { id: expect.any(String), reason: expect.stringMatching(/^ageGroup /) },
      },
      { index: 2, rejection: { id: null, reason: expect.any(String) } },
    ]);
  });

  it("rejects a visit more than a day after the server's clock", () => {
    const tomorrow = visit({ visitedAt: '2026-11-24T12:00:00+01:00' });
    const dayAfter = visit({ visitedAt: '2026-11-24T12:15:00+01:00' });
    const judged = judgeVisits([tomorrow, dayAfter], NOW);
    expect(judged.accepted.map((a) => a.index)).toEqual([0]);
    expect(judged.rejected[0]?.rejection.reason).toMatch(/^visitedAt .* more than one day/);
  });
});

describe('batchAnswer', () => {
  it('lists the rejections in the order the visits came, conflicts among them', () => {
    const a = visit();
    const b = visit();
    const judged = judgeVisits([a, 'x', b], NOW);
    const answer = batchAnswer(
      judged.rejected,
      judged.accepted.map((accepted) => accepted.index),
      { outcomes: ['stored', 'conflict'], stored: [a.id], conflicts: [b.id] },
    );
    expect(answer).toEqual({
      stored: [a.id],
      rejected: [
        { id: null, reason: expect.any(String) },
        { id: b.id, reason: 'conflict' },
      ],
    });
  });
});

describe('storeBatch', () => {
  it('gives the store only the valid visits, then answers for every visit in its place', async () => {
    const [a, b, c] = [visit(), visit(), visit()];
    const given: Visit[][] = [];
    const writes: GroupCommit = {
      put: (visits) => {
        given.push([...visits]);
        return Promise.resolve({
          outcomes: ['conflict', 'stored', 'unchanged'],
          stored: [b.id, c.id],
          conflicts: [a.id],
        });
      },
    };
    const answer = await storeBatch([a, { ...visit(), ageGroup: 'baby' }, b, c], NOW, writes);
    expect(given.map((visits) => visits.map((v) => v.id))).toEqual([[a.id, b.id, c.id]]);
    expect(answer).toEqual({
      stored: [b.id, c.id],
      rejected: [
        { id: a.id, reason: 'conflict' },
        { id: expect.any(String), reason: expect.stringMatching(/^ageGroup /) },
      ],
    });
  });

  it('fails as the write fails', async () => {
    const writes: GroupCommit = { put: () => Promise.reject(new Error('disk full')) };
    await expect(storeBatch([visit()], NOW, writes)).rejects.toThrow('disk full');
  });
});
