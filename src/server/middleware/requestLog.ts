// One line per request: method, route pattern, status, time taken. The pattern, not the path, and
// never a header, query or body, so no token and nothing about a visit ends up in a log.
import type { MiddlewareHandler } from 'hono';
import { routePath } from 'hono/route';

export type LogLine = (line: string) => void;

export function requestLog(log: LogLine): MiddlewareHandler {
  return async (c, next) => {
    const started = performance.now();
    try {
      await next();
    } finally {
      const ms = Math.round(performance.now() - started);
      // routePath reads the route of the handler that answered (the last one dispatched).
      log(`${c.req.method} ${routePath(c) || '*'} ${c.res.status} ${ms}ms`);
    }
  };
}

/** Lines given to `write` together, once a turn of the event loop, in order; flush() writes now. */
export function linesByTurn(write: (text: string) => void): { log: LogLine; flush(): void } {
  let waiting: string[] = [];
  const flush = () => {
    if (waiting.length === 0) return;
    const text = `${waiting.join('\n')}\n`;
    waiting = [];
    write(text);
  };
  return {
    log: (line) => {
      if (waiting.length === 0) setImmediate(flush);
      waiting.push(line);
    },
    flush,
  };
}

let stdoutLines: LogLine | undefined;

/**
 * The server's log on stdout, its lines written together once a turn of the event loop rather than
 * one write each. Under systemd (and the load benchmark) stdout is a pipe, and Node writes to a
 * pipe synchronously: a write per request took a tenth of the event loop's time while fifty
 * tablets were connecting at once. Lines still waiting are written when the process exits.
 */
export function stdoutLog(): LogLine {
  if (!stdoutLines) {
    const lines = linesByTurn((text) => process.stdout.write(text));
    process.on('exit', lines.flush);
    stdoutLines = lines.log;
  }
  return stdoutLines;
}
