// Our CORS middleware against Hono's own with the same options: every header of every answer the
// same, for preflights and requests, from a listed origin, the server's own, another and none.
import { Hono, type MiddlewareHandler } from 'hono';
import { cors as honoCors } from 'hono/cors';
import { describe, expect, it } from 'vitest';
import { cors, type CorsOptions } from './cors';

const options: CorsOptions = {
  origin: (origin, c) =>
    origin === 'https://kiosk.example.dk' || origin === new URL(c.req.url).origin ? origin : null,
  allowMethods: ['GET', 'POST', 'OPTIONS'],
  allowHeaders: ['Authorization', 'Content-Type'],
  exposeHeaders: ['Content-Disposition', 'Retry-After'],
  maxAge: 600,
};

function appWith(middleware: MiddlewareHandler): Hono {
  const app = new Hono();
  app.use('/api/*', middleware);
  app.use('/api/*', async (c, next) => {
    c.header('RateLimit-Limit', '600');
    await next();
  });
  app.get('/api/json', (c) => c.json({ ok: true }));
  app.post('/api/created', (c) => c.json({ stored: [] }, 201, { 'X-Extra': 'yes' }));
  app.get('/api/csv', (c) =>
    c.body('a;b\n', 200, { 'Content-Type': 'text/csv', 'Content-Disposition': 'attachment' }),
  );
  app.get('/api/fails', () => {
    throw new Error('broken');
  });
  app.all('/api/*', (c) => c.json({ code: 'not_found' }, 404));
  app.onError((_error, c) => c.json({ code: 'internal_error' }, 500));
  return app;
}

const ours = appWith(cors(options));
const hono = appWith(
  honoCors({
    ...options,
    allowMethods: [...options.allowMethods],
    allowHeaders: [...options.allowHeaders],
    exposeHeaders: [...options.exposeHeaders],
  }),
);

async function answer(app: Hono, path: string, init: RequestInit) {
  const response = await app.request(`http://localhost${path}`, init);
  const headers: [string, string][] = [];
  response.headers.forEach((value, name) => headers.push([name, value]));
  return {
    status: response.status,
    headers,
    body: await response.text(),
  };
}

describe('cors', () => {
  const origins = [
    undefined,
    'https://kiosk.example.dk',
    'http://localhost',
    'https://evil.example',
  ];
  const requests: [string, RequestInit][] = [];
  for (const origin of origins) {
    const from: Record<string, string> = origin ? { Origin: origin } : {};
    requests.push(
      ['/api/json', { headers: from }],
      ['/api/created', { method: 'POST', headers: from, body: '{}' }],
      ['/api/csv', { headers: from }],
      ['/api/fails', { headers: from }],
      ['/api/nowhere', { headers: from }],
      [
        '/api/created',
        {
          method: 'OPTIONS',
          headers: {
            ...from,
            'Access-Control-Request-Method': 'POST',
            'Access-Control-Request-Headers': 'authorization, content-type',
          },
        },
      ],
    );
  }

  it.each(requests)('answers %s as Hono’s cors does', async (path, init) => {
    expect(await answer(ours, path, init)).toEqual(await answer(hono, path, init));
  });
});
