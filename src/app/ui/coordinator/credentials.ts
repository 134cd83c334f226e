// The coordinator's connection: which server and which token. It is kept for the browser tab only
// (sessionStorage) unless the coordinator asks to be remembered on this computer (localStorage),
// because the coordinator token reads every visit and a shared office computer is common.

export interface Connection {
  /** The server's address without a trailing slash. */
  endpoint: string;
  token: string;
}

export interface StoredConnection extends Connection {
  remember: boolean;
}

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
    const value: unknown = JSON.parse(text);
    if (typeof value !== 'object' || value === null) return null;
    const endpoint: unknown = Reflect.get(value, 'endpoint');
    const token: unknown = Reflect.get(value, 'token');
    return typeof endpoint === 'string' && typeof token === 'string' && token !== ''
      ? { endpoint, token }
      : null;
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
  if (trimmed === '') return origin.replace(/\/+$/, '');
  try {
    const url = new URL(trimmed);
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
    if (url.search || url.hash || url.username || url.password) return null;
    return url.href.replace(/\/+$/, '');
  } catch {
    return null;
  }
}
