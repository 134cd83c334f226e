import { describe, expect, it } from 'vitest';
import type { Visit } from '../../shared/visit';
import { postVisits } from './client';

const visit: Visit = {
  id: '0f8fad5b-d9cb-469f-a165-70867728950e',
  visitedAt: '2026-11-23T09:15:00+01:00',
  country: 'TR',
  municipality: '165',
  ageGroup: 'adult',
  partyId: '7c9e6679-7425-40de-944b-e07fc1f90ae7',
  deviceId: 'door-1',
  voided: false,
  kind: 'visitor',
};

function json(body: unknown, status = 200, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'Content-Type': 'application/json', ...headers },
  });
}

function post(
  fetch: typeof globalThis.fetch,
  extra: { timeoutMs?: number; signal?: AbortSignal } = {},
) {
  return postVisits({
    endpoint: 'https://velkommen.example.dk/',
    token: 'kiosk-token-0123456789',
    visits: [visit],
    fetch,
    now: () => Date.parse('2026-11-23T09:00:00Z'),
    ...extra,
  });
}

describe('postVisits', () => {
  it('posts the visits as JSON with the bearer token to /api/v1/visits', async () => {
    let seen: { url: string; init: RequestInit | undefined } | undefined;
    const outcome = await post(async (input, init) => {
      seen = { url: String(input), init };
      return json({ stored: [visit.id], rejected: [] });
    });
    expect(outcome).toEqual({
      kind: 'answered',
      answer: { stored: [visit.id], rejected: [] },
      news: { clock: null, timeZone: null },
    });
    expect(seen?.url).toBe('https://velkommen.example.dk/api/v1/visits');
    expect(seen?.init?.method).toBe('POST');
    const headers = new Headers(seen?.init?.headers);
    expect(headers.get('Authorization')).toBe('Bearer kiosk-token-0123456789');
    expect(headers.get('Content-Type')).toBe('application/json');
    expect(JSON.parse(String(seen?.init?.body))).toEqual({ visits: [visit] });
  });

  it('counts a 200 with another body as a failed attempt', async () => {
    for (const body of [
      { ok: true },
      { stored: 'all', rejected: [] },
      { stored: [], rejected: [{ id: 5 }] },
    ]) {
      const outcome = await post(async () => json(body));
      expect(outcome).toMatchObject({ kind: 'retry', code: 'bad-response' });
    }
    const html = await post(async () => new Response('<html>Welcome to the hotel wifi</html>'));
    expect(html).toMatchObject({ kind: 'retry', code: 'bad-response' });
  });

  it('pauses on 401 and 403, saying to pair the tablet again', async () => {
    const unauthorized = await post(async () =>
      json({ error: 'The token is not right.', code: 'unauthorized' }, 401),
    );
    expect(unauthorized).toMatchObject({ kind: 'unauthorized', status: 401, code: 'unauthorized' });
    expect(unauthorized.kind === 'unauthorized' && unauthorized.message).toMatch(
      /pair the tablet again/,
    );
    expect(await post(async () => json({}, 403))).toMatchObject({
      kind: 'unauthorized',
      code: 'forbidden',
    });
  });

  it('treats 400 and 413 as a batch the server refused, with its sentence', async () => {
    expect(
      await post(async () => json({ error: 'visits is empty.', code: 'invalid_body' }, 400)),
    ).toEqual({ kind: 'bad-batch', status: 400, message: 'visits is empty.', serversOwn: true });
    expect(
      await post(async () => json({ error: 'Too big.', code: 'body_too_large' }, 413)),
    ).toMatchObject({ kind: 'bad-batch', status: 413, serversOwn: true });
  });

  it('never takes a 400 that is not the API’s error body for the server’s judgement', async () => {
    for (const answer of [
      new Response('<html><body>400 Bad Request</body></html>', { status: 400 }),
      json({ message: 'Bad Request' }, 400),
      json({ error: 'Bad Request', code: 400 }, 400),
    ]) {
      expect(await post(async () => answer.clone())).toMatchObject({
        kind: 'retry',
        code: 'in-between',
      });
    }
    // A 413 from something in between may still pass in smaller batches, but refuses nothing.
    expect(await post(async () => new Response('too big', { status: 413 }))).toMatchObject({
      kind: 'bad-batch',
      status: 413,
      serversOwn: false,
    });
  });

  it('sends the tablet’s own id with the visits, and reads the server’s clock and zone', async () => {
    let body: unknown;
    const device = '3b241101-e2bb-4255-8caf-4136c566a962';
    const clock = [Date.parse('2026-11-23T09:00:00Z'), Date.parse('2026-11-23T09:00:02Z')];
    const outcome = await postVisits({
      endpoint: 'https://velkommen.example.dk',
      token: 'kiosk-token-0123456789',
      visits: [visit],
      device,
      now: () => clock.shift() ?? Date.parse('2026-11-23T09:00:02Z'),
      fetch: async (_input, init) => {
        body = JSON.parse(String(init?.body));
        return json({
          stored: [visit.id],
          rejected: [],
          serverTime: '2026-11-22T09:00:01.000Z',
          timeZone: 'America/New_York',
        });
      },
    });
    expect(body).toEqual({ visits: [visit], device });
    expect(outcome).toMatchObject({
      kind: 'answered',
      news: {
        // The tablet's clock halfway through the exchange, beside the server's: a day ahead.
        clock: {
          tabletAt: Date.parse('2026-11-23T09:00:01Z'),
          serverAt: Date.parse('2026-11-22T09:00:01Z'),
        },
        timeZone: 'America/New_York',
      },
    });
  });

  it('drops a clock or zone it cannot read, keeping the answer', async () => {
    const outcome = await post(async () =>
      json({ stored: [visit.id], rejected: [], serverTime: 'noon', timeZone: 'Mars/Olympus' }),
    );
    expect(outcome).toMatchObject({
      kind: 'answered',
      answer: { stored: [visit.id] },
      news: { clock: null, timeZone: null },
    });
  });

  it('retries on 408, 429 and 5xx, honouring Retry-After in seconds or as a date', async () => {
    expect(await post(async () => json({}, 503, { 'Retry-After': '30' }))).toMatchObject({
      kind: 'retry',
      code: 'server',
      retryAfterMs: 30_000,
    });
    expect(
      await post(async () => json({}, 429, { 'Retry-After': 'Mon, 23 Nov 2026 09:02:00 GMT' })),
    ).toMatchObject({ kind: 'retry', code: 'rate-limited', retryAfterMs: 120_000 });
    expect(await post(async () => json({}, 408))).toMatchObject({ kind: 'retry', code: 'server' });
    expect(await post(async () => json({}, 500))).toMatchObject({
      kind: 'retry',
      retryAfterMs: null,
    });
  });

  it('keeps trying slowly on other refusals, such as a wrong address', async () => {
    expect(await post(async () => json({}, 404))).toMatchObject({ kind: 'retry', code: 'refused' });
  });

  it('reports a network failure as worth another try', async () => {
    const outcome = await post(async () => {
      throw new TypeError('fetch failed');
    });
    expect(outcome).toMatchObject({ kind: 'retry', code: 'network' });
  });

  it('gives up on a server slower than the timeout', async () => {
    const outcome = await post(
      (_input, init) =>
        new Promise<Response>((_resolve, reject) => {
          init?.signal?.addEventListener('abort', () => reject(new DOMException('', 'AbortError')));
        }),
      { timeoutMs: 20 },
    );
    expect(outcome).toMatchObject({ kind: 'retry', code: 'timeout' });
  });

  it('says stopped, not failed, when the loop stops mid-request', async () => {
    const stop = new AbortController();
    const pending = post(
      (_input, init) =>
        new Promise<Response>((_resolve, reject) => {
          init?.signal?.addEventListener('abort', () => reject(new DOMException('', 'AbortError')));
        }),
      { signal: stop.signal },
    );
    stop.abort();
    expect(await pending).toEqual({ kind: 'stopped' });
  });

  it('reads an answer with rejections with or without an id', async () => {
    const answer = {
      stored: ['a'],
      rejected: [
        { id: null, reason: 'A visit must be a JSON object.' },
        { id: 'b', reason: 'conflict' },
      ],
    };
    expect(await post(async () => json(answer))).toMatchObject({ kind: 'answered', answer });
  });

  it('counts any other shape of answer as a failed attempt', async () => {
    for (const body of [
      null,
      [],
      { stored: ['a'] },
      { stored: [1], rejected: [] },
      { stored: [], rejected: [{ id: 'a' }] },
    ]) {
      expect(await post(async () => json(body))).toMatchObject({
        kind: 'retry',
        code: 'bad-response',
      });
    }
  });

  it('adds the API path once to an endpoint that has a path of its own', async () => {
    let url = '';
    await postVisits({
      endpoint: 'https://a.example/velkommen/',
      token: 'kiosk-token-0123456789',
      visits: [visit],
      fetch: async (input) => {
        url = String(input);
        return json({ stored: [visit.id], rejected: [] });
      },
    });
    expect(url).toBe('https://a.example/velkommen/api/v1/visits');
  });
});
