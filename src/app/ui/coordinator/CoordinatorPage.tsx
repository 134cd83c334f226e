// The coordinator page at /coordinator: the token first, then, above all else, any tablet that has
// gone quiet with visits waiting on it; the period, the report tables with their charts (for every
// tablet, from the server), downloads, loading a tablet's unsent visits file, and the tablets
// themselves (pairing a new one, withdrawing one). The print layout keeps the heading, the period
// and the two tables with their charts on one A4 page.
import { useState } from 'preact/hooks';
import { useI18n } from '../../i18n/I18n';
import { LANGUAGES } from '../../i18n/languages/languages';
import { DEFAULT_FEATURED_COUNTRIES } from '../../../shared/countries';
import type { Period } from '../../../shared/periods';
import { presetPeriod, todayInCentre } from '../../../shared/periods';
import { centreParam } from '../../coordinator/api';
import type { StoredConnection } from '../../coordinator/credentials';
import { forgetConnection, loadConnection, saveConnection } from '../../coordinator/credentials';
import { loadCentreName, saveCentreName } from '../../coordinator/centreNameStore';
import { loadListing, saveListing } from '../../coordinator/listingStore';
import { PeriodPicker } from '../reports/PeriodPicker';
import { CentreNameField } from './CentreNameField';
import { CentresPanel } from './CentresPanel';
import { CentreSwitcher } from './CentreSwitcher';
import { useCentreTexts } from './centreTexts';
import { CountryListing } from './CountryListing';
import { ServerComparison } from './ServerComparison';
import { ServerDownloads } from './ServerDownloads';
import { ServerReport } from './ServerReport';
import { ServerTrends } from './ServerTrends';
import { ServerWeekShape } from './ServerWeekShape';
import { SideBySideReport } from './SideBySideReport';
import { TabletsAttention } from './TabletsAttention';
import { TabletsPanel } from './TabletsPanel';
import { TokenForm } from './TokenForm';
import { UnsentVisitsLoader } from './UnsentVisitsLoader';
import { useCentres } from './useCentres';
import { useDevices } from './useDevices';

// The coordinator page is in Danish or English (the report files are too).
const STAFF_LANGUAGES = LANGUAGES.filter(
  (language) => language.code === 'da' || language.code === 'en',
);

export function CoordinatorPage() {
  const { t, lang, setLang } = useI18n();
  const ct = useCentreTexts();
  const [connection, setConnection] = useState<StoredConnection | null>(loadConnection);
  const [notice, setNotice] = useState<string | null>(null);
  const [period, setPeriod] = useState<Period>(() => presetPeriod('thisMonth', todayInCentre()));
  const [countries, setCountries] = useState<readonly string[] | null>(() =>
    loadListing(DEFAULT_FEATURED_COUNTRIES),
  );
  const [reloadKey, setReloadKey] = useState(0);
  const [centreName, setCentreName] = useState(loadCentreName);

  const connect = (next: StoredConnection) => {
    saveConnection(next);
    setNotice(null);
    setConnection(next);
  };
  const signOut = (why: string | null = null) => {
    forgetConnection();
    setNotice(why);
    setConnection(null);
  };
  const centres = useCentres(connection, signOut);
  const centre = centres.chosen;
  const devices = useDevices(connection, signOut, centre);
  const known = centres.scope?.kind === 'centres' ? centres.scope.centres : null;
  const several = centres.municipality && known !== null && known.length > 1;
  // The server names the centres; the name kept on this computer is for a server from before.
  const heading = known === null ? centreName : (centres.shown?.name ?? (several ? ct('all') : ''));
  const list = (next: readonly string[] | null) => {
    saveListing(next);
    setCountries(next);
  };

  return (
    <div class="coordinator" data-screen="coordinator">
      <header class="coordinator__bar">
        <div class="coordinator__heading">
          <h1 class="coordinator__title">{t('coordinator.title')}</h1>
          {connection && heading !== '' && <p class="coordinator__centre">{heading}</p>}
        </div>
        <div class="coordinator__tools no-print">
          <div role="group" aria-label={t('nav.language')} class="coordinator__langs">
            {STAFF_LANGUAGES.map((language) => (
              <button
                key={language.code}
                type="button"
                lang={language.code}
                aria-pressed={lang === language.code}
                onClick={() => setLang(language.code)}
              >
                {language.name}
              </button>
            ))}
          </div>
          {connection && (
            <>
              <button type="button" onClick={() => window.print()}>
                {t('coordinator.print')}
              </button>
              <button type="button" onClick={() => signOut()}>
                {t('coordinator.signOut')}
              </button>
            </>
          )}
        </div>
      </header>
      <main class="coordinator__main">
        {connection === null ? (
          <TokenForm onConnect={connect} notice={notice} />
        ) : (
          <>
            <TabletsAttention devices={devices.devices} now={Date.now()} />
            {several && known && (
              <CentreSwitcher centres={known} chosen={centre} onChoose={centres.choose} />
            )}
            <PeriodPicker value={period} onChange={setPeriod} />
            <div class="no-print coordinator__choices">
              {known === null && (
                <CentreNameField
                  value={centreName}
                  onChange={(name) => setCentreName(saveCentreName(name))}
                />
              )}
              <CountryListing
                value={countries}
                onChange={list}
                fallback={DEFAULT_FEATURED_COUNTRIES}
              />
            </div>
            <ServerReport
              connection={connection}
              period={period}
              lang={lang === 'en' ? 'en' : 'da'}
              countries={countries}
              centre={centre}
              reloadKey={reloadKey}
              onUnauthorized={(why) => signOut(why)}
            />
            {several && known && centre === null && (
              <SideBySideReport
                connection={connection}
                centres={known}
                period={period}
                lang={lang === 'en' ? 'en' : 'da'}
                countries={countries}
                reloadKey={reloadKey}
              />
            )}
            <div class="no-print">
              <ServerWeekShape
                connection={connection}
                period={period}
                centre={centre}
                reloadKey={reloadKey}
              />
            </div>
            <div class="no-print coordinator__views">
              <ServerTrends
                connection={connection}
                scope={{ centre: centreParam(centre) }}
                lang={lang === 'en' ? 'en' : 'da'}
                reloadKey={reloadKey}
                onUnauthorized={(why) => signOut(why)}
              />
              <ServerComparison
                connection={connection}
                scope={{ centre: centreParam(centre) }}
                lang={lang === 'en' ? 'en' : 'da'}
                countries={countries}
                reloadKey={reloadKey}
                onUnauthorized={(why) => signOut(why)}
              />
            </div>
            <div class="coordinator__tasks no-print">
              <ServerDownloads
                connection={connection}
                period={period}
                countries={countries}
                centre={centre}
              />
              <UnsentVisitsLoader
                connection={connection}
                onLoaded={() => setReloadKey((k) => k + 1)}
              />
            </div>
            <TabletsPanel
              connection={connection}
              devices={devices}
              now={Date.now()}
              centre={centre}
              canPair={!several || centre !== null}
              {...(several && centre === null && known
                ? { centreNames: new Map(known.map((c) => [c.id, c.name])) }
                : {})}
              onUnauthorized={(why) => signOut(why)}
            />
            {centres.municipality && known && (
              <CentresPanel
                connection={connection}
                centres={known}
                onChanged={centres.put}
                onUnauthorized={(why) => signOut(why)}
              />
            )}
            <p class="coordinator__printed print-only">
              {t('coordinator.printed', {
                date: new Intl.DateTimeFormat(lang, { dateStyle: 'long' }).format(new Date()),
                server: connection.endpoint,
              })}
            </p>
          </>
        )}
      </main>
    </div>
  );
}
