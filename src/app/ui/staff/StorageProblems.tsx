// The storage problems the tablet ran into (a full disk, storage it could not write, a connection
// the browser closed, an upgrade that waited for another tab, a database the browser emptied),
// newest first, each with what to do.
// Kept outside the database (see data/storageProblems.ts), so they show even when it is the
// database that failed. "Seen" clears the list.
import { useEffect, useId, useState } from 'preact/hooks';
import { localDate } from '../../../shared/time';
import type { StorageProblem } from '../../data/storageProblems';
import {
  clearStorageProblems,
  onStorageProblems,
  storageProblems,
} from '../../data/storageProblems';
import { useI18n } from '../../i18n/I18n';
import type { MessageKey } from '../../i18n/messages/da';
import { formatMoment } from './time/when';

const TEXT: Record<StorageProblem['kind'], MessageKey> = {
  full: 'staff.storageProblems.full',
  unwritable: 'staff.storageProblems.unwritable',
  connectionLost: 'staff.storageProblems.connectionLost',
  upgradeBlocked: 'staff.storageProblems.upgradeBlocked',
  wiped: 'staff.storageProblems.wiped',
};

export function StorageProblems() {
  const { t, lang } = useI18n();
  const titleId = useId();
  const [problems, setProblems] = useState(storageProblems);

  useEffect(() => onStorageProblems(() => setProblems(storageProblems())), []);

  if (problems.length === 0) return null;
  const today = localDate(new Date());
  return (
    <div class="storage-status__notice" role="region" aria-labelledby={titleId}>
      <h4 id={titleId} class="storage-status__title">
        {t('staff.storageProblems.title')}
      </h4>
      <ul class="storage-status__problems">
        {[...problems].reverse().map((problem) => (
          <li key={`${problem.at}-${problem.kind}-${problem.detail}`}>
            <p>
              {t(TEXT[problem.kind], {
                when: formatMoment(problem.at, lang, today),
                count: problem.count ?? 0,
              })}
            </p>
            <p class="storage-status__detail">{problem.detail}</p>
          </li>
        ))}
      </ul>
      <button type="button" onClick={clearStorageProblems}>
        {t('staff.storageProblems.clear')}
      </button>
    </div>
  );
}
