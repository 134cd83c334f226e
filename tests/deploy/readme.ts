// The deployment blocks of the README, read from the README itself: each fenced block that follows
// a `<!-- deploy-test: <name> -->` line. The test runs what the README says today, so a block that
// changes is tested as it now stands, and one that loses its marker fails the test by name.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const README = fileURLToPath(new URL('../../README.md', import.meta.url));

/** The text of the README block marked `name`, without the list indentation it sits in. */
export function readmeBlock(name: string): string {
  const lines = readFileSync(README, 'utf8').split('\n');
  const marker = lines.findIndex((line) => line.trim() === `<!-- deploy-test: ${name} -->`);
  if (marker < 0) throw new Error(`The README has no block marked "deploy-test: ${name}".`);
  const open = lines.findIndex((line, i) => i > marker && line.trim().startsWith('```'));
  const indent = (lines[open] ?? '').length - (lines[open] ?? '').trimStart().length;
  const close = lines.findIndex((line, i) => i > open && line.trim() === '```');
  if (open < 0 || close < 0) throw new Error(`The README's block "${name}" is not a fenced block.`);
  return lines
    .slice(open + 1, close)
    .map((line) => line.slice(Math.min(indent, line.length - line.trimStart().length)))
    .join('\n');
}

/** Replaces `pattern` in `text`, failing by name when the README no longer has it. */
export function substitute(
  text: string,
  pattern: RegExp | string,
  replacement: string,
  what: string,
): string {
  const found = typeof pattern === 'string' ? text.includes(pattern) : pattern.test(text);
  if (!found) throw new Error(`The README's ${what} no longer has ${String(pattern)}.`);
  return typeof pattern === 'string'
    ? text.split(pattern).join(replacement)
    : text.replace(
        new RegExp(
          pattern.source,
          pattern.flags.includes('g') ? pattern.flags : `${pattern.flags}g`,
        ),
        replacement,
      );
}

export interface Unit {
  workingDirectory: string;
  environment: Record<string, string>;
  /** ExecStart split into words, as systemd does for a line without quotes. */
  execStart: string[];
}

/** The [Service] settings of a systemd unit the test needs to start the server as the unit does. */
export function parseUnit(text: string): Unit {
  const environment: Record<string, string> = {};
  let workingDirectory = '';
  let execStart: string[] = [];
  for (const raw of text.split('\n')) {
    const line = raw.trim();
    if (line.startsWith('#') || !line.includes('=')) continue;
    const [key, ...rest] = line.split('=');
    const value = rest.join('=');
    if (key === 'Environment') {
      const [name, ...parts] = value.split('=');
      environment[name ?? ''] = parts.join('=');
    } else if (key === 'WorkingDirectory') {
      workingDirectory = value;
    } else if (key === 'ExecStart') {
      execStart = value.split(/\s+/).filter(Boolean);
    }
  }
  if (execStart.length === 0) throw new Error('The README’s unit has no ExecStart line.');
  if (!execStart[0]?.startsWith('/')) {
    throw new Error(`The unit's ExecStart must start with an absolute path: ${execStart[0]}`);
  }
  return { workingDirectory, environment, execStart };
}

/** The README's shell block as commands: comments dropped, continued lines joined. */
export function shellCommands(text: string): string[] {
  return text
    .replace(/\\\n\s*/g, '')
    .split('\n')
    .map((line) => line.replace(/\s+#.*$/, '').trim())
    .filter((line) => line !== '' && !line.startsWith('#'));
}
