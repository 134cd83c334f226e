// At the top of the coordinator page, in plain words: the tablets that have gone quiet for more
// than a day while visits were waiting on them, since those visits reach no report until the
// tablet is back online. Nothing shows while every tablet is fine.
import { useId } from 'preact/hooks';
import type { Device } from '../../../shared/api/devices';
import { silentWithVisits } from '../../coordinator/deviceAttention';
import { useI18n } from '../../i18n/I18n';
import { formatWhen } from './when';

interface TabletsAttentionProps {
  devices: readonly Device[] | null;
  now: number;
}

export function TabletsAttention({ devices, now }: TabletsAttentionProps) {
  const { t, lang } = useI18n();
  const titleId = useId();
  const silent = (devices ?? []).filter((device) => silentWithVisits(device, now));
  if (silent.length === 0) return null;
  return (
    <section class="tablets-attention no-print" aria-labelledby={titleId} role="alert">
      <h2 id={titleId}>{t('coordinator.devices.attention')}</h2>
      <ul>
        {silent.map((device) => (
          <li key={device.id}>
            {t('coordinator.devices.silent', {
              name: device.name,
              when: device.lastSeenAt === null ? '?' : formatWhen(device.lastSeenAt, lang),
              count: device.waiting ?? 0,
            })}
          </li>
        ))}
      </ul>
    </section>
  );
}
