// A centre's coordinator tokens: who each is for, when it was made or withdrawn, making a new one
// (shown once) and withdrawing one after a confirmation. Only the municipality sees this.
import { useEffect, useId, useRef, useState } from 'preact/hooks';
import type { Centre, CentreToken, NewCentreToken } from '../../../shared/api/centres';
import { getCentreTokens, makeCentreToken, withdrawCentreToken } from '../../coordinator/centres';
import type { Connection } from '../../coordinator/credentials';
import { useI18n } from '../../i18n/I18n';
import { useCentreTexts } from './centreTexts';
import { NewTokenPanel } from './NewTokenPanel';
import { formatWhen } from './when';
import '../visuallyHidden.css';

interface CentreTokensProps {
  connection: Connection;
  centre: Centre;
  /** Says what went wrong, in the page's words; an unknown token signs out. */
  onProblem: (error: unknown) => void;
}

export function CentreTokens({ connection, centre, onProblem }: CentreTokensProps) {
  const { lang } = useI18n();
  const ct = useCentreTexts();
  const titleId = useId();
  const labelId = useId();
  const [tokens, setTokens] = useState<CentreToken[] | null>(null);
  const [label, setLabel] = useState('');
  const [made, setMade] = useState<NewCentreToken | null>(null);
  const [confirming, setConfirming] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [said, setSaid] = useState<string | null>(null);
  const status = useRef<HTMLParagraphElement>(null);
  const question = useRef<HTMLParagraphElement>(null);

  useEffect(() => {
    let current = true;
    getCentreTokens(connection, centre.id).then((list) => {
      if (current) setTokens(list);
    }, onProblem);
    return () => {
      current = false;
    };
  }, [connection.endpoint, connection.token, centre.id]);

  useEffect(() => {
    if (confirming !== null) question.current?.focus();
  }, [confirming]);

  const make = (event: Event) => {
    event.preventDefault();
    setBusy(true);
    setSaid(null);
    makeCentreToken(connection, centre.id, label.trim())
      .then((answer) => {
        const entry: CentreToken = {
          id: answer.id,
          label: answer.label,
          createdAt: answer.createdAt,
          revokedAt: answer.revokedAt,
        };
        setTokens((list) => [...(list ?? []), entry]);
        setMade(answer);
        setLabel('');
      }, onProblem)
      .finally(() => setBusy(false));
  };

  const withdraw = (token: CentreToken) => {
    setBusy(true);
    withdrawCentreToken(connection, centre.id, token.id)
      .then((after) => {
        setTokens((list) => list?.map((known) => (known.id === after.id ? after : known)) ?? null);
        setConfirming(null);
        setSaid(ct('tokenWithdrawnDone', { label: token.label }));
        status.current?.focus();
      }, onProblem)
      .finally(() => setBusy(false));
  };

  return (
    <section class="centre-tokens" aria-labelledby={titleId}>
      <h4 id={titleId}>{ct('tokensTitle', { name: centre.name })}</h4>
      <p>{ct('tokensExplain')}</p>
      <p role="status" tabIndex={-1} ref={status}>
        {said}
      </p>
      {tokens !== null && tokens.length === 0 && <p>{ct('tokensNone')}</p>}
      {tokens !== null && tokens.length > 0 && (
        <ul class="centre-tokens__list" aria-label={ct('tokenList')}>
          {tokens.map((token) => (
            <li key={token.id}>
              <span class="centre-tokens__label">{token.label}</span>{' '}
              <span>
                {token.revokedAt
                  ? ct('tokenWithdrawn', { when: formatWhen(token.revokedAt, lang) })
                  : ct('tokenCreated', { when: formatWhen(token.createdAt, lang) })}
              </span>
              {token.revokedAt === null && confirming !== token.id && (
                <button
                  type="button"
                  aria-label={ct('tokenWithdrawLabel', { label: token.label })}
                  onClick={() => {
                    setSaid(null);
                    setConfirming(token.id);
                  }}
                >
                  {ct('tokenWithdraw')}
                </button>
              )}
              {confirming === token.id && (
                <div role="group" aria-labelledby={`${titleId}-${token.id}`}>
                  <p id={`${titleId}-${token.id}`} tabIndex={-1} ref={question}>
                    {ct('tokenConfirm', { label: token.label })}
                  </p>
                  <button type="button" disabled={busy} onClick={() => withdraw(token)}>
                    {ct('tokenConfirmYes')}
                  </button>
                  <button type="button" onClick={() => setConfirming(null)}>
                    {ct('cancel')}
                  </button>
                </div>
              )}
            </li>
          ))}
        </ul>
      )}
      {made && <NewTokenPanel made={made} onHide={() => setMade(null)} />}
      <form class="centre-tokens__make" onSubmit={make}>
        <label for={labelId}>{ct('tokenLabel')}</label>
        <input
          id={labelId}
          type="text"
          required
          maxLength={80}
          value={label}
          onInput={(event) => setLabel(event.currentTarget.value)}
        />
        <button type="submit" disabled={busy}>
          {ct('tokenMake')}
        </button>
      </form>
    </section>
  );
}
