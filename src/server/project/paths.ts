// Where the project's own files are. The server runs from its sources (tests, src/server/) and
// from its build (dist-server/), at different depths, so the project folder is found by walking
// up to the nearest package.json rather than by a fixed number of "../".
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

function findProjectDir(from: string): string {
  for (let dir = from; ; dir = dirname(dir)) {
    if (existsSync(join(dir, 'package.json'))) return dir;
    if (dirname(dir) === dir) throw new Error(`No package.json above ${from}.`);
  }
}

export const projectDir = findProjectDir(dirname(fileURLToPath(import.meta.url)));
/** The built app (vite build). */
export const distDir = join(projectDir, 'dist');
