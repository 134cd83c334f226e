// Reports and exports on the tablet, offline: the grant-report tables of a period from this
// tablet's own visits, the same files the server gives (made with the same shared code, so the
// bytes match), and the unsent visits file (every visit the server has not confirmed), for the
// coordinator.
import { useState } from 'preact/hooks';
import { tabletReport, unsentVisitsFile, unsyncedCount, visitsBetween } from '../../data/exports';
import { useLiveQuery } from '../../data/live';
import { getKioskSettings } from '../../data/settings';
import { centreTimeZone } from '../../data/syncSettings';
import { useI18n } from '../../i18n/I18n';
import type { Period } from '../../../shared/periods';
import { presetPeriod } from '../../../shared/periods';
import type { Format, Report, ReportLang, ReportTable } from '../../../shared/api/report';
import { reportCsv } from '../../../shared/reports/report';
import { visitLogCsv } from '../../../shared/reports/visitLog';
import { weekShape } from '../../../shared/reports/weekShape';
import {
  downloadCsv,
  downloadJson,
  reportFileName,
  unsentVisitsFileName,
  visitLogFileName,
} from '../reports/download';
import type { ExportFile } from '../reports/ExportButtons';
import { ExportButtons } from '../reports/ExportButtons';
import { PeriodPicker } from '../reports/PeriodPicker';
import { printCompactFor, ReportSection } from '../reports/ReportSection';
import { ReportTotals } from '../reports/ReportTotals';
import { WeekShapeTable } from '../reports/WeekShapeTable';
import '../reports/reports.css';
import { useCentreToday } from './clock/useCentreClock';
import './ReportsView.css';

type Listing = 'featured' | 'all';

export function ReportsView() {
  const { t, lang } = useI18n();
  const today = useCentreToday();
  const [period, setPeriod] = useState<Period>(() => presetPeriod('thisMonth', today));
  const [fileLang, setFileLang] = useState<ReportLang>('da');
  const [listing, setListing] = useState<Listing>('featured');
  const [includeVoided, setIncludeVoided] = useState(false);
  const [unsentNote, setUnsentNote] = useState<string | null>(null);

  const featured = useLiveQuery(
    () => getKioskSettings().then((settings) => settings.featuredCountries),
    [],
    null,
  );
  const countries = listing === 'featured' ? (featured ?? undefined) : undefined;
  const screenLang: ReportLang = lang === 'en' ? 'en' : 'da';

  const report = (table: ReportTable, reportLang: ReportLang): Promise<Report> =>
    tabletReport({ ...period, table, lang: reportLang, ...(countries ? { countries } : {}) });

  // Nothing is shown until the featured list is read, so the table never flashes another layout.
  const waiting = listing === 'featured' && featured === null;
  const shown = useLiveQuery(
    async () =>
      waiting
        ? null
        : Promise.all([report('countries', screenLang), report('municipalities', screenLang)]),
    [period.from, period.to, screenLang, listing, featured?.join(',')],
    null,
  );
  const unsynced = useLiveQuery(unsyncedCount, [], null);
  // The week's shape of this tablet's visits in the period, offline like everything here.
  const shape = useLiveQuery(
    async () => weekShape(await visitsBetween(period.from, period.to), await centreTimeZone()),
    [period.from, period.to],
    null,
  );

  const exportFile = async (file: ExportFile, format: Format): Promise<string> => {
    if (file === 'visits') {
      const visits = await visitsBetween(period.from, period.to, { includeVoided });
      const name = visitLogFileName(period, format, fileLang);
      if (format === 'csv') {
        downloadCsv(
          visitLogCsv(visits, fileLang, { header: 'named', timeZone: await centreTimeZone() }),
          name,
        );
      } else downloadJson({ visits }, name);
      return name;
    }
    const made = await report(file, fileLang);
    const name = reportFileName(file, period, format, fileLang);
    if (format === 'csv') downloadCsv(reportCsv(made, fileLang), name);
    else downloadJson(made, name);
    return name;
  };

  const saveUnsentVisits = async () => {
    setUnsentNote(null);
    try {
      const file = await unsentVisitsFile();
      const name = unsentVisitsFileName(file.deviceId, new Date(file.exportedAt));
      downloadJson(file, name);
      setUnsentNote(t('reports.backup.saved', { file: name, count: file.visits.length }));
    } catch (error) {
      setUnsentNote(
        t('reports.saveFailed', { reason: error instanceof Error ? error.message : String(error) }),
      );
    }
  };

  return (
    <div class="reports-view">
      <h2 class="reports-view__title">{t('reports.title')}</h2>
      <p class="reports-view__note">{t('reports.tabletOnly')}</p>
      <PeriodPicker value={period} onChange={setPeriod} />

      <fieldset class="report-options">
        <legend>{t('reports.listing')}</legend>
        <label class="report-choice">
          <input
            type="radio"
            name="report-listing"
            checked={listing === 'featured'}
            onChange={() => setListing('featured')}
          />
          <span>{t('reports.listing.featured', { count: featured?.length ?? 0 })}</span>
        </label>
        <label class="report-choice">
          <input
            type="radio"
            name="report-listing"
            checked={listing === 'all'}
            onChange={() => setListing('all')}
          />
          <span>{t('reports.listing.all')}</span>
        </label>
      </fieldset>

      {shown === null ? (
        <p role="status">{t('reports.loading')}</p>
      ) : (
        <>
          <ReportTotals totals={shown[0].totals} />
          <div class="report-sections">
            <ReportSection report={shown[0]} printCompact={printCompactFor(shown)} />
            <ReportSection report={shown[1]} printCompact={printCompactFor(shown)} />
          </div>
        </>
      )}
      {shape !== null && <WeekShapeTable shape={shape} />}

      <section class="reports-view__exports" aria-labelledby="reports-exports-title">
        <h2 id="reports-exports-title">{t('reports.exports')}</h2>
        <label class="report-choice">
          <input
            type="checkbox"
            checked={includeVoided}
            onChange={(event) => setIncludeVoided(event.currentTarget.checked)}
          />
          <span>{t('reports.includeVoided')}</span>
        </label>
        <ExportButtons fileLang={fileLang} onFileLang={setFileLang} onExport={exportFile} />
      </section>

      <section class="reports-view__unsent" aria-labelledby="reports-unsent-title">
        <h2 id="reports-unsent-title">{t('reports.backup.title')}</h2>
        <p>
          {unsynced === null
            ? t('reports.loading')
            : unsynced === 0
              ? t('reports.backup.nothing')
              : t('reports.backup.waiting', { count: unsynced })}
        </p>
        <p class="reports-view__note">{t('reports.backup.explain')}</p>
        <button
          type="button"
          data-action="save-unsent-visits"
          onClick={() => void saveUnsentVisits()}
        >
          {t('reports.backup.save')}
        </button>
        <p role="status">{unsentNote}</p>
      </section>
    </div>
  );
}
