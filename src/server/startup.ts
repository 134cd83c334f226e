// What the server prints when it starts: where it runs, both tokens, and the pairing link with
// its QR code, so whoever set it up can pair a tablet by pointing its camera at the terminal.
import QRCode from 'qrcode';
import { pairingLink } from '../shared/api/pairing';
import type { Role, Tokens } from './auth/tokens';

export interface StartupInfo {
  url: string;
  port: number;
  /** VELKOMMEN_PUBLIC_URL, if set. */
  publicUrl?: string;
  dbPath: string;
  tokens: Tokens;
  /** Roles whose token was made on this start. */
  created: readonly Role[];
  tokensFile: string;
}

/** The endpoint tablets are paired with: the public address if set, else localhost. */
export function pairingEndpoint(info: Pick<StartupInfo, 'publicUrl' | 'port'>): string {
  return info.publicUrl ?? `http://localhost:${info.port}`;
}

export async function startupMessage(info: StartupInfo): Promise<string> {
  const link = pairingLink(pairingEndpoint(info), info.tokens.kiosk);
  const qr = await QRCode.toString(link, { type: 'terminal', small: true });
  const lines = [`Velkommen is running at ${info.url}`, `Visits are kept in ${info.dbPath}`];
  if (info.publicUrl === undefined) {
    // A plain http:// LAN address is no use to a tablet: a service worker (offline use) needs
    // HTTPS. Say so instead of offering one.
    lines.push(
      'Tablets need an HTTPS address: put the server behind an HTTPS reverse proxy (see "Deployment" in the README) and set VELKOMMEN_PUBLIC_URL to that address for the pairing link.',
    );
  }
  lines.push(
    '',
    `Kiosk token:       ${info.tokens.kiosk}${note(info, 'kiosk')}`,
    `Coordinator token: ${info.tokens.coordinator}${note(info, 'coordinator')}`,
    '',
    'Pair a tablet by opening this link on it, or by scanning the code below:',
    link,
    qr,
  );
  return lines.join('\n');
}

function note(info: StartupInfo, role: Role): string {
  return info.created.includes(role) ? ` (new; kept in ${info.tokensFile})` : '';
}
