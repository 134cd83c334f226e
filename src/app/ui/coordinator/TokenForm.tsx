// The way into the coordinator page: the coordinator token (and, rarely, another server's
// address). The token is tried on a coordinator-only route before the page opens, so a tablet's
// token or a typo is named at once rather than as empty reports.
import { useId, useState } from 'preact/hooks';
import { useI18n } from '../../i18n/I18n';
import { todayInCentre } from '../../../shared/periods';
import { getReport } from '../../coordinator/api';
import type { StoredConnection } from '../../coordinator/credentials';
import { normaliseEndpoint } from '../../coordinator/credentials';
import { problemText } from './problemText';

interface TokenFormProps {
  onConnect: (connection: StoredConnection) => void;
  /** Why the token is asked for again, e.g. the server stopped accepting it. */
  notice?: string | null;
}

export function TokenForm({ onConnect, notice = null }: TokenFormProps) {
  const { t } = useI18n();
  const id = useId();
  const origin = globalThis.location?.origin ?? '';
  const [token, setToken] = useState('');
  const [endpoint, setEndpoint] = useState('');
  const [remember, setRemember] = useState(false);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(notice);

  const submit = async (event: Event) => {
    event.preventDefault();
    const address = normaliseEndpoint(endpoint, origin);
    if (address === null) {
      setProblem(t('coordinator.endpointInvalid'));
      return;
    }
    if (token.trim() === '') {
      setProblem(t('coordinator.tokenMissing'));
      return;
    }
    const connection = { endpoint: address, token: token.trim(), remember };
    setBusy(true);
    setProblem(null);
    try {
      const today = todayInCentre();
      await getReport(connection, { from: today, to: today, table: 'countries', lang: 'da' });
      onConnect(connection);
    } catch (error) {
      setProblem(problemText(t, error));
    } finally {
      setBusy(false);
    }
  };

  return (
    <form class="token-form" onSubmit={(event) => void submit(event)}>
      <h2>{t('coordinator.signIn')}</h2>
      <p>{t('coordinator.signInExplain')}</p>
      <label class="coordinator-field">
        <span>{t('coordinator.token')}</span>
        <input
          type="password"
          autocomplete="off"
          spellcheck={false}
          value={token}
          aria-describedby={`${id}-problem`}
          onInput={(event) => setToken(event.currentTarget.value)}
        />
      </label>
      <details class="token-form__more">
        <summary>{t('coordinator.otherServer')}</summary>
        <label class="coordinator-field">
          <span>{t('coordinator.endpoint')}</span>
          <input
            type="url"
            inputMode="url"
            placeholder={origin}
            value={endpoint}
            onInput={(event) => setEndpoint(event.currentTarget.value)}
          />
        </label>
      </details>
      <label class="report-choice">
        <input
          type="checkbox"
          checked={remember}
          onChange={(event) => setRemember(event.currentTarget.checked)}
        />
        <span>{t('coordinator.remember')}</span>
      </label>
      <button type="submit" class="coordinator-primary" disabled={busy}>
        {busy ? t('coordinator.checking') : t('coordinator.open')}
      </button>
      <p id={`${id}-problem`} role="status">
        {problem && <span class="report-problem">{problem}</span>}
      </p>
    </form>
  );
}
