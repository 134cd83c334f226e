// express-pouchdb on 127.0.0.1 as the other side of the PouchDB comparison: the usual way to put
// a CouchDB-compatible endpoint in a Node server. It keeps documents in memory (memdown), which
// only flatters PouchDB next to our server's SQLite file with synchronous=FULL. The bench page
// comes from another origin, so the answers carry CORS headers as a CouchDB set up for it would.
import expressPouchDB from 'express-pouchdb';
import PouchDB from 'pouchdb-core';
import memoryAdapter from 'pouchdb-adapter-memory';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface PouchServer {
  url: string;
  close(): Promise<void>;
}

function allowCors(request: IncomingMessage, response: ServerResponse): boolean {
  const origin = request.headers.origin;
  if (origin !== undefined) {
    response.setHeader('Access-Control-Allow-Origin', origin);
    response.setHeader('Access-Control-Allow-Credentials', 'true');
    response.setHeader('Vary', 'Origin');
  }
  if (request.method !== 'OPTIONS') return false;
  response.setHeader('Access-Control-Allow-Methods', 'GET, HEAD, POST, PUT, DELETE');
  response.setHeader(
    'Access-Control-Allow-Headers',
    request.headers['access-control-request-headers'] ?? 'Content-Type, Accept',
  );
  response.setHeader('Access-Control-Max-Age', '600');
  response.writeHead(204).end();
  return true;
}

export async function startPouchServer(): Promise<PouchServer> {
  const InMemory = PouchDB.plugin(memoryAdapter).defaults({ adapter: 'memory' });
  const app = expressPouchDB(InMemory, { mode: 'minimumForPouchDB', inMemoryConfig: true });
  const server = createServer((request, response) => {
    if (!allowCors(request, response)) app(request, response);
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', resolve);
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
