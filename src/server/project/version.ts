import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { projectDir } from './paths';

const pkg: unknown = JSON.parse(readFileSync(join(projectDir, 'package.json'), 'utf8'));

export const PACKAGE_VERSION =
  typeof pkg === 'object' && pkg !== null && 'version' in pkg && typeof pkg.version === 'string'
    ? pkg.version
    : '0.0.0';
