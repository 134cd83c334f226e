// One thing the kiosk says, in one language: the words to say (in that language), what it is (for
// staff), whether the tablet has a recording of it, and record → listen → keep or record again.
// Nothing is kept until staff choose "keep"; keeping replaces the earlier recording of this item
// and language, and no other. The same recorder serves the list of every recording (a row) and a
// recording session (large, one at a time).
import { useEffect, useState } from 'preact/hooks';
import { StorageFullError } from '../../../data/db';
import type { RecordingInfo } from '../../../data/recordings';
import {
  deleteRecording,
  getRecording,
  RecordingError,
  saveRecording,
} from '../../../data/recordings';
import type { SoundItem } from '../../../data/soundItems';
import { useI18n } from '../../../i18n/I18n';
import type { TextDirection } from '../../../i18n/languages/languages';
import { localDate } from '../../../../shared/time';
import { playRecording, stopSound } from '../../sound/player';
import { formatMoment } from '../time/when';
import type { RecorderProblem } from './useRecorder';
import { useRecorder } from './useRecorder';

type Translate = ReturnType<typeof useI18n>['t'];
type Key = Parameters<Translate>[0];

const RECORDER_PROBLEMS: Record<RecorderProblem, Key> = {
  denied: 'recordings.problem.denied',
  noMicrophone: 'recordings.problem.noMicrophone',
  unsupported: 'recordings.problem.unsupported',
  failed: 'recordings.problem.failed',
  empty: 'recordings.problem.empty',
};

function saveProblem(error: unknown): Key {
  if (error instanceof StorageFullError) return 'settings.error.storageFull';
  if (error instanceof RecordingError) {
    if (error.problem === 'empty') return 'recordings.problem.empty';
    if (error.problem === 'tooLarge') return 'recordings.problem.tooLarge';
  }
  return 'recordings.problem.notSaved';
}

type Said = { kind: 'done' | 'failed'; key: Key } | null;

/** The words the kiosk shows for an item, in the language being recorded. */
export interface Words {
  text: string;
  lang: string;
  dir: TextDirection;
}

interface ItemRecorderProps {
  /** The language the recording is kept under: Danish for a municipality's name. */
  language: string;
  /** That language's own name, e.g. العربية. */
  languageName: string;
  item: SoundItem;
  /** What the item is, for staff, e.g. "Land: Syrien". */
  label: string;
  /** The words to say; null while they load, 'failed' when they could not be had. */
  words: Words | null | 'failed';
  /** The recording the tablet has, if any. */
  saved: RecordingInfo | undefined;
  /** A row in the list of every recording, or the one item of a recording session. */
  layout: 'row' | 'session';
}

export function ItemRecorder({
  language,
  languageName,
  item,
  label,
  words,
  saved,
  layout,
}: ItemRecorderProps) {
  const { t, staffLang } = useI18n();
  const recorder = useRecorder();
  const { state } = recorder;
  const [said, setSaid] = useState<Said>(null);
  const [busy, setBusy] = useState(false);
  const id = `recording-${layout}-${item}`;

  // Leaving the item (another language, the next item, another section) silences what it played.
  useEffect(() => () => stopSound(), [language, item]);

  const record = () => {
    setSaid(null);
    stopSound();
    void recorder.start();
  };

  const listenToTake = () => {
    if (state.kind === 'recorded') playRecording(state.audio, state.mime, () => undefined);
  };

  const listenToSaved = async () => {
    const recording = await getRecording(language, item);
    if (recording) playRecording(recording.audio, recording.mime, () => undefined);
  };

  // Keeping and deleting share their care: one at a time, sound stopped, the outcome said.
  const change = async (write: () => Promise<void>, done: Key, what: string) => {
    setBusy(true);
    stopSound();
    try {
      await write();
      setSaid({ kind: 'done', key: done });
    } catch (error) {
      console.error(`The recording could not be ${what}.`, error);
      setSaid({ kind: 'failed', key: saveProblem(error) });
    } finally {
      setBusy(false);
    }
  };

  const keep = async () => {
    if (state.kind !== 'recorded') return;
    const { audio, mime } = state;
    await change(
      async () => {
        await saveRecording(language, item, await audio.arrayBuffer(), mime);
        recorder.reset();
      },
      'recordings.kept',
      'saved',
    );
  };

  const remove = () =>
    change(() => deleteRecording(language, item), 'recordings.deleted', 'deleted');

  const status = (() => {
    switch (state.kind) {
      case 'asking':
        return t('recordings.asking');
      case 'recording':
        return t('recordings.recording');
      case 'recorded':
        return t('recordings.take');
      default:
        return saved
          ? t('recordings.has', {
              when: formatMoment(saved.recordedAt, staffLang, localDate(new Date())),
            })
          : t('recordings.none');
    }
  })();

  const canRecord = typeof words === 'object' && words !== null;

  return (
    <section
      class={`settings-section item-recorder item-recorder--${layout}`}
      aria-labelledby={`${id}-title`}
      data-item={item}
    >
      <h3 id={`${id}-title`} class="settings-section__title item-recorder__label">
        {label}
      </h3>
      {layout === 'session' && (
        <p class="settings-field__hint">{t('recordings.say', { language: languageName })}</p>
      )}
      {canRecord ? (
        <p class="item-recorder__words" lang={words.lang} dir={words.dir}>
          {words.text}
        </p>
      ) : words === 'failed' ? (
        <p role="alert" class="settings-message__problem">
          {t('recordings.wordsFailed', { language: languageName })}
        </p>
      ) : (
        <p class="settings-note">{t('staff.loading')}</p>
      )}
      <p class="item-recorder__status" role="status">
        {status}
      </p>
      <div class="item-recorder__actions">
        {state.kind === 'recording' ? (
          <button type="button" class="settings-button item-recorder__stop" onClick={recorder.stop}>
            {t('recordings.stop')}
          </button>
        ) : state.kind === 'recorded' ? (
          <>
            <button type="button" class="settings-button" onClick={listenToTake}>
              {t('recordings.listen')}
            </button>
            <button
              type="button"
              class="settings-button item-recorder__keep"
              disabled={busy}
              onClick={() => void keep()}
            >
              {t('recordings.keep')}
            </button>
            <button type="button" class="settings-button" disabled={busy} onClick={record}>
              {t('recordings.redo')}
            </button>
          </>
        ) : (
          <>
            <button
              type="button"
              class="settings-button"
              disabled={busy || state.kind === 'asking' || !canRecord}
              onClick={record}
            >
              {saved ? t('recordings.redo') : t('recordings.record')}
            </button>
            {saved && (
              <button type="button" class="settings-button" onClick={() => void listenToSaved()}>
                {t('recordings.listen')}
              </button>
            )}
            {saved && layout === 'row' && (
              <button
                type="button"
                class="settings-button"
                disabled={busy}
                onClick={() => void remove()}
              >
                {t('recordings.delete')}
              </button>
            )}
          </>
        )}
      </div>
      <div class="settings-message">
        {state.kind === 'failed' && (
          <p role="alert" class="settings-message__problem">
            {t(RECORDER_PROBLEMS[state.problem])}
          </p>
        )}
        {said?.kind === 'failed' && (
          <p role="alert" class="settings-message__problem">
            {t(said.key)}
          </p>
        )}
        {said?.kind === 'done' && <p role="status">{t(said.key)}</p>}
      </div>
    </section>
  );
}
