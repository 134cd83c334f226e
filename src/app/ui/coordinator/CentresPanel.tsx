// The municipality's "Centres" panel: every centre on the server with its defaults, tablets to pair
// and coordinator tokens, and a form to add a centre. What the server says after each action shows
// in one status line, which takes the focus so a screen reader hears it.
import { useId, useRef, useState } from 'preact/hooks';
import type { Centre, NewCentre } from '../../../shared/api/centres';
import { ApiProblem } from '../../coordinator/api';
import { createCentre } from '../../coordinator/centres';
import type { Connection } from '../../coordinator/credentials';
import { useI18n } from '../../i18n/I18n';
import { CentreEntry } from './CentreEntry';
import { CentreForm } from './CentreForm';
import { useCentreTexts } from './centreTexts';
import { problemText } from './problemText';
import './centres.css';

interface CentresPanelProps {
  connection: Connection;
  centres: readonly Centre[];
  onChanged: (centre: Centre) => void;
  onUnauthorized: (why: string) => void;
}

export function CentresPanel({
  connection,
  centres,
  onChanged,
  onUnauthorized,
}: CentresPanelProps) {
  const { t } = useI18n();
  const ct = useCentreTexts();
  const titleId = useId();
  const addId = useId();
  const [busy, setBusy] = useState(false);
  const [said, setSaid] = useState<{ text: string; problem: boolean } | null>(null);
  const status = useRef<HTMLParagraphElement>(null);

  const say = (text: string, problem = false) => {
    setSaid({ text, problem });
    // After the status line has its words, so they are read when it takes the focus.
    setTimeout(() => status.current?.focus(), 0);
  };
  const onProblem = (error: unknown) => {
    if (error instanceof ApiProblem && error.kind === 'unauthorized') {
      onUnauthorized(problemText(t, error));
      return;
    }
    say(problemText(t, error), true);
  };

  const add = (centre: NewCentre): Promise<boolean> => {
    setBusy(true);
    return createCentre(connection, centre)
      .then(
        (made) => {
          onChanged(made);
          say(ct('added', { name: made.name }));
          return true;
        },
        (error: unknown) => {
          onProblem(error);
          return false;
        },
      )
      .finally(() => setBusy(false));
  };

  return (
    <section class="centres no-print" aria-labelledby={titleId}>
      <h2 id={titleId}>{ct('panelTitle')}</h2>
      <p>{ct('panelExplain')}</p>
      <p role="status" tabIndex={-1} ref={status} class="centres__status">
        {said && (said.problem ? <span class="report-problem">{said.text}</span> : said.text)}
      </p>
      <ul class="centres__list">
        {centres.map((centre) => (
          <CentreEntry
            key={centre.id}
            connection={connection}
            centre={centre}
            onChanged={onChanged}
            onProblem={onProblem}
            onSaid={(text) => say(text)}
          />
        ))}
      </ul>
      <section class="centres__add" aria-labelledby={addId}>
        <h3 id={addId}>{ct('addTitle')}</h3>
        <CentreForm submitLabel={ct('add')} busy={busy} onSubmit={add} />
      </section>
    </section>
  );
}
