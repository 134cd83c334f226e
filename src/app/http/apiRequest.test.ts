import { describe, expect, it, vi } from 'vitest';
import { ROUTES } from '../../shared/api/routes';
import { apiBlob, apiJson } from './apiRequest';

const CONNECTION = { endpoint: 'https://velkommen.example.dk/', token: 'kiosk-token-0123456789' };

function json(body: unknown, status = 200, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'Content-Type': 'application/json', ...headers },
  });
}

/** A fetch that never answers, and rejects as a browser's does when its signal aborts. */
const hanging: typeof fetch = (_input, init) =>
  new Promise<Response>((_resolve, reject) => {
    init?.signal?.addEventListener('abort', () => reject(new DOMException('', 'AbortError')));
  });

/** A 200 whose headers arrive at once and whose body starts but never ends. */
function halfAnswer(): Response {
  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(new TextEncoder().encode('{"stored": ['));
    },
  });
  return new Response(body, { status: 200, headers: { 'Content-Type': 'application/json' } });
}

describe('apiJson', () => {
  it('sends the JSON body with the bearer token to the route under the endpoint', async () => {
    const fetch = vi.fn(async (_input: RequestInfo | URL, _init?: RequestInit) => json({ a: 1 }));
    const clock = [1_000, 1_250];
    const outcome = await apiJson(CONNECTION, {
      route: ROUTES.visits,
      json: { visits: [] },
      fetch,
      now: () => clock.shift() ?? NaN,
    });

    // When it was sent and when the answer was read, for setting the server's clock beside.
    expect(outcome).toEqual({
      kind: 'ok',
      status: 200,
      body: { a: 1 },
      timing: { sentAt: 1_000, answeredAt: 1_250 },
    });
    const [url, init] = fetch.mock.calls[0] ?? [];
    expect(url).toBe('https://velkommen.example.dk/api/v1/visits');
    expect(init?.method).toBe('POST');
    const headers = new Headers(init?.headers);
    expect(headers.get('Authorization')).toBe('Bearer kiosk-token-0123456789');
    expect(headers.get('Content-Type')).toBe('application/json');
    expect(JSON.parse(String(init?.body))).toEqual({ visits: [] });
  });

  it('asks with GET and the query, leaving out what is undefined', async () => {
    const fetch = vi.fn(async (_input: RequestInfo | URL, _init?: RequestInit) => json({}));
    await apiJson(CONNECTION, {
      route: ROUTES.summary,
      query: { date: '2026-11-23', device: undefined },
      fetch,
    });

    const [url, init] = fetch.mock.calls[0] ?? [];
    expect(url).toBe('https://velkommen.example.dk/api/v1/summary?date=2026-11-23');
    expect(init?.method).toBe('GET');
    expect(init?.body).toBeUndefined();
  });

  it('times out while the answer is still being read, not only while waiting for it', async () => {
    const outcome = await apiJson(CONNECTION, {
      route: ROUTES.visits,
      json: { visits: [] },
      timeoutMs: 30,
      fetch: async () => halfAnswer(),
    });

    expect(outcome).toEqual({ kind: 'timeout', timeoutMs: 30 });
  });

  it('says stopped when the signal stops it mid-request, and asks nobody once stopped', async () => {
    const stop = new AbortController();
    const pending = apiJson(CONNECTION, {
      route: ROUTES.health,
      signal: stop.signal,
      fetch: hanging,
    });
    stop.abort();
    expect(await pending).toEqual({ kind: 'stopped' });

    const fetch = vi.fn(hanging);
    expect(await apiJson(CONNECTION, { route: ROUTES.health, signal: stop.signal, fetch })).toEqual(
      { kind: 'stopped' },
    );
    expect(fetch).not.toHaveBeenCalled();
  });

  it('gives the API’s own sentence when it refuses', async () => {
    const outcome = await apiJson(CONNECTION, {
      route: ROUTES.visits,
      json: { visits: [] },
      fetch: async () => json({ error: '  visits is empty. ', code: 'invalid_body' }, 400),
    });

    expect(outcome).toEqual({
      kind: 'refused',
      status: 400,
      sentence: 'visits is empty.',
      code: 'invalid_body',
      retryAfter: null,
    });
  });

  it('gives no sentence for a proxy’s HTML page', async () => {
    const outcome = await apiJson(CONNECTION, {
      route: ROUTES.visits,
      json: { visits: [] },
      fetch: async () =>
        new Response('<html><body>Bad Request</body></html>', {
          status: 400,
          headers: { 'Content-Type': 'text/html' },
        }),
    });

    expect(outcome).toMatchObject({ kind: 'refused', status: 400, sentence: null, code: null });
  });

  it('gives a code only for the API’s own error body, not for anything else with a sentence', async () => {
    for (const body of [
      { error: 'Bad gateway.', code: 502 },
      { error: 'Bad request.', code: 'BAD_REQUEST' },
      { error: 'Bad request.' },
    ]) {
      const outcome = await apiJson(CONNECTION, {
        route: ROUTES.visits,
        json: { visits: [] },
        fetch: async () => json(body, 400),
      });
      expect(outcome, JSON.stringify(body)).toMatchObject({ kind: 'refused', code: null });
    }
  });

  it('passes Retry-After on as the server wrote it', async () => {
    const outcome = await apiJson(CONNECTION, {
      route: ROUTES.visits,
      json: { visits: [] },
      fetch: async () =>
        json({ error: 'Slow down.', code: 'rate_limited' }, 429, { 'Retry-After': '120' }),
    });

    expect(outcome).toEqual({
      kind: 'refused',
      status: 429,
      sentence: 'Slow down.',
      code: 'rate_limited',
      retryAfter: '120',
    });
  });

  it('reports a network failure with the browser’s words', async () => {
    const outcome = await apiJson(CONNECTION, {
      route: ROUTES.health,
      fetch: async () => {
        throw new TypeError('Failed to fetch');
      },
    });

    expect(outcome).toEqual({ kind: 'network', message: 'Failed to fetch' });
  });

  it('calls a 2xx it cannot read unreadable', async () => {
    const outcome = await apiJson(CONNECTION, {
      route: ROUTES.health,
      fetch: async () => new Response('<html>Welcome to the hotel wifi</html>'),
    });

    expect(outcome).toEqual({ kind: 'unreadable', status: 200 });
  });
});

describe('apiBlob', () => {
  it('gives a 2xx body as a file', async () => {
    const outcome = await apiBlob(CONNECTION, {
      route: ROUTES.report,
      query: { format: 'csv' },
      fetch: async () =>
        new Response('a;b\r\n1;2\r\n', { headers: { 'Content-Type': 'text/csv' } }),
    });

    expect(outcome.kind).toBe('ok');
    if (outcome.kind !== 'ok') return;
    expect(await outcome.body.text()).toBe('a;b\r\n1;2\r\n');
  });
});
