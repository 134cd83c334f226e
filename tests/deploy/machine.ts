// The pieces of a stock server the deployment test sets up as root, all under one temporary folder
// and on loopback only: a system user for the service, a certificate authority of its own, an
// NSS database that trusts it (Chromium's store on Linux), free ports and HTTPS requests that
// resolve the README's host names to this machine.
import { execFileSync } from 'node:child_process';
import { request } from 'node:https';
import { createServer } from 'node:net';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export const run = (command: string, args: string[], options: { cwd?: string } = {}): string =>
  execFileSync(command, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], ...options });

/** What the test needs installed, and whether it may make a user: root, nginx, Caddy, certutil. */
export function missingForDeployment(): string[] {
  const missing: string[] = [];
  if (process.getuid?.() !== 0) missing.push('root (it makes a system user)');
  for (const [tool, pkg] of [
    ['nginx', 'nginx'],
    ['caddy', 'caddy'],
    ['certutil', 'libnss3-tools'],
    ['openssl', 'openssl'],
  ] as const) {
    try {
      run('sh', ['-c', `command -v ${tool}`]);
    } catch {
      missing.push(`${tool} (apt-get install -y ${pkg})`);
    }
  }
  return missing;
}

/** A system user without a login, as the README's useradd makes one. */
export function ensureSystemUser(name: string): void {
  try {
    run('id', ['-u', name]);
  } catch {
    run('useradd', ['--system', '--no-create-home', '--shell', '/usr/sbin/nologin', name]);
  }
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

export interface Authority {
  caCert: string;
  /** A certificate and key for `names`, signed by the authority. */
  issue(names: string[], stem: string): { cert: string; key: string };
}

/** A certificate authority of the test's own, made with openssl. */
export function makeAuthority(dir: string): Authority {
  mkdirSync(dir, { recursive: true });
  const caKey = join(dir, 'ca.key');
  const caCert = join(dir, 'ca.crt');
  run('openssl', [
    'req',
    '-x509',
    '-newkey',
    'rsa:2048',
    '-nodes',
    '-keyout',
    caKey,
    '-out',
    caCert,
    '-days',
    '7',
    '-subj',
    '/CN=Velkommen deployment test CA',
    '-addext',
    'basicConstraints=critical,CA:TRUE',
    '-addext',
    'keyUsage=critical,keyCertSign,cRLSign',
  ]);
  return {
    caCert,
    issue(names, stem) {
      const key = join(dir, `${stem}.key`);
      const csr = join(dir, `${stem}.csr`);
      const cert = join(dir, `${stem}.crt`);
      const ext = join(dir, `${stem}.ext`);
      writeFileSync(
        ext,
        [
          `subjectAltName=${names.map((name) => `DNS:${name}`).join(',')}`,
          'basicConstraints=CA:FALSE',
          'keyUsage=digitalSignature,keyEncipherment',
          'extendedKeyUsage=serverAuth',
        ].join('\n'),
      );
      run('openssl', [
        'req',
        '-newkey',
        'rsa:2048',
        '-nodes',
        '-keyout',
        key,
        '-out',
        csr,
        '-subj',
        `/CN=${names[0] ?? stem}`,
      ]);
      run('openssl', [
        'x509',
        '-req',
        '-in',
        csr,
        '-CA',
        caCert,
        '-CAkey',
        caKey,
        '-CAcreateserial',
        '-out',
        cert,
        '-days',
        '7',
        '-extfile',
        ext,
      ]);
      return { cert, key };
    },
  };
}

/** A HOME whose NSS database trusts `authorities`, as a tablet with the root installed does. */
export function trustingHome(home: string, authorities: Record<string, string>): void {
  const db = join(home, '.pki', 'nssdb');
  mkdirSync(db, { recursive: true });
  run('certutil', ['-d', `sql:${db}`, '-N', '--empty-password']);
  for (const [name, cert] of Object.entries(authorities)) {
    run('certutil', ['-d', `sql:${db}`, '-A', '-t', 'C,,', '-n', name, '-i', cert]);
  }
}

export interface Answer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: Buffer;
}

/** An HTTPS request to `url`, its host name resolved to this machine, trusting only `ca`. */
export function httpsRequest(
  url: string,
  ca: string[],
  init: { method?: string; headers?: Record<string, string>; body?: string } = {},
): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = request(
      url,
      {
        method: init.method ?? 'GET',
        // A fresh connection each time: a kept-alive one the proxy has closed is not the app's failure.
        agent: false,
        headers: init.headers ?? {},
        ca,
        lookup: (_host, options, callback) => {
          if ((options as { all?: boolean }).all) {
            (callback as unknown as (e: null, a: { address: string; family: number }[]) => void)(
              null,
              [{ address: '127.0.0.1', family: 4 }],
            );
          } else callback(null, '127.0.0.1', 4);
        },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () =>
          resolve({
            status: res.statusCode ?? 0,
            headers: res.headers,
            body: Buffer.concat(chunks),
          }),
        );
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    req.setTimeout(15_000, () => req.destroy(new Error(`No answer from ${url} in 15 s.`)));
    req.end(init.body);
  });
}

/** Waits until `ready()` holds, failing after `timeoutMs` with `what`. */
export async function until(ready: () => boolean, timeoutMs: number, what: string): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!ready()) {
    if (Date.now() > end) throw new Error(`Waited ${timeoutMs / 1000} s for ${what}.`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

/** The addresses a port is listened on (from /proc/net/tcp and tcp6), e.g. ["127.0.0.1"]. */
export function listeningAddresses(port: number): string[] {
  const hexPort = port.toString(16).toUpperCase().padStart(4, '0');
  const found: string[] = [];
  for (const table of ['/proc/net/tcp', '/proc/net/tcp6']) {
    let text = '';
    try {
      text = readFileSync(table, 'utf8');
    } catch {
      continue;
    }
    for (const line of text.split('\n').slice(1)) {
      const [, local, , state] = line.trim().split(/\s+/);
      // State 0A is LISTEN.
      if (state !== '0A' || !local?.endsWith(`:${hexPort}`)) continue;
      const hex = local.split(':')[0] ?? '';
      found.push(hex.length === 8 ? ipv4(hex) : hex === '0'.repeat(32) ? '::' : `ipv6:${hex}`);
    }
  }
  return found;
}

// /proc writes an IPv4 address as one little-endian hex word.
function ipv4(hex: string): string {
  const bytes = hex.match(/../g) ?? [];
  return bytes
    .reverse()
    .map((byte) => parseInt(byte, 16))
    .join('.');
}
