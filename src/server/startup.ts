// What the server prints when it starts: where it runs, and a pairing link made from a fresh
// one-time code, with its QR code, so whoever set it up can pair a tablet by pointing its camera at
// the terminal. No long-lived token is printed, since under systemd this goes to the journal: the
// coordinator token only when it was made on this very start and a person is watching a terminal;
// otherwise the message says how to ask for it (npm run coordinator-token).
import QRCode from 'qrcode';
import { networkInterfaces } from 'node:os';

export interface StartupInfo {
  url: string;
  port: number;
  /** VELKOMMEN_PUBLIC_URL, if set. */
  publicUrl?: string;
  dbPath: string;
  /** A pairing link with a fresh one-time code, and when the code expires. */
  pairing: { link: string; expiresAt: Date };
  /** The coordinator token, when it was made on this start; else null. */
  newCoordinatorToken: string | null;
  tokensFile: string;
  /** Whether stdout is a terminal a person is watching (not a journal or a pipe). */
  terminal: boolean;
  /** This machine's addresses on the local network, when the server listens on all of them. */
  lanAddresses?: readonly string[];
}

/** The endpoint tablets are paired with: the public address if set, else localhost. */
export function pairingEndpoint(info: Pick<StartupInfo, 'publicUrl' | 'port'>): string {
  return info.publicUrl ?? `http://localhost:${info.port}`;
}

/**
 * This machine's IPv4 addresses on its networks (not loopback), as http:// addresses on `port`;
 * none when the server listens on one address only.
 */
export function lanAddresses(
  port: number,
  host: string,
  interfaces: ReturnType<typeof networkInterfaces> = networkInterfaces(),
): string[] {
  if (host !== '0.0.0.0' && host !== '::') return [];
  return Object.values(interfaces)
    .flatMap((entries) => entries ?? [])
    .filter((entry) => entry.family === 'IPv4' && !entry.internal)
    .map((entry) => `http://${entry.address}:${port}`);
}

export const COORDINATOR_TOKEN_COMMAND = 'npm run coordinator-token';

/**
 * The QR code of the link: on a terminal with its colours, so it scans on a dark background too;
 * in a log in plain block characters, since colour codes there are only noise.
 */
function qrCode(link: string, terminal: boolean): Promise<string> {
  return terminal
    ? QRCode.toString(link, { type: 'terminal', small: true })
    : QRCode.toString(link, { type: 'utf8' });
}

function tokenLines(info: StartupInfo): string[] {
  if (info.newCoordinatorToken !== null && info.terminal) {
    return [
      `Coordinator token: ${info.newCoordinatorToken}`,
      `  (new; kept in ${info.tokensFile}. Shown only this once; "${COORDINATOR_TOKEN_COMMAND}" on this server shows it again.)`,
    ];
  }
  if (info.newCoordinatorToken !== null) {
    return [
      `Tokens:      kept in ${info.tokensFile}; a coordinator token was made, "${COORDINATOR_TOKEN_COMMAND}" on this server shows it.`,
    ];
  }
  return [
    `Tokens:      kept in ${info.tokensFile}; "${COORDINATOR_TOKEN_COMMAND}" on this server shows the coordinator token.`,
  ];
}

export async function startupMessage(info: StartupInfo): Promise<string> {
  const qr = await qrCode(info.pairing.link, info.terminal);
  const lines = ['', `Velkommen is running at ${info.url}`];
  if (info.publicUrl !== undefined) lines.push(`Public address: ${info.publicUrl}`);
  const lan = info.lanAddresses ?? [];
  if (lan.length > 0) {
    lines.push(
      `On this network: ${lan.join(', ')} (a quick look from a computer; not for tablets)`,
    );
  }
  lines.push(`Visits:      kept in ${info.dbPath}`, ...tokenLines(info));
  if (info.publicUrl === undefined) {
    // A plain http:// LAN address is no use to a tablet: a service worker (offline use) needs
    // HTTPS. Say so instead of offering one.
    lines.push(
      '',
      'Tablets need an HTTPS address: put the server behind an HTTPS reverse proxy (see "Deployment" in the README) and set VELKOMMEN_PUBLIC_URL to that address for the pairing link.',
    );
  }
  lines.push(
    '',
    `Pair one tablet by opening this link on it, or by scanning the code below (it works once, until ${info.pairing.expiresAt.toISOString()}; the coordinator page makes more):`,
    info.pairing.link,
    qr,
  );
  return lines.join('\n');
}
