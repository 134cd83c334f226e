// The coordinator's connection: which server and which token. It is kept for the browser tab only
// (sessionStorage) unless the coordinator asks to be remembered on this computer (localStorage),
// because the coordinator token reads every visit and a shared office computer is common.
import { z } from 'zod/mini';
import type { ApiConnection } from '../http/apiRequest';
import { TokenSchema } from '../../shared/api/pairing';
import { trimEndpoint } from '../../shared/api/routes';

/** The server's address (without a trailing slash) and the coordinator token. */
export interface Connection extends ApiConnection {
  token: string;
}

export interface StoredConnection extends Connection {
  remember: boolean;
}

// What is kept: read back through the schema, since another tab, an older version of the page or
// a person with the browser's tools may have written something else under the key.
const KeptConnectionSchema = z.object({ endpoint: z.string(), token: TokenSchema });

const KEY = 'velkommen.coordinator';

// Storage may be missing or refuse (private mode, blocked cookies): then nothing is kept.
function storages(): { session: Storage | null; local: Storage | null } {
  const get = (name: 'sessionStorage' | 'localStorage'): Storage | null => {
    try {
      return globalThis[name] ?? null;
    } catch {
      return null;
    }
  };
  return { session: get('sessionStorage'), local: get('localStorage') };
}

function read(storage: Storage | null): Connection | null {
  try {
    const text = storage?.getItem(KEY);
    if (!text) return null;
    const parsed = KeptConnectionSchema.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/** The connection kept for this tab, or else on this computer; null when none. */
export function loadConnection(): StoredConnection | null {
  const { session, local } = storages();
  const inTab = read(session);
  if (inTab) return { ...inTab, remember: false };
  const remembered = read(local);
  return remembered ? { ...remembered, remember: true } : null;
}

export function saveConnection(connection: StoredConnection): void {
  const { session, local } = storages();
  const text = JSON.stringify({ endpoint: connection.endpoint, token: connection.token });
  forgetConnection();
  try {
    (connection.remember ? local : session)?.setItem(KEY, text);
  } catch {
    // A full or blocked storage only means the token is asked for again next time.
  }
}

export function forgetConnection(): void {
  const { session, local } = storages();
  for (const storage of [session, local]) {
    try {
      storage?.removeItem(KEY);
    } catch {
      // Nothing kept there.
    }
  }
}

/**
 * The server's address as typed: blank means this page's own server; otherwise an http(s)
 * address without query or fragment. Returns null when it cannot be used.
 */
export function normaliseEndpoint(text: string, origin: string): string | null {
  const trimmed = text.trim();
  if (trimmed === '') return trimEndpoint(origin);
  try {
    const url = new URL(trimmed);
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
    if (url.search || url.hash || url.username || url.password) return null;
    return trimEndpoint(url.href);
  } catch {
    return null;
  }
}
