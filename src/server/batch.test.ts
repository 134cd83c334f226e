import { describe, expect, it } from 'vitest';
import { ApiError } from './http';
import { batchAnswer, judgeVisits, visitsOf } from './batch';
import { NOW, visit } from './testing/testApp';

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
    const answer = batchAnswer(judged, {
      outcomes: ['stored', 'conflict'],
      stored: [a.id],
      conflicts: [b.id],
    });
    expect(answer).toEqual({
      stored: [a.id],
      rejected: [
        { id: null, reason: expect.any(String) },
        { id: b.id, reason: 'conflict' },
      ],
    });
  });
});
