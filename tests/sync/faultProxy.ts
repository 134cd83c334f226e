// A small HTTP proxy between the tablet's code and the real server that misbehaves on request: it
// can be down (connection refused), answer a status itself (with an API error body, or with a page
// of its own as a proxy or captive portal does), pass a request on and then lose the answer after
// the server committed, or hold the answer past the client's timeout. It also notes every POST of
// visits it saw and how many were in flight at once.
import { createServer } from 'node:http';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';

export type Fault =
  /** Passed on and answered as the server answered. */
  | { kind: 'pass' }
  /** Answered by the proxy with this status and an API error body; the server never sees it. */
  | { kind: 'status'; status: number; headers?: Record<string, string> }
  /** Answered by the proxy with this status and an HTML page of its own, not the API's body. */
  | { kind: 'page'; status: number }
  /** Passed on; once the server has answered (and so committed), the connection is cut. */
  | { kind: 'drop-after-commit' }
  /** Passed on; the answer is held this long before it is sent (if the client still waits). */
  | { kind: 'slow'; ms: number };

export interface PostSeen {
  ids: string[];
  voided: boolean[];
  fault: Fault['kind'];
  /** The status the client got, or null when it got none. */
  status: number | null;
}

export interface FaultProxy {
  url: string;
  /** Faults for the next POSTs of visits, one each in order; after them every POST passes. */
  plan(...faults: Fault[]): void;
  /** A wait added to every passed POST, so that requests overlap when they can. */
  delayMs: number;
  /** Runs before a POST is passed on (after its body was read). */
  beforeForward: ((ids: string[]) => Promise<void>) | null;
  /** Refuses connections until up(). */
  down(): Promise<void>;
  up(): Promise<void>;
  readonly posts: PostSeen[];
  readonly inFlight: number;
  readonly maxInFlight: number;
  close(): Promise<void>;
}

const API_ERRORS: Record<number, { error: string; code: string }> = {
  401: {
    error:
      'The token is not right: pair the tablet again, or check the token printed when the server started.',
    code: 'unauthorized',
  },
  429: { error: 'Too many requests; wait a moment.', code: 'rate_limited' },
  500: { error: 'Something went wrong on the server.', code: 'internal_error' },
  503: { error: 'The server is restarting.', code: 'internal_error' },
};

function readBody(request: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => resolve(Buffer.concat(chunks)));
    request.on('error', reject);
  });
}

function visitsOf(body: Buffer): { ids: string[]; voided: boolean[] } {
  try {
    const parsed = JSON.parse(body.toString('utf8')) as {
      visits?: { id: string; voided: boolean }[];
    };
    const visits = parsed.visits ?? [];
    return { ids: visits.map((v) => v.id), voided: visits.map((v) => v.voided) };
  } catch {
    return { ids: [], voided: [] };
  }
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export async function startFaultProxy(target: string): Promise<FaultProxy> {
  const faults: Fault[] = [];
  const sockets = new Set<Socket>();
  const posts: PostSeen[] = [];
  let inFlight = 0;
  let maxInFlight = 0;
  let port = 0;

  const proxy: FaultProxy = {
    url: '',
    delayMs: 0,
    beforeForward: null,
    plan: (...next) => void faults.push(...next),
    down: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        for (const socket of sockets) socket.destroy();
      }),
    up: () => new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve)),
    posts,
    get inFlight() {
      return inFlight;
    },
    get maxInFlight() {
      return maxInFlight;
    },
    close: async () => {
      if (server.listening) await proxy.down();
    },
  };

  async function forward(request: IncomingMessage, body: Buffer): Promise<Response> {
    const headers: Record<string, string> = {};
    for (const name of ['authorization', 'content-type', 'accept']) {
      const value = request.headers[name];
      if (typeof value === 'string') headers[name] = value;
    }
    return fetch(`${target}${request.url ?? '/'}`, {
      method: request.method ?? 'GET',
      headers,
      ...(body.length > 0 ? { body: body.toString('utf8') } : {}),
    });
  }

  async function answer(response: ServerResponse, from: Response): Promise<void> {
    const text = await from.text();
    const headers: Record<string, string> = {};
    for (const name of ['content-type', 'retry-after', 'www-authenticate']) {
      const value = from.headers.get(name);
      if (value !== null) headers[name] = value;
    }
    response.writeHead(from.status, headers).end(text);
  }

  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const body = await readBody(request);
    const isPost = request.method === 'POST' && request.url === '/api/v1/visits';
    if (!isPost) {
      await answer(response, await forward(request, body));
      return;
    }
    const fault = faults.shift() ?? { kind: 'pass' };
    const seen: PostSeen = { ...visitsOf(body), fault: fault.kind, status: null };
    posts.push(seen);
    inFlight += 1;
    maxInFlight = Math.max(maxInFlight, inFlight);
    response.on('close', () => {
      inFlight -= 1;
    });

    if (fault.kind === 'page') {
      response
        .writeHead(fault.status, { 'content-type': 'text/html; charset=utf-8' })
        .end(`<html><body><h1>${fault.status} Bad Request</h1><p>nginx</p></body></html>`);
      seen.status = fault.status;
      return;
    }
    if (fault.kind === 'status') {
      const error = API_ERRORS[fault.status] ?? { error: 'Failed.', code: 'failed' };
      response
        .writeHead(fault.status, { 'content-type': 'application/json', ...fault.headers })
        .end(JSON.stringify(error));
      seen.status = fault.status;
      return;
    }
    if (proxy.beforeForward) await proxy.beforeForward(seen.ids);
    const answered = await forward(request, body);
    if (fault.kind === 'drop-after-commit') {
      await answered.arrayBuffer();
      request.socket.destroy();
      return;
    }
    const hold = (fault.kind === 'slow' ? fault.ms : 0) + proxy.delayMs;
    if (hold > 0) await sleep(hold);
    if (response.destroyed || request.socket.destroyed) {
      await answered.arrayBuffer();
      return;
    }
    seen.status = answered.status;
    await answer(response, answered);
  }

  const server = createServer((request, response) => {
    handle(request, response).catch(() => {
      if (!response.headersSent) response.writeHead(502).end();
      else response.destroy();
    });
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.address() as AddressInfo).port;
  proxy.url = `http://127.0.0.1:${port}`;
  return proxy;
}
