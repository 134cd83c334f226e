// The floor of the server under load: the same framework on the same node, with one route that
// only parses the body and answers with the ids it was sent, so the load's p99 can be read as a
// multiple of what parsing the same requests costs on this machine. Run as a process of its own by
// loadServer.ts; it prints its port as the real server does.
import { serve } from '@hono/node-server';
import { Hono } from 'hono';

const app = new Hono();
app.post('/api/v1/visits', async (c) => {
  const body: unknown = await c.req.json();
  const visits: unknown = Reflect.get(Object(body), 'visits');
  const stored = Array.isArray(visits)
    ? visits.map((visit: unknown) => String(Reflect.get(Object(visit), 'id')))
    : [];
  return c.json({ stored });
});

const server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, (info) => {
  console.log(`Velkommen is running at http://127.0.0.1:${info.port}`);
});
process.on('SIGTERM', () => server.close());
