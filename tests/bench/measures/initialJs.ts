// The JavaScript the kiosk loads before the first tap: the entry script of dist/index.html, the
// chunks it preloads, and every chunk those import statically, each gzipped. Chunks reached only
// through import() (staff, coordinator, all countries) load later and do not count.
import { readFile } from 'node:fs/promises';
import { join, posix } from 'node:path';
import { gzipSync } from 'node:zlib';
import ts from 'typescript';
import { distDir } from '../../e2e/harness';
import type { Measure, Row } from '../lib/measure';
import { round } from '../lib/stats';

const KB = 1000;

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
    const row: Row = {
      what: 'kiosk JS before the first tap',
      value: round(total / KB),
      unit: 'KB gz',
      budget: 'kioskInitialJs',
      note: `${parts} (gzip -9; lazy chunks left out)`,
    };
    return [row];
  },
};
