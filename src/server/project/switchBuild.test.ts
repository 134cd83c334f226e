import {
  existsSync,
  mkdirSync,
  readFileSync,
  readdirSync,
  realpathSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { tempDir } from '../testing/testApp';
import { pruneBuilds, switchLink } from './switchBuild';

let dir: string;
let builds: string;
beforeEach(() => {
  dir = tempDir();
  builds = join(dir, '.builds');
  mkdirSync(builds);
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function build(name: string, page: string): string {
  const folder = join(builds, name);
  mkdirSync(folder);
  writeFileSync(join(folder, 'index.html'), page);
  return folder;
}

describe('switchLink', () => {
  it('points dist at each new build whole, moving a folder from before aside once', () => {
    const dist = join(dir, 'dist');
    mkdirSync(dist);
    writeFileSync(join(dist, 'index.html'), 'old');

    switchLink(dist, build('app-20261201T100000', 'first'), '20261201T100000');
    expect(readFileSync(join(dist, 'index.html'), 'utf8')).toBe('first');
    expect(readFileSync(join(builds, 'previous-dist-20261201T100000', 'index.html'), 'utf8')).toBe(
      'old',
    );

    switchLink(dist, build('app-20261202T100000', 'second'), '20261202T100000');
    expect(readFileSync(join(dist, 'index.html'), 'utf8')).toBe('second');
    expect(realpathSync(dist)).toBe(realpathSync(join(builds, 'app-20261202T100000')));
    expect(readdirSync(dir).filter((name) => name.includes('.next-'))).toEqual([]);
  });

  it('makes the link where there was no build yet', () => {
    const dist = join(dir, 'dist');
    switchLink(dist, build('app-20261201T100000', 'first'), '20261201T100000');
    expect(readFileSync(join(dist, 'index.html'), 'utf8')).toBe('first');
  });
});

describe('pruneBuilds', () => {
  it('keeps the newest builds of a kind and removes the others', () => {
    for (const stamp of ['20261201T100000', '20261202T100000', '20261203T100000']) {
      build(`app-${stamp}`, stamp);
      build(`server-${stamp}`, stamp);
    }
    expect(pruneBuilds(builds, 'app', 2)).toEqual(['app-20261201T100000']);
    expect(existsSync(join(builds, 'app-20261202T100000'))).toBe(true);
    expect(existsSync(join(builds, 'server-20261201T100000'))).toBe(true);
  });
});
