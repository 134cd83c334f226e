// What the server prints when it starts: where it runs, and a pairing link made from a fresh
// one-time code, with its QR code, so whoever set it up can pair a tablet by pointing its camera at
// the terminal. No long-lived token is printed, since under systemd this goes to the journal: the
// coordinator token only when it was made on this very start and a person is watching a terminal;
// otherwise the message says how to ask for it (npm run coordinator-token).
import QRCode from 'qrcode';

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
}

/** The endpoint tablets are paired with: the public address if set, else localhost. */
export function pairingEndpoint(info: Pick<StartupInfo, 'publicUrl' | 'port'>): string {
  return info.publicUrl ?? `http://localhost:${info.port}`;
}

export const COORDINATOR_TOKEN_COMMAND = 'npm run coordinator-token';

export async function startupMessage(info: StartupInfo): Promise<string> {
  const qr = await QRCode.toString(info.pairing.link, { type: 'terminal', small: true });
  const lines = [`Velkommen is running at ${info.url}`, `Visits are kept in ${info.dbPath}`];
  if (info.publicUrl === undefined) {
    // A plain http:// LAN address is no use to a tablet: a service worker (offline use) needs
    // HTTPS. Say so instead of offering one.
    lines.push(
      'Tablets need an HTTPS address: put the server behind an HTTPS reverse proxy (see "Deployment" in the README) and set VELKOMMEN_PUBLIC_URL to that address for the pairing link.',
    );
  }
  lines.push('');
  if (info.newCoordinatorToken !== null && info.terminal) {
    lines.push(
      `Coordinator token: ${info.newCoordinatorToken}`,
      `(new; kept in ${info.tokensFile}. It is shown only this once; "${COORDINATOR_TOKEN_COMMAND}" on this server shows it again.)`,
    );
  } else if (info.newCoordinatorToken !== null) {
    lines.push(
      `A coordinator token was made and kept in ${info.tokensFile}; show it with "${COORDINATOR_TOKEN_COMMAND}" on this server.`,
    );
  } else {
    lines.push(`The coordinator token: "${COORDINATOR_TOKEN_COMMAND}" on this server shows it.`);
  }
  lines.push(
    '',
    `Pair one tablet by opening this link on it, or by scanning the code below (it works once, until ${info.pairing.expiresAt.toISOString()}; the coordinator page makes more):`,
    info.pairing.link,
    qr,
  );
  return lines.join('\n');
}
