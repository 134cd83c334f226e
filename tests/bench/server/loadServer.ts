// The server under load, in a process of its own started as `npm start` starts it: the server's
// build, then the node command of package.json's start script with its very flags (read from
// package.json, so the two cannot drift apart), with the settings in the environment. So the load tool does not share its event loop, and the resident memory is the
// real server's alone, read from outside through /proc.
import { execFileSync, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';

const projectDir = fileURLToPath(new URL('../../..', import.meta.url));

export interface ServerSettings {
  dbPath: string;
  /** A PostgreSQL database to keep the visits in instead of the SQLite file (DATABASE_URL). */
  databaseUrl?: string;
  tokens: { kiosk: string; coordinator: string };
  /** Keep a V8 CPU profile of the server in this folder, written when it stops. */
  profileDir?: string;
}

export interface ServerMemory {
  rss: number;
  peakRss: number;
}

export interface ServerProcess {
  url: string;
  memory(): ServerMemory;
  stop(): Promise<void>;
}

// Linux keeps the resident size as VmRSS and its peak as VmHWM, in kB.
function memoryOf(pid: number): ServerMemory {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kB = (field: string) => {
    const match = new RegExp(`^${field}:\\s+(\\d+) kB$`, 'm').exec(status);
    return match?.[1] === undefined ? Number.NaN : Number(match[1]) * 1024;
  };
  return { rss: kB('VmRSS'), peakRss: kB('VmHWM') };
}

const START_NODE_COMMAND = /\bnode((?:\s+--[\w-]+(?:=\S+)?)*)\s+dist-server\/main\.js/;

/** The node flags of package.json's start script, as `npm start` passes them. */
export function startScriptNodeFlags(): string[] {
  const manifest: unknown = JSON.parse(readFileSync(`${projectDir}/package.json`, 'utf8'));
  const start: unknown = Reflect.get(Object(Reflect.get(Object(manifest), 'scripts')), 'start');
  const match = typeof start === 'string' ? START_NODE_COMMAND.exec(start) : null;
  if (match === null) {
    throw new Error('package.json\'s start script does not run "node … dist-server/main.js".');
  }
  return (match[1] ?? '').split(/\s+/).filter((flag) => flag !== '');
}

export async function startServerProcess(settings: ServerSettings): Promise<ServerProcess> {
  // What `npm start` does first.
  execFileSync('npm', ['run', '--silent', 'build:server'], { cwd: projectDir, stdio: 'inherit' });
  return spawnServer(
    [
      ...startScriptNodeFlags(),
      ...(settings.profileDir ? ['--cpu-prof', `--cpu-prof-dir=${settings.profileDir}`] : []),
      'dist-server/main.js',
      // The app is built already (the benchmarks need it); the server must not build it again.
      '--no-build',
    ],
    {
      PORT: '0',
      VELKOMMEN_DB: settings.dbPath,
      ...(settings.databaseUrl === undefined ? {} : { DATABASE_URL: settings.databaseUrl }),
      VELKOMMEN_KIOSK_TOKEN: settings.tokens.kiosk,
      VELKOMMEN_COORDINATOR_TOKEN: settings.tokens.coordinator,
      // The load's visits are spread over a past year: older than a tablet may send by default.
      VELKOMMEN_MAX_VISIT_AGE_DAYS: '36500',
    },
  );
}

/** The load's floor (floorServer.ts), on the same node with the same flags as the server. */
export function startFloorProcess(): Promise<ServerProcess> {
  const script = fileURLToPath(new URL('floorServer.ts', import.meta.url));
  return spawnServer([...startScriptNodeFlags(), '--import', 'tsx', script], {});
}

async function spawnServer(
  args: readonly string[],
  env: Record<string, string>,
): Promise<ServerProcess> {
  const child = spawn(process.execPath, args, {
    cwd: projectDir,
    env: { ...process.env, ...env },
    // stdout carries the start-up message and then the request log, read and dropped here.
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const { pid } = child;
  if (pid === undefined) throw new Error('The server process did not start.');
  const port = await new Promise<string>((resolve, reject) => {
    const lines = createInterface({ input: child.stdout });
    lines.on('line', (line) => {
      const match = /^Velkommen is running at http:\/\/[^:]+:(\d+)/.exec(line);
      if (match?.[1]) resolve(match[1]);
    });
    void exited.then(() => reject(new Error('The server process ended before it listened.')));
  });
  return {
    url: `http://127.0.0.1:${port}`,
    memory: () => memoryOf(pid),
    stop: async () => {
      // SIGTERM, as systemd stops it: open requests finish and the database is closed.
      if (child.exitCode === null) child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 15_000);
      await exited;
      clearTimeout(timer);
    },
  };
}
