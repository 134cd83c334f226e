// Starts and stops the HTTP server. Used by main.ts and by the tests, which run the real server
// in-process on a free port. Given no database, it keeps visits in memory only and makes tokens
// for this run, which is all a browser test needs.
import { serve } from '@hono/node-server';
import { Server, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createApp, type AppOptions } from './app';
import { openStore } from './store/open';
import type { VisitStore } from './store/VisitStore';
import { loadOrCreateTokens, makeToken, type Tokens } from './auth/tokens';
import { oneEachTurn } from './turns';
import { CENTRE_TIME_ZONE } from '../shared/time';

export interface StartOptions extends Omit<AppOptions, 'store' | 'tokens'> {
  port: number;
  /** Default 0.0.0.0, every interface. */
  hostname?: string;
  /** The store to use; when absent one is opened at dbPath and closed with the server. */
  store?: VisitStore;
  /** SQLite file for a store opened here; default ':memory:' (nothing kept). */
  dbPath?: string;
  /** A PostgreSQL database for a store opened here, instead of the SQLite file. */
  databaseUrl?: string;
  /** Time zone of a store opened here; default Europe/Copenhagen. */
  timeZone?: string;
  /**
   * Tokens to use. A missing one is made: kept beside dbPath when one is given (and reused next
   * time), else for this run only.
   */
  tokens?: Partial<Tokens>;
  /** How long close() lets open requests run before cutting them off; default 10 s. */
  closeTimeoutMs?: number;
}

export interface RunningServer {
  url: string;
  port: number;
  tokens: Tokens;
  store: VisitStore;
  /**
   * Stops taking connections, lets in-flight requests finish, then closes the store if it
   * opened it, and resolves.
   */
  close(): Promise<void>;
}

export async function startServer(options: StartOptions): Promise<RunningServer> {
  const ownStore = options.store === undefined;
  const store =
    options.store ??
    (await openStore({
      dbPath: options.dbPath ?? ':memory:',
      ...(options.databaseUrl === undefined ? {} : { databaseUrl: options.databaseUrl }),
      timeZone: options.timeZone ?? CENTRE_TIME_ZONE,
    }));
  try {
    const tokens =
      options.dbPath === undefined || options.dbPath === ':memory:'
        ? {
            kiosk: options.tokens?.kiosk ?? makeToken(),
            coordinator: options.tokens?.coordinator ?? makeToken(),
          }
        : loadOrCreateTokens(options.dbPath, options.tokens);
    const chosen: Tokens = { kiosk: tokens.kiosk, coordinator: tokens.coordinator };
    const app = createApp({ ...options, store, tokens: chosen });
    // Each request starts in a turn of the event loop of its own (see turns.ts).
    const listening = await listen(oneEachTurn(app.fetch), options, async () => {
      if (ownStore) await store.close();
    });
    return { ...listening, tokens: chosen, store };
  } catch (error) {
    if (ownStore) await store.close();
    throw error;
  }
}

type Fetch = Parameters<typeof serve>[0]['fetch'];

function listen(
  fetch: Fetch,
  options: StartOptions,
  afterClose: () => Promise<void>,
): Promise<{ url: string; port: number; close(): Promise<void> }> {
  return new Promise((resolve, reject) => {
    let closing: Promise<void> | undefined;
    // Responses being written, so that once closing they can say "Connection: close" and the
    // client's keep-alive connection does not hold the server open until it times out.
    const open = new Set<ServerResponse>();
    const server = serve(
      { fetch, port: options.port, hostname: options.hostname ?? '0.0.0.0' },
      (info: AddressInfo) => {
        // An IPv6 address goes in brackets in a URL: http://[::1]:8080.
        const host =
          info.address === '0.0.0.0' || info.address === '::'
            ? 'localhost'
            : info.family === 'IPv6'
              ? `[${info.address}]`
              : info.address;
        resolve({
          url: `http://${host}:${info.port}`,
          port: info.port,
          close: () => {
            closing ??= new Promise<void>((done, fail) => {
              for (const response of open) response.shouldKeepAlive = false;
              // A request that has not finished by then is cut off so the process can stop.
              const cutOff = setTimeout(() => {
                if (server instanceof Server) server.closeAllConnections();
              }, options.closeTimeoutMs ?? 10_000);
              cutOff.unref();
              server.close((error) => {
                clearTimeout(cutOff);
                if (error) fail(error);
                else afterClose().then(done, fail);
              });
              if (server instanceof Server) server.closeIdleConnections();
            });
            return closing;
          },
        });
      },
    );
    if (server instanceof Server) {
      server.on('request', (_request: IncomingMessage, response: ServerResponse) => {
        if (closing) response.shouldKeepAlive = false;
        open.add(response);
        response.on('close', () => open.delete(response));
      });
    }
    server.once('error', reject);
  });
}
