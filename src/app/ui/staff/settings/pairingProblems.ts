// Why a pairing did not give the tablet a key, in the settings' words: a code that cannot work
// again needs a new link from the coordinator, a network fault only another try.
import type { MessageKey } from '../../../i18n/messages/da';
import type { KeyProblem } from '../../../sync/ownKey';
import { Refusal } from './errors';

const KEYS: Record<KeyProblem, MessageKey> = {
  'invalid-code': 'settings.error.pairingCode',
  network: 'settings.error.pairingNetwork',
  'rate-limited': 'settings.error.pairingRateLimited',
  'no-endpoint': 'settings.error.pairingRefused',
  refused: 'settings.error.pairingRefused',
  'bad-response': 'settings.error.pairingRefused',
  storage: 'settings.error.storageFull',
};

/** The refusal to show for a pairing that ended with `problem`. */
export function pairingRefusal(problem: KeyProblem | undefined): Refusal {
  return new Refusal(problem === undefined ? 'settings.error.pairingLink' : KEYS[problem]);
}
