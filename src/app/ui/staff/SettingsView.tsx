// The centre's settings for this tablet, behind the staff PIN. Each setting saves on its own and
// says so; a refused change says why and leaves what was stored. The kiosk reads the same
// settings live, so a change shows there at once.
import { useLiveQuery } from '../../data/live';
import type { KioskSettings } from '../../data/settings';
import { getKioskSettings } from '../../data/settings';
import { useI18n } from '../../i18n/I18n';
import { CentreSetting } from './settings/CentreSetting';
import { FeaturedCountriesSetting } from './settings/FeaturedCountriesSetting';
import { FeaturedMunicipalitiesSetting } from './settings/FeaturedMunicipalitiesSetting';
import { IdleSetting } from './settings/IdleSetting';
import { LanguagesSetting } from './settings/LanguagesSetting';
import { PinSetting } from './settings/PinSetting';
import { SyncSetting } from './settings/SyncSetting';
import { TabletSetting } from './settings/TabletSetting';
import { WomanPicturesSetting } from './settings/WomanPicturesSetting';
import './settings/settings.css';

export function SettingsView() {
  const { t } = useI18n();
  const settings = useLiveQuery<KioskSettings | null>(getKioskSettings, [], null);
  return (
    <div class="settings-view">
      <h2 class="settings-view__title">{t('settings.title')}</h2>
      {settings === null ? (
        <p class="settings-note">{t('settings.loading')}</p>
      ) : (
        <>
          <CentreSetting centreName={settings.centreName} />
          <TabletSetting />
          <FeaturedCountriesSetting featured={settings.featuredCountries} />
          <FeaturedMunicipalitiesSetting featured={settings.featuredMunicipalities} />
          <LanguagesSetting offered={settings.languagesOffered} start={settings.language} />
          <IdleSetting idleSeconds={settings.idleSeconds} />
          <WomanPicturesSetting chosen={settings.womanPictures} />
          <SyncSetting />
          <PinSetting />
        </>
      )}
    </div>
  );
}
