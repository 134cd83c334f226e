// The JavaScript the kiosk loads before the first tap: the entry script of dist/index.html, the
// chunks it preloads, and every chunk those import statically, each gzipped. Chunks reached only
// through import() (staff, coordinator, all countries) load later and do not count.
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, posix } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import ts from 'typescript';
import { build, minifySync, type Plugin } from 'vite';
import { distDir } from '../../e2e/harness';
import type { Measure, Row } from '../lib/measure';
import { round } from '../lib/stats';

const KB = 1000;
/** The unit of the first JS divided by what its own libraries weigh in the same build. */
const TIMES_LIBRARIES = '× its libraries';

function attributes(tag: string): Map<string, string> {
  const found = new Map<string, string>();
  for (const match of tag.matchAll(/([\w-]+)\s*=\s*"([^"]*)"/g)) {
    const [, name, value] = match;
    if (name !== undefined && value !== undefined) found.set(name.toLowerCase(), value);
  }
  return found;
}

/** The scripts index.html loads at once: module scripts and module preloads, as site paths. */
export function initialScripts(html: string): string[] {
  const paths: string[] = [];
  for (const [tag] of html.matchAll(/<script\b[^>]*>/gi)) {
    const attrs = attributes(tag);
    const src = attrs.get('src');
    if (src !== undefined && attrs.get('type') === 'module') paths.push(src);
  }
  for (const [tag] of html.matchAll(/<link\b[^>]*>/gi)) {
    const attrs = attributes(tag);
    const href = attrs.get('href');
    if (href !== undefined && attrs.get('rel') === 'modulepreload') paths.push(href);
  }
  return paths;
}

/** Relative specifiers of the chunk's top-level import and export-from statements. */
export function staticImports(code: string): string[] {
  const source = ts.createSourceFile(
    'chunk.js',
    code,
    ts.ScriptTarget.Latest,
    false,
    ts.ScriptKind.JS,
  );
  const specifiers: string[] = [];
  for (const statement of source.statements) {
    const from =
      ts.isImportDeclaration(statement) || ts.isExportDeclaration(statement)
        ? statement.moduleSpecifier
        : undefined;
    if (from !== undefined && ts.isStringLiteral(from) && from.text.startsWith('.')) {
      specifiers.push(from.text);
    }
  }
  return specifiers;
}

const projectDir = fileURLToPath(new URL('../../..', import.meta.url));

interface Libraries {
  bytes: number;
  packages: string[];
}

/** The package a module of node_modules belongs to: its (scoped) name after the last node_modules. */
function packageOf(id: string): string {
  const path = id.slice(id.lastIndexOf('/node_modules/') + '/node_modules/'.length).split('/');
  return (path[0]?.startsWith('@') ? path.slice(0, 2) : path.slice(0, 1)).join('/');
}

/**
 * What the first screen's own libraries weigh as the kiosk ships them: the kiosk built again as
 * npm run build builds it, the code of every node_modules module in the chunks `files` (the code
 * left after tree shaking), minified together and gzipped like the chunks.
 */
async function firstScreenLibraries(files: ReadonlySet<string>): Promise<Libraries> {
  let found: Libraries | null = null;
  const measure: Plugin = {
    name: 'first-screen-libraries',
    generateBundle(_options, bundle) {
      let code = '';
      const packages = new Set<string>();
      for (const output of Object.values(bundle)) {
        if (output.type !== 'chunk' || !files.has(output.fileName)) continue;
        for (const [id, module] of Object.entries(output.modules)) {
          if (!id.includes('/node_modules/') || module.code === null) continue;
          code += `${module.code}\n`;
          packages.add(packageOf(id));
        }
      }
      const minified = minifySync('libraries.js', code, { module: true }).code;
      found = { bytes: gzipSync(minified, { level: 9 }).length, packages: [...packages].sort() };
    },
  };
  const outDir = await mkdtemp(join(tmpdir(), 'velkommen-bench-kiosk-'));
  try {
    await build({
      root: projectDir,
      configFile: join(projectDir, 'vite.config.ts'),
      logLevel: 'error',
      plugins: [measure],
      build: { outDir, emptyOutDir: true, reportCompressedSize: false },
    });
  } finally {
    await rm(outDir, { recursive: true, force: true });
  }
  if (found === null) throw new Error('The kiosk build made none of the first chunks.');
  return found;
}

export const initialJs: Measure = {
  name: 'initial-js',
  async run({ log }) {
    const html = await readFile(join(distDir, 'index.html'), 'utf8');
    const queue = initialScripts(html).map((path) => posix.normalize(path));
    if (queue.length === 0) throw new Error('dist/index.html loads no module script.');
    const sizes = new Map<string, number>();
    for (let path = queue.shift(); path !== undefined; path = queue.shift()) {
      if (sizes.has(path)) continue;
      const code = await readFile(join(distDir, path), 'utf8');
      sizes.set(path, gzipSync(code, { level: 9 }).length);
      for (const specifier of staticImports(code)) {
        queue.push(posix.join(posix.dirname(path), specifier));
      }
    }
    const total = [...sizes.values()].reduce((sum, size) => sum + size, 0);
    const parts = [...sizes]
      .sort(([, a], [, b]) => b - a)
      .map(([path, size]) => `${posix.basename(path)} ${round(size / KB)}`)
      .join(' + ');
    log(`initial chunks: ${parts}`);
    log("building the kiosk again to weigh its first screen's libraries…");
    const libraries = await firstScreenLibraries(
      new Set([...sizes.keys()].map((path) => path.replace(/^\//, ''))),
    );
    // A ratio to what the same build ships of the libraries, so the budget follows the code of
    // the kiosk's own and not a new version of Preact or Dexie.
    const row: Row = {
      what: 'kiosk JS before the first tap',
      value: round(total / libraries.bytes),
      unit: TIMES_LIBRARIES,
      figure: `${round(total / KB)} KB gz`,
      floor: `${round(libraries.bytes / KB)} KB gz (its libraries)`,
      budget: 'kioskInitialJs',
      note:
        `${parts} (gzip -9; lazy chunks left out); of which the libraries ` +
        `${libraries.packages.join(', ')}, minified together: ${round(libraries.bytes / KB)} KB gz; ` +
        `the kiosk's own code ${round((total - libraries.bytes) / KB)} KB gz`,
    };
    return [row];
  },
};
