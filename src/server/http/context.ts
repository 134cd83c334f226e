// The context type the API's middleware and routes share: what a request carries from the guards
// in front of a route to its handler.
import type { Role } from '../auth/tokens';

export interface ApiEnv {
  Variables: {
    /** Set by the token check. */
    role: Role;
    /** Set by the token check: the tablet whose own key was sent, null for a shared token. */
    device: { id: string; name: string } | null;
    /** The JSON body's bytes, set by the body middleware, parsed by the route (parseBody). */
    body: ArrayBuffer | undefined;
  };
}
