// The server under load, in a process of its own, as `npm start` runs it (tsx), so the load tool
// does not share its event loop and its resident memory is the server's alone. The parent sends
// the settings in the environment and asks for the memory figures over IPC.
import { readFileSync } from 'node:fs';
import { startServer } from '../../../src/server/server';

export type ToServer = { type: 'memory' } | { type: 'stop' };
export type FromServer =
  | { type: 'listening'; url: string }
  | { type: 'memory'; rss: number; peakRss: number; heapUsed: number };

function setting(name: string): string {
  const value = process.env[name];
  if (value === undefined) throw new Error(`${name} is not set.`);
  return value;
}

// Linux keeps the peak resident size of the process as VmHWM.
function peakRss(): number {
  const match = /^VmHWM:\s+(\d+) kB$/m.exec(readFileSync('/proc/self/status', 'utf8'));
  return match?.[1] === undefined ? Number.NaN : Number(match[1]) * 1024;
}

function send(message: FromServer): void {
  process.send?.(message);
}

const server = await startServer({
  port: 0,
  hostname: '127.0.0.1',
  distDir: setting('BENCH_DIST'),
  dbPath: setting('BENCH_DB'),
  tokens: { kiosk: setting('BENCH_KIOSK_TOKEN'), coordinator: setting('BENCH_COORDINATOR_TOKEN') },
  rateLimitPerMinute: Number(setting('BENCH_RATE_LIMIT')),
  log: false,
});

process.on('message', (message: ToServer) => {
  if (message.type === 'memory') {
    const { rss, heapUsed } = process.memoryUsage();
    send({ type: 'memory', rss, peakRss: peakRss(), heapUsed });
  } else {
    void server.close().then(() => process.disconnect());
  }
});
send({ type: 'listening', url: server.url });
