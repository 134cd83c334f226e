// One tablet in the coordinator's list: its name, when it was paired and last heard from, its app
// version, what waited on it and since when, how far its clock is off, and the way to withdraw it.
// Withdrawing asks once, in the row itself; a withdrawn tablet stays in the list, marked so.
import { useEffect, useId, useRef } from 'preact/hooks';
import type { Device } from '../../../shared/api/devices';
import { clockOff, silentWithVisits } from '../../coordinator/deviceAttention';
import type { ClockUnit } from '../../coordinator/deviceAttention';
import { useI18n } from '../../i18n/I18n';
import type { MessageKey } from '../../i18n/messages/da';
import { formatWhen } from './when';

const UNIT_TEXT: Record<ClockUnit, MessageKey> = {
  days: 'staff.clock.days',
  hours: 'staff.clock.hours',
  minutes: 'staff.clock.minutes',
};

interface DeviceRowProps {
  device: Device;
  now: number;
  /** The tablet's centre, when the list holds several centres' tablets. */
  centreName?: string;
  confirming: boolean;
  busy: boolean;
  onAsk: () => void;
  onConfirm: () => void;
  onCancel: () => void;
}

export function DeviceRow({
  device,
  now,
  centreName,
  confirming,
  busy,
  onAsk,
  onConfirm,
  onCancel,
}: DeviceRowProps) {
  const { t, lang } = useI18n();
  const questionId = useId();
  const question = useRef<HTMLParagraphElement>(null);
  const silent = silentWithVisits(device, now);

  // The question is read out as soon as it shows, and a second Enter cannot withdraw by accident.
  useEffect(() => {
    if (confirming) question.current?.focus();
  }, [confirming]);

  const waiting =
    device.waiting === null
      ? t('coordinator.devices.notReported')
      : device.waiting === 0
        ? t('coordinator.devices.waitingNone')
        : t('coordinator.devices.waitingSince', {
            count: device.waiting,
            when: device.oldestWaitingAt === null ? '?' : formatWhen(device.oldestWaitingAt, lang),
          });

  let clock = t('coordinator.devices.notReported');
  if (device.clockOffsetSeconds !== null) {
    const off = clockOff(device.clockOffsetSeconds);
    clock =
      off.kind === 'right'
        ? t('coordinator.devices.clockRight')
        : t(
            off.kind === 'ahead'
              ? 'coordinator.devices.clockAhead'
              : 'coordinator.devices.clockBehind',
            {
              period: t(UNIT_TEXT[off.unit], { count: off.count }),
            },
          );
  }

  const classes = [
    'device-row',
    device.revokedAt !== null ? 'device-row--withdrawn' : '',
    silent ? 'device-row--silent' : '',
  ].filter(Boolean);
  return (
    <tr class={classes.join(' ')}>
      <th scope="row">
        {device.name}
        {silent && <span class="device-row__mark">{t('coordinator.devices.silentMark')}</span>}
      </th>
      {centreName !== undefined && <td>{centreName}</td>}
      <td>{formatWhen(device.pairedAt, lang)}</td>
      <td>
        {device.lastSeenAt === null
          ? t('coordinator.devices.never')
          : formatWhen(device.lastSeenAt, lang)}
      </td>
      <td>{device.appVersion ?? t('coordinator.devices.notReported')}</td>
      <td>{waiting}</td>
      <td>{clock}</td>
      <td>
        {device.revokedAt !== null ? (
          t('coordinator.devices.withdrawn', { when: formatWhen(device.revokedAt, lang) })
        ) : confirming ? (
          <div class="device-row__confirm" role="group" aria-labelledby={questionId}>
            <p id={questionId} ref={question} tabIndex={-1}>
              {t('coordinator.devices.confirm', { name: device.name })}
            </p>
            <button type="button" disabled={busy} onClick={onConfirm}>
              {t('coordinator.devices.confirmYes')}
            </button>
            <button type="button" disabled={busy} onClick={onCancel}>
              {t('coordinator.devices.confirmNo')}
            </button>
          </div>
        ) : (
          <button
            type="button"
            aria-label={t('coordinator.devices.withdrawLabel', { name: device.name })}
            disabled={busy}
            onClick={onAsk}
          >
            {t('coordinator.devices.withdraw')}
          </button>
        )}
      </td>
    </tr>
  );
}
