// A sitting with an interpreter: what is still missing in one language, one item after another,
// the words large in that language and what each is in the staff's. Record, listen, keep or record
// again, or skip it for now; then the next. The walk is fixed when the session starts, so keeping
// one never reshuffles the rest, and the end says calmly what is done and what is still missing.
import { useEffect, useRef, useState } from 'preact/hooks';
import type { RecordingInfo } from '../../../data/recordings';
import type { SoundItem } from '../../../data/soundItems';
import { itemsMissing } from '../../../data/soundItems';
import { useI18n } from '../../../i18n/I18n';
import { languageByCode } from '../../../i18n/languages/languages';
import type { LanguageCode } from '../../../i18n/languages/languages';
import { ItemRecorder } from './ItemRecorder';
import { itemLabel } from './itemLabel';
import { useLanguageText, wordsOf } from './useLanguageText';

interface RecordingSessionProps {
  /** The language the recordings are kept under (Danish for the municipality names). */
  language: LanguageCode;
  /** A session of municipality names, recorded once for every language. */
  names: boolean;
  /** Everything the session covers; it walks those not yet recorded. */
  items: readonly SoundItem[];
  recordings: readonly RecordingInfo[];
  onClose: () => void;
}

export function RecordingSession({
  language,
  names,
  items,
  recordings,
  onClose,
}: RecordingSessionProps) {
  const staff = useI18n();
  const { t } = staff;
  const text = useLanguageText(language);
  const languageName = languageByCode(language).name;
  const [walk, setWalk] = useState<SoundItem[]>(() => itemsMissing(items, language, recordings));
  const [at, setAt] = useState(0);
  const top = useRef<HTMLDivElement>(null);

  // Each step starts at its top, so a screen reader and the eye both begin at "4 of 31".
  useEffect(() => top.current?.focus(), [walk, at]);

  const item = walk[at];
  const savedOf = (one: SoundItem) =>
    recordings.find((recording) => recording.language === language && recording.item === one);
  const title = names
    ? t('recordings.session.namesTitle')
    : t('recordings.session.title', { language: languageName });
  const close = (
    <button type="button" class="settings-button" onClick={onClose}>
      {t('recordings.session.close')}
    </button>
  );

  if (item === undefined) {
    const missing = itemsMissing(items, language, recordings);
    return (
      <section class="settings-section recording-session" aria-label={title}>
        <div ref={top} tabIndex={-1} class="recording-session__top">
          <h3 class="settings-section__title">{title}</h3>
        </div>
        {missing.length === 0 ? (
          <p role="status" class="recording-session__done">
            {names
              ? t('recordings.session.namesDone')
              : t('recordings.session.done', { language: languageName })}
          </p>
        ) : (
          <>
            <p role="status">{t('recordings.session.missing', { count: missing.length })}</p>
            <ul class="recording-session__missing">
              {missing.map((one) => (
                <li key={one}>{itemLabel(one, staff)}</li>
              ))}
            </ul>
          </>
        )}
        <div class="item-recorder__actions">
          {missing.length > 0 && (
            <button
              type="button"
              class="settings-button"
              onClick={() => {
                setWalk(missing);
                setAt(0);
              }}
            >
              {t('recordings.session.again')}
            </button>
          )}
          {close}
        </div>
      </section>
    );
  }

  const saved = savedOf(item);
  return (
    <section class="settings-section recording-session" aria-label={title}>
      <div ref={top} tabIndex={-1} class="recording-session__top">
        <h3 class="settings-section__title">{title}</h3>
        <p class="recording-session__progress">
          {t('recordings.session.progress', { at: at + 1, total: walk.length })}
        </p>
      </div>
      <ItemRecorder
        key={item}
        language={language}
        languageName={languageName}
        item={item}
        label={itemLabel(item, staff)}
        words={wordsOf(item, text)}
        saved={saved}
        layout="session"
      />
      <div class="item-recorder__actions recording-session__steps">
        <button
          type="button"
          class={`settings-button${saved ? ' item-recorder__keep' : ''}`}
          onClick={() => setAt(at + 1)}
        >
          {saved ? t('recordings.session.next') : t('recordings.session.skip')}
        </button>
        {close}
      </div>
    </section>
  );
}
