// Test support: the server's own scripts (npm start, the commands) run as processes of their own,
// from the sources, with what they print at hand.
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const projectDir = fileURLToPath(new URL('../../..', import.meta.url));

export interface Child {
  output: () => string;
  exited: Promise<number | null>;
  kill: (signal: NodeJS.Signals) => void;
  waitFor: (pattern: RegExp) => Promise<RegExpExecArray>;
}

/** `npm start` from the sources, without building the app, in these settings alone. */
export function runMain(env: Record<string, string>): Child {
  return runScript('src/server/main.ts', env, ['--no-build']);
}

/** A script of the project run by Node from its sources, in these settings alone. */
export function runScript(script: string, env: Record<string, string>, args: string[] = []): Child {
  const clean = Object.fromEntries(
    Object.entries(process.env).filter(
      ([key]) => !key.startsWith('VELKOMMEN_') && key !== 'PORT' && key !== 'DATABASE_URL',
    ),
  );
  const child = spawn(process.execPath, ['--import', 'tsx', script, ...args], {
    cwd: projectDir,
    env: { ...clean, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let text = '';
  const listeners = new Set<() => void>();
  const add = (chunk: Buffer) => {
    text += chunk.toString();
    for (const listener of listeners) listener();
  };
  child.stdout.on('data', add);
  child.stderr.on('data', add);
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return {
    output: () => text,
    exited,
    kill: (signal) => child.kill(signal),
    waitFor: (pattern) =>
      new Promise((resolve, reject) => {
        const check = () => {
          const match = pattern.exec(text);
          if (match) {
            listeners.delete(check);
            resolve(match);
          }
        };
        listeners.add(check);
        void exited.then(() =>
          reject(new Error(`The server stopped before printing ${pattern}:\n${text}`)),
        );
        check();
      }),
  };
}
