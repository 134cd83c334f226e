import { describe, expect, it, vi } from 'vitest';
import { z } from 'zod/mini';
import { MAX_VISITS_PER_REQUEST } from '../../shared/api/routes';
import { ApiProblem } from './api';
import { batches, loadUnsentVisits, rejectionReasons } from './unsentVisits';

const connection = { endpoint: 'https://velkommen.example', token: 'coordinator-token' };

describe('batches', () => {
  it('cuts a list into batches of at most 1000, in order', () => {
    const items = Array.from({ length: 2500 }, (_, i) => i);
    const cut = batches(items);
    expect(cut.map((b) => b.length)).toEqual([1000, 1000, 500]);
    expect(cut.flat()).toEqual(items);
    expect(batches([])).toEqual([]);
    expect(MAX_VISITS_PER_REQUEST).toBe(1000);
  });
});

const SentBatch = z.object({ visits: z.array(z.object({ id: z.string() })) });

function answering(answer: (visits: { id: string }[]) => Response) {
  return vi.fn(async (_url: string | URL | Request, init?: RequestInit) => {
    const body = SentBatch.parse(JSON.parse(String(init?.body)));
    return answer(body.visits);
  });
}

describe('loadUnsentVisits', () => {
  it('sends every visit in batches of at most 1000 with the coordinator token and adds up the answers', async () => {
    const visits = Array.from({ length: 2001 }, (_, i) => ({ id: `v${i}` }));
    const fetch = answering((sent) =>
      Response.json({
        stored: sent.filter((v) => v.id !== 'v7').map((v) => v.id),
        rejected: sent.filter((v) => v.id === 'v7').map((v) => ({ id: v.id, reason: 'conflict' })),
      }),
    );
    const progress: number[] = [];
    const result = await loadUnsentVisits(connection, visits, {
      fetch,
      onProgress: (r) => progress.push(r.sent),
    });
    expect(result).toEqual({
      total: 2001,
      sent: 2001,
      stored: 2000,
      rejected: [{ id: 'v7', reason: 'conflict' }],
      problem: null,
    });
    expect(progress).toEqual([1000, 2000, 2001]);
    expect(fetch).toHaveBeenCalledTimes(3);
    const [url, init] = fetch.mock.calls[0] ?? [];
    expect(url).toBe('https://velkommen.example/api/v1/visits');
    expect(init?.method).toBe('POST');
    expect(init?.headers).toMatchObject({
      Authorization: 'Bearer coordinator-token',
      'Content-Type': 'application/json',
    });
  });

  it('stops at a batch the server refuses and says why', async () => {
    const visits = Array.from({ length: 1500 }, (_, i) => ({ id: `v${i}` }));
    let calls = 0;
    const fetch = answering((sent) => {
      calls += 1;
      return calls === 1
        ? Response.json({ stored: sent.map((v) => v.id), rejected: [] })
        : Response.json({ error: 'Wrong token.', code: 'unauthorized' }, { status: 401 });
    });
    const result = await loadUnsentVisits(connection, visits, { fetch });
    expect(result).toMatchObject({ total: 1500, sent: 1000, stored: 1000, rejected: [] });
    expect(result.problem).toBeInstanceOf(ApiProblem);
    expect(result.problem).toMatchObject({ kind: 'unauthorized', detail: 'Wrong token.' });
  });

  it('names a network failure', async () => {
    const fetch = vi.fn(() => Promise.reject(new TypeError('Failed to fetch')));
    const result = await loadUnsentVisits(connection, [{ id: 'a' }], { fetch });
    expect(result.problem).toMatchObject({ kind: 'network', detail: 'Failed to fetch' });
    expect(result.sent).toBe(0);
  });
});

describe('rejectionReasons', () => {
  it('groups the refusals by reason, most frequent first', () => {
    expect(
      rejectionReasons([
        { id: 'a', reason: 'conflict' },
        { id: 'b', reason: 'visitedAt: not a quarter hour' },
        { id: 'c', reason: 'conflict' },
        { id: null, reason: 'not an object' },
      ]),
    ).toEqual([
      { reason: 'conflict', count: 2 },
      { reason: 'not an object', count: 1 },
      { reason: 'visitedAt: not a quarter hour', count: 1 },
    ]);
  });
});
