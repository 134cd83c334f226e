// One prompt in one language: the text the kiosk shows, whether the tablet has a recording of it,
// and record → listen → keep or record again. Nothing is kept until staff choose "keep"; keeping
// replaces the earlier recording of this prompt and language, and no other.
import { useEffect, useState } from 'preact/hooks';
import { StorageFullError } from '../../../data/db';
import type { PromptId, RecordingInfo } from '../../../data/recordings';
import {
  deleteRecording,
  getRecording,
  RecordingError,
  saveRecording,
} from '../../../data/recordings';
import { useI18n } from '../../../i18n/I18n';
import { localDate } from '../../../../shared/time';
import { playRecording, stopSound } from '../../sound/player';
import { formatMoment } from '../time/when';
import type { RecorderProblem } from './useRecorder';
import { useRecorder } from './useRecorder';

type Translate = ReturnType<typeof useI18n>['t'];
type Key = Parameters<Translate>[0];

const PROMPT_NAMES: Record<PromptId, Key> = {
  country: 'recordings.prompt.country',
  municipality: 'recordings.prompt.municipality',
  party: 'recordings.prompt.party',
  summary: 'recordings.prompt.summary',
  thanks: 'recordings.prompt.thanks',
  help: 'recordings.prompt.help',
};

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

interface PromptRecorderProps {
  language: string;
  /** The language's own name, e.g. العربية. */
  languageName: string;
  prompt: PromptId;
  /** What the kiosk shows for this prompt, for the reader to say. */
  text: string;
  /** The recording the tablet has, if any. */
  saved: RecordingInfo | undefined;
}

export function PromptRecorder({
  language,
  languageName,
  prompt,
  text,
  saved,
}: PromptRecorderProps) {
  const { t, staffLang } = useI18n();
  const recorder = useRecorder();
  const { state } = recorder;
  const [said, setSaid] = useState<Said>(null);
  const [busy, setBusy] = useState(false);
  const id = `recording-${prompt}`;

  // Leaving the prompt (another language, another staff section) silences what it played.
  useEffect(() => () => stopSound(), [language]);

  const record = () => {
    setSaid(null);
    stopSound();
    void recorder.start();
  };

  const listenToTake = () => {
    if (state.kind === 'recorded') playRecording(state.audio, state.mime, () => undefined);
  };

  const listenToSaved = async () => {
    const recording = await getRecording(language, prompt);
    if (recording) playRecording(recording.audio, recording.mime, () => undefined);
  };

  const keep = async () => {
    if (state.kind !== 'recorded') return;
    setBusy(true);
    stopSound();
    try {
      await saveRecording(language, prompt, await state.audio.arrayBuffer(), state.mime);
      recorder.reset();
      setSaid({ kind: 'done', key: 'recordings.kept' });
    } catch (error) {
      console.error('The recording could not be saved.', error);
      setSaid({ kind: 'failed', key: saveProblem(error) });
    } finally {
      setBusy(false);
    }
  };

  const remove = async () => {
    setBusy(true);
    stopSound();
    try {
      await deleteRecording(language, prompt);
      setSaid({ kind: 'done', key: 'recordings.deleted' });
    } catch (error) {
      console.error('The recording could not be deleted.', error);
      setSaid({ kind: 'failed', key: saveProblem(error) });
    } finally {
      setBusy(false);
    }
  };

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

  return (
    <section
      class="settings-section prompt-recorder"
      aria-labelledby={`${id}-title`}
      data-prompt={prompt}
    >
      <h3 id={`${id}-title`} class="settings-section__title">
        {t(PROMPT_NAMES[prompt])}
      </h3>
      <p class="settings-field__hint">{t('recordings.say', { language: languageName })}</p>
      <blockquote class="prompt-recorder__text">{text}</blockquote>
      <p class="prompt-recorder__status" role="status">
        {status}
      </p>
      <div class="prompt-recorder__actions">
        {state.kind === 'recording' ? (
          <button
            type="button"
            class="settings-button prompt-recorder__stop"
            onClick={recorder.stop}
          >
            {t('recordings.stop')}
          </button>
        ) : state.kind === 'recorded' ? (
          <>
            <button type="button" class="settings-button" onClick={listenToTake}>
              {t('recordings.listen')}
            </button>
            <button
              type="button"
              class="settings-button prompt-recorder__keep"
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
              disabled={busy || state.kind === 'asking'}
              onClick={record}
            >
              {saved ? t('recordings.redo') : t('recordings.record')}
            </button>
            {saved && (
              <>
                <button type="button" class="settings-button" onClick={() => void listenToSaved()}>
                  {t('recordings.listen')}
                </button>
                <button
                  type="button"
                  class="settings-button"
                  disabled={busy}
                  onClick={() => void remove()}
                >
                  {t('recordings.delete')}
                </button>
              </>
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
