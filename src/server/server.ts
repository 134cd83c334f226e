// Starts and stops the HTTP server. Used by main.ts and by the tests, which run the
// real server in-process on a free port.
import { serve } from '@hono/node-server';
import type { AddressInfo } from 'node:net';
import { createApp, type AppOptions } from './app';

export interface StartOptions extends AppOptions {
  port: number;
  hostname?: string;
}

export interface RunningServer {
  url: string;
  /** Stops taking connections, lets in-flight requests finish, then resolves. */
  close(): Promise<void>;
}

export function startServer(options: StartOptions): Promise<RunningServer> {
  const app = createApp(options);
  return new Promise((resolve, reject) => {
    const server = serve(
      { fetch: app.fetch, port: options.port, hostname: options.hostname ?? '0.0.0.0' },
      (info: AddressInfo) => {
        const host = info.address === '0.0.0.0' || info.address === '::' ? 'localhost' : info.address;
        resolve({
          url: `http://${host}:${info.port}`,
          close: () =>
            new Promise<void>((done, fail) => {
              server.close((error) => (error ? fail(error) : done()));
              if ('closeIdleConnections' in server) server.closeIdleConnections();
            }),
        });
      },
    );
    server.once('error', reject);
  });
}
