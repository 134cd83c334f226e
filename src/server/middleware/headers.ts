// The headers every answer carries so that a browser holds the app to what it is: its own scripts,
// styles, fonts, pictures and workers only, talking to its own server only, never inside another
// site's frame, sending no referrer, and the microphone (for recordings) its one device. The
// coordinator's token sits in this origin's storage; a script from anywhere else could read it.
// Also how long a browser may keep each file: the app's pages and service worker are asked for
// again each time (tablets must find a new version), files under /assets/ are kept for a year
// (their names change with their content).
// Headers are set on the response in place: c.header() would rebuild it (see cors.ts).
import type { MiddlewareHandler } from 'hono';

export interface SecurityHeaderOptions {
  /**
   * Origins besides the page's own that the app may call: the address tablets are paired with
   * (VELKOMMEN_PUBLIC_URL) when the page is reached at another one.
   */
  connectTo?: readonly string[];
}

/**
 * The app's policy. Fonts and pictures may also be data: URLs (small ones are inlined by the build,
 * the municipality photos are kept so, the pairing QR code is drawn as one); recordings play from
 * blob: URLs; the service worker and the check-in worker are the app's own files.
 */
export function appContentSecurityPolicy(connectTo: readonly string[] = []): string {
  const connect = ["'self'", ...connectTo].join(' ');
  return [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self'",
    "font-src 'self' data:",
    "img-src 'self' data: blob:",
    "media-src 'self' blob: data:",
    "worker-src 'self'",
    "manifest-src 'self'",
    `connect-src ${connect}`,
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
}

/** The API's answers are data, never a page: nothing may load from them or frame them. */
export const API_CONTENT_SECURITY_POLICY = "default-src 'none'; frame-ancestors 'none'";

export const PERMISSIONS_POLICY = 'microphone=(self), camera=(), geolocation=()';

export function securityHeaders(options: SecurityHeaderOptions = {}): MiddlewareHandler {
  const appPolicy = appContentSecurityPolicy(options.connectTo);
  return async (c, next) => {
    await next();
    const headers = c.res.headers;
    headers.set(
      'Content-Security-Policy',
      c.req.path.startsWith('/api/') ? API_CONTENT_SECURITY_POLICY : appPolicy,
    );
    headers.set('Permissions-Policy', PERMISSIONS_POLICY);
    headers.set('X-Content-Type-Options', 'nosniff');
    // For browsers that know X-Frame-Options but not frame-ancestors.
    headers.set('X-Frame-Options', 'DENY');
    headers.set('Referrer-Policy', 'no-referrer');
  };
}

const IMMUTABLE = 'public, max-age=31536000, immutable';

// The files a browser must ask for again each time, besides every HTML page (the app itself, at
// whatever address it is opened: /, /coordinator, a pairing link).
const ASKED_AGAIN = new Set(['/sw.js', '/manifest.webmanifest', '/registerSW.js']);

/**
 * Cache-Control for the app's files: a year for a file found under /assets/, no-cache for its
 * pages, its service worker and its manifest. An answer that is not a file found (a 404) is never
 * kept for a year. The API sets its own (no-store).
 */
export function cacheHeaders(): MiddlewareHandler {
  return async (c, next) => {
    await next();
    const path = c.req.path;
    if (path.startsWith('/api/')) return;
    const headers = c.res.headers;
    if (path.startsWith('/assets/')) {
      headers.set('Cache-Control', c.res.status === 200 ? IMMUTABLE : 'no-store');
    } else if (
      ASKED_AGAIN.has(path) ||
      path.endsWith('.webmanifest') ||
      headers.get('Content-Type')?.startsWith('text/html')
    ) {
      headers.set('Cache-Control', 'no-cache');
    }
  };
}
