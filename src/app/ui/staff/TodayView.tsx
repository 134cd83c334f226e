// Today at a glance, for the staff at the door: the day's headcount, visits by hour, countries and
// municipalities, the sync receipt and the storage state, and a notice when the tablet must be
// paired again or its clock is wrong. Everything is counted from the tablet's own storage, so it works offline and follows every
// check-in as it is saved. Today is the centre's, as the next check-in would count it.
import { useId } from 'preact/hooks';
import { municipalityByCode } from '../../../shared/municipalities';
import { useLiveQuery } from '../../data/live';
import type { KeyCount } from '../../data/stats';
import { dayStats } from '../../data/stats';
import { useI18n } from '../../i18n/I18n';
import { Flag } from '../flags/Flag';
import { PreferNot } from '../pictograms/PreferNot';
import type { BarItem } from './BarList';
import { BarList } from './BarList';
import { HourChart } from './HourChart';
import { StorageStatus } from './StorageStatus';
import { SyncReceipt } from './SyncReceipt';
import { ClockNotice } from './clock/ClockNotice';
import { RevokedNotice } from './pairing/RevokedNotice';
import { useCentreToday } from './clock/useCentreClock';
import { formatDay } from './time/when';
import './TodayView.css';

const NOT_SAID = 'not-said';

export function TodayView() {
  const { t, lang, countryName, formatNumber } = useI18n();
  const titleId = useId();
  const day = useCentreToday();
  const stats = useLiveQuery(() => dayStats(day), [day], null);

  const notSaid = t('staff.glance.notSaid');
  const countries: BarItem[] = (stats?.byCountry ?? []).map(({ key, visits }: KeyCount) => ({
    key: key ?? NOT_SAID,
    label: key === null ? notSaid : countryName(key),
    visits,
    icon: key === null ? <PreferNot /> : <Flag code={key} />,
  }));
  const municipalities: BarItem[] = (stats?.byMunicipality ?? []).map(({ key, visits }) => ({
    key: key ?? NOT_SAID,
    label: key === null ? notSaid : (municipalityByCode(key)?.name ?? key),
    visits,
    ...(key === null ? { icon: <PreferNot /> } : {}),
  }));

  return (
    <section class="today-view" aria-labelledby={titleId}>
      <header class="today-view__head">
        <h2 id={titleId} class="today-view__title">
          {t('staff.glance.title')}
        </h2>
        <p class="today-view__day">{formatDay(day, lang)}</p>
      </header>
      <RevokedNotice />
      <ClockNotice />
      {stats === null ? (
        <p>{t('staff.loading')}</p>
      ) : (
        <>
          <ul class="today-view__figures" aria-label={t('staff.glance.figures')}>
            {(
              [
                ['visits', stats.headcount.visits, 'staff.glance.visits'],
                ['adults', stats.headcount.adults, 'staff.glance.adults'],
                ['children', stats.headcount.children, 'staff.glance.children'],
                ['volunteers', stats.headcount.volunteers, 'staff.glance.volunteers'],
              ] as const
            ).map(([id, value, label]) => (
              <li key={id} class={`today-view__figure today-view__figure--${id}`}>
                <span class="today-view__number">{formatNumber(value)}</span>{' '}
                <span class="today-view__label">{t(label, { count: value })}</span>
              </li>
            ))}
          </ul>
          <div class="today-view__panel">
            <HourChart byHour={stats.byHour} />
          </div>
          <div class="today-view__lists">
            <div class="today-view__panel">
              <BarList
                title={t('staff.glance.countries')}
                items={countries}
                empty={t('staff.glance.noVisits')}
              />
            </div>
            <div class="today-view__panel">
              <BarList
                title={t('staff.glance.municipalities')}
                items={municipalities}
                empty={t('staff.glance.noVisits')}
              />
            </div>
          </div>
          <div class="today-view__lists">
            <div class="today-view__panel">
              <SyncReceipt day={day} tabletVisits={stats.headcount.visits} />
            </div>
            <div class="today-view__panel">
              <StorageStatus />
            </div>
          </div>
        </>
      )}
    </section>
  );
}
