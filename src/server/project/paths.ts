// Where the project's own files are. The server runs from its sources (tests, src/server/) and
// from its build (dist-server/), at different depths, so the project folder is found by walking
// up to the nearest package.json rather than by a fixed number of "../".
import { chmodSync, closeSync, existsSync, mkdirSync, openSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
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

// The server's own files (the database, its WAL and shared memory, backups, tokens) are for the
// server's user alone: mode 0600 in folders of mode 0700. New ones are made so; ones made by an
// older version, or copied in with looser modes, are tightened when the server meets them.
// Windows has no such modes; there the folder's access list decides.
export const PRIVATE_FILE_MODE = 0o600;
export const PRIVATE_FOLDER_MODE = 0o700;
const HAS_MODES = process.platform !== 'win32';
const STICKY = 0o1000;

/** What could not be made private, in a sentence for whoever runs the server; null when done. */
export type PrivacyNote = string | null;

/**
 * Makes the folder (and any missing parent, each 0700) and tightens it to 0700 when it is one the
 * server may close: its own, not a shared folder like /tmp (sticky), not the project itself or a
 * filesystem's root. Any other folder is left as it is, and the note says so; the files in it are
 * still 0600.
 */
export function privateFolder(dir: string): PrivacyNote {
  mkdirSync(dir, { recursive: true, mode: PRIVATE_FOLDER_MODE });
  if (!HAS_MODES) return null;
  const { mode, uid } = statSync(dir);
  if ((mode & 0o077) === 0) return null;
  const shared =
    uid !== process.getuid?.() ||
    (mode & STICKY) !== 0 ||
    resolve(dir) === projectDir ||
    dirname(resolve(dir)) === resolve(dir);
  if (shared) {
    return `The folder ${dir} can be read by other users of this computer (mode ${octal(mode)}); Velkommen keeps its own files in it readable by its user only, but a folder of its own (mode 0700) is safer.`;
  }
  chmodSync(dir, PRIVATE_FOLDER_MODE);
  return null;
}

/**
 * Tightens an existing file to 0600 when anyone but its owner may read or write it; a file that is
 * not there is left alone. A file the server's user does not own cannot be changed: the note says so.
 */
export function privateFile(path: string): PrivacyNote {
  if (!HAS_MODES) return null;
  let mode: number;
  let uid: number;
  try {
    ({ mode, uid } = statSync(path));
  } catch (error) {
    if (isMissing(error)) return null;
    throw error;
  }
  if ((mode & 0o177) === 0) return null;
  if (uid !== process.getuid?.()) {
    return `${path} can be read by other users of this computer (mode ${octal(mode)}) and belongs to another user; run "chmod 600 ${path}" as its owner.`;
  }
  chmodSync(path, PRIVATE_FILE_MODE);
  return null;
}

/** Makes an empty file with mode 0600 unless one is there, so that it is never readable by others. */
export function createPrivateFile(path: string): void {
  try {
    closeSync(openSync(path, 'wx', PRIVATE_FILE_MODE));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  }
}

function isMissing(error: unknown): boolean {
  return (error as NodeJS.ErrnoException | null)?.code === 'ENOENT';
}

function octal(mode: number): string {
  return `0${(mode & 0o777).toString(8)}`;
}
