// The three programs of a deployed Velkommen, started from the README's blocks: the server as its
// systemd unit runs it (the unit's user, environment, working folder and ExecStart), nginx with
// the README's server blocks, and Caddy with the README's LAN site. Ports, paths and the service's
// user are the only things changed, and each change fails by name if the README no longer has it.
import { spawn, type ChildProcess } from 'node:child_process';
import { writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { parseUnit, readmeBlock, substitute } from './readme';
import { run } from './machine';

/** What the README's paths and names become on the test machine. */
export interface Layout {
  projectDir: string;
  user: string;
  /** For /var/lib/velkommen. */
  dataDir: string;
  /** For /var/backups/velkommen. */
  backupDir: string;
  serverPort: number;
  publicUrl: string;
}

// systemd's PATH for services, where the unit's `/usr/bin/env node` looks.
const SYSTEMD_PATH = '/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin';

export interface Service {
  output(): string;
  exited: Promise<number | null>;
  stop(): Promise<number | null>;
}

/** The server, started exactly as the README's unit starts it, as the unit's user. */
export function startService(layout: Layout): Service {
  const unit = parseUnit(readmeBlock('unit'));
  const env: Record<string, string> = { PATH: SYSTEMD_PATH, LANG: 'C.UTF-8' };
  for (const [name, value] of Object.entries(unit.environment)) {
    env[name] = value
      .replace('/var/lib/velkommen', layout.dataDir)
      .replace('/var/backups/velkommen', layout.backupDir);
  }
  if (env.PORT === undefined || env.VELKOMMEN_PUBLIC_URL === undefined) {
    throw new Error('The README’s unit no longer sets PORT and VELKOMMEN_PUBLIC_URL.');
  }
  env.PORT = String(layout.serverPort);
  env.VELKOMMEN_PUBLIC_URL = layout.publicUrl;
  const cwd = unit.workingDirectory.replace('/opt/velkommen', layout.projectDir);
  // setpriv changes user and then becomes the command, as systemd does, so SIGTERM reaches node.
  const child = spawn(
    'setpriv',
    [
      `--reuid=${layout.user}`,
      `--regid=${layout.user}`,
      '--init-groups',
      '--',
      '/usr/bin/env',
      '-i',
      ...Object.entries(env).map(([k, v]) => `${k}=${v}`),
      ...unit.execStart,
    ],
    { cwd, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  return watch(child);
}

function watch(child: ChildProcess): Service {
  let text = '';
  child.stdout?.on('data', (chunk: Buffer) => (text += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (text += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return {
    output: () => text,
    exited,
    stop: async () => {
      if (child.exitCode === null) child.kill('SIGTERM');
      return exited;
    },
  };
}

/** nginx with the README's blocks, on loopback ports, with the test authority's certificate. */
export function startNginx(
  work: string,
  layout: Layout,
  ports: { https: number; http: number },
  certificate: { cert: string; key: string },
): Service {
  let block = readmeBlock('nginx');
  const what = 'nginx block';
  block = substitute(
    block,
    /listen 443 ssl http2;/,
    `listen 127.0.0.1:${ports.https} ssl http2;`,
    what,
  );
  block = substitute(block, /^\s*listen \[::\]:443[^\n]*\n/m, '', what);
  block = substitute(block, /listen 80;/, `listen 127.0.0.1:${ports.http};`, what);
  block = substitute(block, /^\s*listen \[::\]:80;\n/m, '', what);
  block = substitute(
    block,
    /\/etc\/letsencrypt\/live\/[^/]+\/fullchain\.pem/,
    certificate.cert,
    what,
  );
  block = substitute(block, /\/etc\/letsencrypt\/live\/[^/]+\/privkey\.pem/, certificate.key, what);
  block = substitute(block, 'http://127.0.0.1:8080', `http://127.0.0.1:${layout.serverPort}`, what);
  const temp = join(work, 'nginx');
  mkdirSync(temp, { recursive: true });
  // What Debian's /etc/nginx/nginx.conf puts around the sites it includes, files in the test folder.
  const conf = join(work, 'nginx.conf');
  writeFileSync(
    conf,
    `worker_processes 1;
pid ${temp}/nginx.pid;
error_log ${temp}/error.log;
events { worker_connections 256; }
http {
  include /etc/nginx/mime.types;
  default_type application/octet-stream;
  access_log off;
  client_body_temp_path ${temp}/body;
  proxy_temp_path ${temp}/proxy;
  fastcgi_temp_path ${temp}/fastcgi;
  uwsgi_temp_path ${temp}/uwsgi;
  scgi_temp_path ${temp}/scgi;
  gzip on;
${block}
}
`,
  );
  run('nginx', ['-t', '-q', '-c', conf]);
  return watch(
    spawn('nginx', ['-c', conf, '-g', 'daemon off;'], { stdio: ['ignore', 'pipe', 'pipe'] }),
  );
}

/**
 * Caddy with the README's LAN site (tls internal), its data (and so its root certificate) in the
 * test folder; the README's domain site is checked by Caddy's own parser, as it would need the
 * internet for its certificate.
 */
export function startCaddy(
  work: string,
  layout: Layout,
  ports: { https: number; http: number },
): { service: Service; rootCert: string } {
  const data = join(work, 'caddy-data');
  mkdirSync(data, { recursive: true });
  const global = `{
\tadmin off
\tskip_install_trust
\thttp_port ${ports.http}
\thttps_port ${ports.https}
\tdefault_bind 127.0.0.1
}
`;
  const domain = join(work, 'Caddyfile.domain');
  writeFileSync(domain, global + readmeBlock('caddy-domain'));
  run('caddy', ['adapt', '--config', domain, '--adapter', 'caddyfile']);

  const site = substitute(
    readmeBlock('caddy-lan'),
    '127.0.0.1:8080',
    `127.0.0.1:${layout.serverPort}`,
    'Caddy LAN block',
  );
  const file = join(work, 'Caddyfile');
  writeFileSync(file, global + site);
  const env = {
    ...process.env,
    XDG_DATA_HOME: data,
    XDG_CONFIG_HOME: join(work, 'caddy-config'),
    HOME: work,
  };
  run('caddy', ['validate', '--config', file, '--adapter', 'caddyfile']);
  const service = watch(
    spawn('caddy', ['run', '--config', file, '--adapter', 'caddyfile'], {
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    }),
  );
  return { service, rootCert: join(data, 'caddy', 'pki', 'authorities', 'local', 'root.crt') };
}
