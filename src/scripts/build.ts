// `npm run build`: the app and the server, each into a new folder under .builds/, then `dist` and
// `dist-server` switched to them together (src/server/project/switchBuild.ts), so a server that
// keeps running during an update never meets a half-built app. Run with tsx.
import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { projectDir } from '../server/project/paths';
import { BUILDS_FOLDER, pruneBuilds, switchLink } from '../server/project/switchBuild';

// Sortable, so the newest build is the last by name.
const stamp = new Date().toISOString().replace(/[-:]/g, '').replace(/\..*$/, '');
const builds = join(projectDir, BUILDS_FOLDER);
mkdirSync(builds, { recursive: true });
const app = join(builds, `app-${stamp}`);
const server = join(builds, `server-${stamp}`);
const vite = join(projectDir, 'node_modules/vite/bin/vite.js');

// A production build whatever NODE_ENV the caller has (a test runner sets "test", which would
// make a development build without the service worker).
const run = (args: string[]) =>
  execFileSync(process.execPath, [vite, ...args], {
    cwd: projectDir,
    stdio: 'inherit',
    env: { ...process.env, NODE_ENV: 'production' },
  });
run(['build', '--outDir', app, '--emptyOutDir']);
run(['build', '--config', 'src/server/vite.config.ts', '--outDir', server, '--emptyOutDir']);

switchLink(join(projectDir, 'dist-server'), server, stamp);
switchLink(join(projectDir, 'dist'), app, stamp);
for (const kind of ['app', 'server']) pruneBuilds(builds, kind, 2);
console.log(
  `Built into ${BUILDS_FOLDER}/app-${stamp} and ${BUILDS_FOLDER}/server-${stamp}; dist and dist-server now point there.`,
);
