// The context type the API's middleware and routes share: what a request carries from the guards
// in front of a route to its handler.
import type { Role } from '../auth/tokens';

/**
 * Whose token a request carries: the municipality (the server's coordinator token, every centre),
 * one centre's coordinator, or a kiosk of one centre (a tablet's own key names its centre and the
 * centre's zone; the shared kiosk token, null, acts for the first centre).
 */
export type Holder =
  | { kind: 'municipality' }
  | { kind: 'centre'; centreId: string }
  | { kind: 'kiosk'; centre: { id: string; timeZone: string } | null };

export interface ApiEnv {
  Variables: {
    /** Set by the token check. */
    role: Role;
    /** Set by the token check: the tablet whose own key was sent, null for a shared token. */
    device: { id: string; name: string } | null;
    /** Set by the token check: whose token it is, and so which centres it may see. */
    holder: Holder;
    /** The JSON body's bytes, set by the body middleware, parsed by the route (parseBody). */
    body: ArrayBuffer | undefined;
  };
}
