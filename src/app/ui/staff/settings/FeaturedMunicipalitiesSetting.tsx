import { useMemo } from 'preact/hooks';
import { MUNICIPALITIES, municipalityByCode } from '../../../../shared/municipalities';
import { useLiveQuery } from '../../../data/live';
import { photoCodes } from '../../../data/photos';
import { MAX_FEATURED_MUNICIPALITIES, updateKioskSettings } from '../../../data/settings';
import { useI18n } from '../../../i18n/I18n';
import { MunicipalityPicture } from '../../municipality/MunicipalityPicture';
import { AddFromAll } from '../../lists/AddFromAll';
import { FeaturedList } from '../../lists/FeaturedList';
import { added, moved, removed } from '../../lists/listChanges';
import { MunicipalityPhoto } from './MunicipalityPhoto';
import { SaveMessage } from './SaveMessage';
import type { Option } from '../../lists/search';
import { SettingsSection } from './SettingsSection';
import { useSave } from './useSave';

// Their names are Danish in every language, so they sort as Danish too.
const collator = new Intl.Collator('da');
const OPTIONS: Option[] = MUNICIPALITIES.map(({ code, name }) => ({ code, name })).sort((a, b) =>
  collator.compare(a.name, b.name),
);

interface FeaturedMunicipalitiesSettingProps {
  /** As stored, in the kiosk's order. */
  featured: readonly string[];
}

export function FeaturedMunicipalitiesSetting({ featured }: FeaturedMunicipalitiesSettingProps) {
  const { t } = useI18n();
  const saver = useSave();
  const withPhoto = new Set(useLiveQuery(photoCodes, [], [] as string[]));
  const items = useMemo(
    () =>
      featured.flatMap((code) => {
        const municipality = municipalityByCode(code);
        return municipality ? [{ code, name: municipality.name }] : [];
      }),
    [featured],
  );

  // Each change applies to the list as stored at that moment, so quick taps never undo each other.
  const store = (change: (list: readonly string[]) => string[]) =>
    saver.run(() =>
      updateKioskSettings((current) => ({
        featuredMunicipalities: change(current.featuredMunicipalities),
      })),
    );

  return (
    <SettingsSection id="settings-municipalities" title={t('settings.municipalities.title')}>
      <p class="settings-note">
        {t('settings.list.order', { count: featured.length, max: MAX_FEATURED_MUNICIPALITIES })}
      </p>
      <p class="settings-note">{t('settings.municipalities.photoHint')}</p>
      <FeaturedList
        label={t('settings.municipalities.title')}
        items={items.map(({ code, name }) => ({
          code,
          name,
          picture: <MunicipalityPicture code={code} />,
          extra: <MunicipalityPhoto code={code} name={name} hasPhoto={withPhoto.has(code)} />,
        }))}
        onMove={(code, by) => store((list) => moved(list, code, by))}
        onRemove={(code) => store((list) => removed(list, code))}
      />
      <SaveMessage id="settings-municipalities-message" state={saver.state} />
      <AddFromAll
        id="settings-municipalities-search"
        label={t('settings.municipalities.search')}
        options={OPTIONS}
        chosen={featured}
        onAdd={(code) => void store((list) => added(list, code))}
      />
    </SettingsSection>
  );
}
