// `npm start` must work on a fresh checkout: build the app when there is no build,
// or when any source is newer than the build.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const SOURCES = [
  'src/app',
  'src/shared',
  'src/sw.ts',
  'index.html',
  'vite.config.ts',
  'public',
  'icons',
];

function newestChange(path: string): number {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const entry of readdirSync(path)) newest = Math.max(newest, newestChange(join(path, entry)));
  return newest;
}

export function ensureBuilt(projectDir: string, distDir: string): void {
  const built = join(distDir, 'index.html');
  const builtAt = existsSync(built) ? statSync(built).mtimeMs : 0;
  const sourcesAt = Math.max(...SOURCES.map((s) => newestChange(join(projectDir, s))));
  if (builtAt >= sourcesAt) return;
  console.log(
    builtAt
      ? 'The app changed since the last build; building it (about a minute)…'
      : 'Building the app (about a minute)…',
  );
  // Only warnings and errors: the full log lists every file of the build, one line for each flag.
  execFileSync(
    process.execPath,
    [join(projectDir, 'node_modules/vite/bin/vite.js'), 'build', '--logLevel', 'warn'],
    {
      cwd: projectDir,
      stdio: 'inherit',
      env: { ...process.env, VITE_CONFIG_NATIVE_IGNORE_WARNING: 'true' },
    },
  );
  console.log('The app is built.');
}
