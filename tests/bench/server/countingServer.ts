// The floor of sync: a server that only counts the bytes it is sent and answers with the count,
// so what is measured against it is reading the records and moving the bytes, nothing more. It
// answers any origin, as the bench page runs on another port.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface CountingServer {
  url: string;
  close(): Promise<void>;
}

export async function startCountingServer(): Promise<CountingServer> {
  const server = createServer((request, response) => {
    response.setHeader('Access-Control-Allow-Origin', '*');
    response.setHeader('Access-Control-Allow-Headers', 'content-type');
    let bytes = 0;
    request.on('data', (chunk: Buffer) => {
      bytes += chunk.length;
    });
    request.on('end', () => response.end(String(bytes)));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/count`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
