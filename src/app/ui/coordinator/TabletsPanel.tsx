// The centre's tablets on the coordinator page: every tablet with a key of its own and how it was
// when last heard from, a one-time pairing link (and QR code) for a new one, and withdrawing one
// that was lost, stolen or replaced. A withdrawn tablet keeps its visits and tells its staff it must
// be paired again; the other tablets are untouched.
import { useId, useState } from 'preact/hooks';
import type { PairingCodeAnswer } from '../../../shared/api/devices';
import { ApiProblem } from '../../coordinator/api';
import type { Connection } from '../../coordinator/credentials';
import { makePairingCode, revokeDevice } from '../../coordinator/devices';
import { useI18n } from '../../i18n/I18n';
import { useCentreTexts } from './centreTexts';
import { DeviceRow } from './DeviceRow';
import { PairingLinkPanel } from './PairingLinkPanel';
import { problemText } from './problemText';
import type { DevicesState } from './useDevices';
import '../visuallyHidden.css';
import './tablets.css';

interface TabletsPanelProps {
  connection: Connection;
  devices: DevicesState;
  now: number;
  /** The centre a new tablet joins; null on a one-centre server or for a centre's own token. */
  centre?: string | null;
  /** False while every centre is shown: a tablet is then paired from its centre's entry. */
  canPair?: boolean;
  /** Every centre's name by id, when the list holds several centres' tablets. */
  centreNames?: ReadonlyMap<string, string>;
  onUnauthorized: (why: string) => void;
}

export function TabletsPanel(props: TabletsPanelProps) {
  const { connection, devices, now, centre = null, canPair = true, centreNames } = props;
  const { onUnauthorized } = props;
  const ct = useCentreTexts();
  const { t } = useI18n();
  const titleId = useId();
  const [pairing, setPairing] = useState<PairingCodeAnswer | null>(null);
  const [making, setMaking] = useState(false);
  const [confirming, setConfirming] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [said, setSaid] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);

  const failed = (error: unknown) => {
    if (error instanceof ApiProblem && error.kind === 'unauthorized') {
      onUnauthorized(problemText(t, error));
      return;
    }
    setProblem(problemText(t, error));
  };

  const pairNew = () => {
    setMaking(true);
    setProblem(null);
    setSaid(null);
    makePairingCode(connection, centre)
      .then(setPairing, failed)
      .finally(() => setMaking(false));
  };

  const withdraw = (id: string, name: string) => {
    setBusy(true);
    setProblem(null);
    revokeDevice(connection, id)
      .then((device) => {
        devices.replace(device);
        setConfirming(null);
        setSaid(t('coordinator.devices.withdrawnDone', { name }));
      }, failed)
      .finally(() => setBusy(false));
  };

  const list = devices.devices;
  return (
    <section class="tablets no-print" aria-labelledby={titleId} aria-busy={devices.loading}>
      <h2 id={titleId}>{t('coordinator.devices.title')}</h2>
      <p>{t('coordinator.devices.explain')}</p>
      <div class="tablets__actions">
        {canPair && (
          <button type="button" class="coordinator-primary" disabled={making} onClick={pairNew}>
            {t('coordinator.pair.make')}
          </button>
        )}
        <button type="button" onClick={devices.reload}>
          {t('coordinator.devices.refresh')}
        </button>
      </div>
      <div role="status" class="tablets__status">
        {making && <p>{t('coordinator.pair.making')}</p>}
        {said && <p>{said}</p>}
        {list === null && devices.loading && <p>{t('coordinator.devices.loading')}</p>}
        {(problem ?? devices.problem) && (
          <p>
            <span class="report-problem">{problem ?? devices.problem}</span>
          </p>
        )}
      </div>
      {pairing && <PairingLinkPanel pairing={pairing} onHide={() => setPairing(null)} />}
      {list !== null && list.length === 0 && <p>{t('coordinator.devices.none')}</p>}
      {list !== null && list.length > 0 && (
        <div class="tablets__scroll">
          <table class="tablets__table">
            <caption class="visually-hidden">{t('coordinator.devices.title')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('coordinator.devices.name')}</th>
                {centreNames && <th scope="col">{ct('switcher')}</th>}
                <th scope="col">{t('coordinator.devices.paired')}</th>
                <th scope="col">{t('coordinator.devices.lastSeen')}</th>
                <th scope="col">{t('coordinator.devices.version')}</th>
                <th scope="col">{t('coordinator.devices.waiting')}</th>
                <th scope="col">{t('coordinator.devices.clock')}</th>
                <th scope="col">{t('coordinator.devices.actions')}</th>
              </tr>
            </thead>
            <tbody>
              {list.map((device) => (
                <DeviceRow
                  key={device.id}
                  device={device}
                  now={now}
                  {...(centreNames
                    ? { centreName: centreNames.get(device.centreId ?? '') ?? '' }
                    : {})}
                  confirming={confirming === device.id}
                  busy={busy}
                  onAsk={() => {
                    setSaid(null);
                    setConfirming(device.id);
                  }}
                  onConfirm={() => withdraw(device.id, device.name)}
                  onCancel={() => setConfirming(null)}
                />
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
