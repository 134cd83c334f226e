// One centre in the municipality's list: its zone and kiosk defaults, changing them, a pairing link
// for a new tablet of this centre, and its coordinator tokens.
import { useId, useRef, useState } from 'preact/hooks';
import type { Centre, NewCentre } from '../../../shared/api/centres';
import type { PairingCodeAnswer } from '../../../shared/api/devices';
import { municipalityByCode } from '../../../shared/municipalities';
import { changeCentre } from '../../coordinator/centres';
import type { Connection } from '../../coordinator/credentials';
import { makePairingCode } from '../../coordinator/devices';
import { useI18n } from '../../i18n/I18n';
import { CentreForm } from './CentreForm';
import { CentreTokens } from './CentreTokens';
import { useCentreTexts } from './centreTexts';
import { PairingLinkPanel } from './PairingLinkPanel';

interface CentreEntryProps {
  connection: Connection;
  centre: Centre;
  onChanged: (centre: Centre) => void;
  onProblem: (error: unknown) => void;
  /** Tells the panel's status line; it takes the focus. */
  onSaid: (text: string) => void;
}

export function CentreEntry({
  connection,
  centre,
  onChanged,
  onProblem,
  onSaid,
}: CentreEntryProps) {
  const { countryName } = useI18n();
  const ct = useCentreTexts();
  const titleId = useId();
  const [editing, setEditing] = useState(false);
  const [busy, setBusy] = useState(false);
  const [pairing, setPairing] = useState<PairingCodeAnswer | null>(null);
  const editButton = useRef<HTMLButtonElement>(null);

  const save = (change: NewCentre): Promise<boolean> => {
    setBusy(true);
    return changeCentre(connection, centre.id, change)
      .then(
        (after) => {
          onChanged(after);
          setEditing(false);
          onSaid(ct('saved', { name: after.name }));
          return true;
        },
        (error: unknown) => {
          onProblem(error);
          return false;
        },
      )
      .finally(() => setBusy(false));
  };

  const pair = () => {
    setBusy(true);
    makePairingCode(connection, centre.id)
      .then(setPairing, onProblem)
      .finally(() => setBusy(false));
  };

  const listed = (codes: readonly string[], name: (code: string) => string) =>
    codes.length === 0 ? ct('featuredNone') : codes.map(name).join(', ');

  return (
    <li class="centre-entry">
      <article aria-labelledby={titleId}>
        <h3 id={titleId}>{centre.name}</h3>
        <dl class="centre-entry__facts">
          <dt>{ct('zone')}</dt>
          <dd>{centre.timeZone}</dd>
          <dt>{ct('featuredCountries')}</dt>
          <dd>{listed(centre.featuredCountries, countryName)}</dd>
          <dt>{ct('featuredMunicipalities')}</dt>
          <dd>
            {listed(
              centre.featuredMunicipalities,
              (code) => municipalityByCode(code)?.name ?? code,
            )}
          </dd>
        </dl>
        <div class="centre-entry__actions">
          <button
            type="button"
            ref={editButton}
            aria-expanded={editing}
            onClick={() => setEditing((open) => !open)}
          >
            {ct('edit', { name: centre.name })}
          </button>
          <button type="button" disabled={busy} onClick={pair}>
            {ct('pair', { name: centre.name })}
          </button>
        </div>
        {editing && (
          <section aria-label={ct('editTitle', { name: centre.name })}>
            <CentreForm
              initial={centre}
              submitLabel={ct('save')}
              busy={busy}
              onSubmit={save}
              onCancel={() => {
                setEditing(false);
                editButton.current?.focus();
              }}
            />
          </section>
        )}
        {pairing && <PairingLinkPanel pairing={pairing} onHide={() => setPairing(null)} />}
        <CentreTokens connection={connection} centre={centre} onProblem={onProblem} />
      </article>
    </li>
  );
}
