import { updateKioskSettings, MAX_FEATURED_COUNTRIES } from '../../../data/settings';
import { useI18n } from '../../../i18n/I18n';
import { CountryChooser } from '../../countries/CountryChooser';
import { added, moved, removed } from '../../lists/listChanges';
import { SaveMessage } from './SaveMessage';
import { SettingsSection } from './SettingsSection';
import { useSave } from './useSave';

interface FeaturedCountriesSettingProps {
  /** As stored, in the kiosk's order. */
  featured: readonly string[];
}

export function FeaturedCountriesSetting({ featured }: FeaturedCountriesSettingProps) {
  const { t } = useI18n();
  const saver = useSave();

  // Each change applies to the list as stored at that moment, so quick taps never undo each other.
  const store = (change: (list: readonly string[]) => string[]) =>
    saver.run(() =>
      updateKioskSettings((current) => ({ featuredCountries: change(current.featuredCountries) })),
    );

  return (
    <SettingsSection id="settings-countries" title={t('settings.countries.title')}>
      <p class="settings-note">
        {t('settings.list.order', { count: featured.length, max: MAX_FEATURED_COUNTRIES })}
      </p>
      <CountryChooser
        id="settings-countries-search"
        label={t('settings.countries.title')}
        searchLabel={t('settings.countries.search')}
        chosen={featured}
        onMove={(code, by) => store((list) => moved(list, code, by))}
        onRemove={(code) => store((list) => removed(list, code))}
        onAdd={(code) => void store((list) => added(list, code))}
      />
      <SaveMessage id="settings-countries-message" state={saver.state} />
    </SettingsSection>
  );
}
