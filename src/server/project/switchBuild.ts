// An update never serves a half-built app: each build is written into a folder of its own under
// .builds/, and `dist` (the app) and `dist-server` (the server) are symbolic links switched to the
// new folders only when both builds are complete. A link is switched by renaming a new link over
// it, which the system does in one step, so a running server finds either the old build whole or
// the new one whole, never an empty or half-written folder. The build before stays, for a server
// still running on it and to go back to; older ones are removed.
import { existsSync, lstatSync, readdirSync, renameSync, rmSync, symlinkSync } from 'node:fs';
import { join, relative } from 'node:path';

export const BUILDS_FOLDER = '.builds';

/** Points `link` (e.g. <project>/dist) at `target` in one step; a real folder there is moved aside. */
export function switchLink(link: string, target: string, stamp: string): void {
  const next = `${link}.next-${stamp}`;
  rmSync(next, { force: true });
  symlinkSync(relative(join(link, '..'), target), next, 'dir');
  if (existsSync(link) && !lstatSync(link).isSymbolicLink()) {
    // A folder from a build before this scheme: the one moment without it is this first update.
    renameSync(link, join(target, '..', `previous-${basename(link)}-${stamp}`));
  }
  renameSync(next, link);
}

/** Removes the builds of `kind` ("app", "server") in `buildsDir` but the newest `keep`. */
export function pruneBuilds(buildsDir: string, kind: string, keep: number): string[] {
  const prefix = `${kind}-`;
  const builds = readdirSync(buildsDir)
    .filter((name) => name.startsWith(prefix))
    .sort()
    .reverse();
  const removed = builds.slice(keep);
  for (const name of removed) rmSync(join(buildsDir, name), { recursive: true, force: true });
  return removed;
}

function basename(path: string): string {
  return path.replace(/\/+$/, '').split('/').pop() ?? path;
}
