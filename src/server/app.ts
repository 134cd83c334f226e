// The HTTP surface: the sync API under /api/v1 and the built kiosk app at /.
// Routing, static files and headers come from Hono; this file only wires them.
import { Hono } from 'hono';
import { serveStatic } from '@hono/node-server/serve-static';
import { relative } from 'node:path';
import { PACKAGE_VERSION } from './version';

export interface AppOptions {
  /** Folder of the built app (vite build output). */
  distDir: string;
}

export function createApp({ distDir }: AppOptions): Hono {
  const app = new Hono();
  const root = relative(process.cwd(), distDir) || '.';

  app.get('/api/v1/health', (c) => c.json({ status: 'ok', version: PACKAGE_VERSION }));
  app.all('/api/*', (c) =>
    c.json({ error: 'There is no such address in the Velkommen API.', code: 'not_found' }, 404),
  );

  // The service worker and the page that registers it must never be served stale,
  // or a tablet could keep an old version for days.
  app.use('*', async (c, next) => {
    await next();
    const path = c.req.path;
    if (path === '/' || path.endsWith('.html') || path === '/sw.js' || path.endsWith('.webmanifest')) {
      c.header('Cache-Control', 'no-cache');
    } else if (path.startsWith('/assets/')) {
      c.header('Cache-Control', 'public, max-age=31536000, immutable');
    }
  });
  app.use('*', serveStatic({ root }));
  // Any other path is a place inside the app: give it the app and let it route.
  app.get('*', serveStatic({ root, path: 'index.html' }));
  return app;
}
