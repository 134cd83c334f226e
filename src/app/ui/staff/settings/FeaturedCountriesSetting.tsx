import { useMemo } from 'preact/hooks';
import { COUNTRY_CODES, countryName } from '../../../../shared/countries';
import { updateKioskSettings, MAX_FEATURED_COUNTRIES } from '../../../data/settings';
import { useI18n } from '../../../i18n/I18n';
import { Flag } from '../../flags/Flag';
import { AddFromAll } from './AddFromAll';
import { FeaturedList } from './FeaturedList';
import { added, moved, removed } from './listChanges';
import { SaveMessage } from './SaveMessage';
import type { Option } from './search';
import { SettingsSection } from './SettingsSection';
import { useSave } from './useSave';

interface FeaturedCountriesSettingProps {
  /** As stored, in the kiosk's order. */
  featured: readonly string[];
}

export function FeaturedCountriesSetting({ featured }: FeaturedCountriesSettingProps) {
  const { t, lang, countryName: nameOf } = useI18n();
  const saver = useSave();
  // Every country, by its name in the staff's language; found by its Danish or English name too.
  const options = useMemo<Option[]>(() => {
    const collator = new Intl.Collator(lang);
    return COUNTRY_CODES.map((code) => ({
      code,
      name: countryName(code, lang),
      aliases: [countryName(code, 'da'), countryName(code, 'en')],
    })).sort((a, b) => collator.compare(a.name, b.name));
  }, [lang]);

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
      <FeaturedList
        label={t('settings.countries.title')}
        items={featured.map((code) => ({
          code,
          name: nameOf(code),
          picture: <Flag code={code} />,
        }))}
        onMove={(code, by) => store((list) => moved(list, code, by))}
        onRemove={(code) => store((list) => removed(list, code))}
      />
      <SaveMessage id="settings-countries-message" state={saver.state} />
      <AddFromAll
        id="settings-countries-search"
        label={t('settings.countries.search')}
        options={options}
        chosen={featured}
        picture={(code) => <Flag code={code} />}
        onAdd={(code) => void store((list) => added(list, code))}
      />
    </SettingsSection>
  );
}
