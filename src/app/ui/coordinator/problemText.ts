// An ApiProblem in the coordinator's words, with the server's own sentence where it said one.
import type { I18n } from '../../i18n/I18n';
import type { MessageKey } from '../../i18n/messages/da';
import { ApiProblem } from '../../coordinator/api';
import type { ProblemKind } from '../../coordinator/api';

const KEYS: Record<ProblemKind, MessageKey> = {
  unauthorized: 'coordinator.problem.unauthorized',
  forbidden: 'coordinator.problem.forbidden',
  network: 'coordinator.problem.network',
  refused: 'coordinator.problem.refused',
  'bad-response': 'coordinator.problem.badResponse',
};

export function problemText(t: I18n['t'], error: unknown): string {
  if (error instanceof ApiProblem) return t(KEYS[error.kind], { detail: error.detail });
  return t('coordinator.problem.refused', {
    detail: error instanceof Error ? error.message : String(error),
  });
}
