// The name of a timed backup in its folder: the moment it was made, to the second, so a backup
// made by hand in the morning and the timer's in the evening never meet; should two start in the
// same second, the second one gets a number.
import { format } from 'date-fns';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

/** A file in `folder` that is not there yet, named by `now` in the server's local time. */
export function backupFileIn(
  folder: string,
  now: Date,
  exists: (path: string) => boolean = existsSync,
): string {
  const stem = `velkommen-${format(now, 'yyyy-MM-dd-HHmmss')}`;
  let path = join(folder, `${stem}.db`);
  for (let n = 2; exists(path) || exists(`${path}.partial`); n++) {
    path = join(folder, `${stem}-${n}.db`);
  }
  return path;
}
