// The photo of one featured municipality: take one with the tablet's camera, choose a picture file,
// or remove it to bring the map back. The photo is redrawn small and kept on this tablet only.
import type { JSX } from 'preact';
import { removePhoto, savePhoto } from '../../../data/photos';
import { useI18n } from '../../../i18n/I18n';
import { SaveMessage } from './SaveMessage';
import { useSave } from './useSave';

interface MunicipalityPhotoProps {
  code: string;
  name: string;
  hasPhoto: boolean;
}

export function MunicipalityPhoto({ code, name, hasPhoto }: MunicipalityPhotoProps) {
  const { t } = useI18n();
  const saver = useSave();
  const messageId = `settings-photo-${code}-message`;

  const chosen = (event: JSX.TargetedEvent<HTMLInputElement>) => {
    const input = event.currentTarget;
    const file = input.files?.[0];
    // Cleared at once, so choosing the same file again still counts as a choice.
    input.value = '';
    if (!file) return;
    void saver.run(() => savePhoto(code, file), { key: 'settings.photo.saved', params: { name } });
  };

  const remove = () =>
    void saver.run(() => removePhoto(code), {
      key: 'settings.photo.removed',
      params: { name },
    });

  return (
    <div class="municipality-photo">
      <div class="municipality-photo__actions">
        {/* The camera straight away on a tablet; a file chooser elsewhere. */}
        <label class="settings-button settings-file">
          <input
            type="file"
            accept="image/*"
            capture="environment"
            class="settings-file__input"
            aria-describedby={messageId}
            onChange={chosen}
          />
          {t('settings.photo.take', { name })}
        </label>
        <label class="settings-button settings-file">
          <input
            type="file"
            accept="image/*"
            class="settings-file__input"
            aria-describedby={messageId}
            onChange={chosen}
          />
          {t('settings.photo.choose', { name })}
        </label>
        {hasPhoto && (
          <button type="button" class="settings-button" onClick={remove}>
            {t('settings.photo.remove', { name })}
          </button>
        )}
      </div>
      <SaveMessage id={messageId} state={saver.state} />
    </div>
  );
}
