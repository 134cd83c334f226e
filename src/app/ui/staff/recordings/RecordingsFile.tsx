// Sharing a centre's voices: every recording on the tablet saved as one file, and such a file
// loaded on another tablet. Loading checks the whole file first and says what is wrong with it;
// it adds, and replaces the tablet's own recordings only when staff tick that box.
import type { JSX } from 'preact';
import { useState } from 'preact/hooks';
import { StorageFullError } from '../../../data/db';
import type { RecordingProblem } from '../../../data/recordings';
import { RecordingError } from '../../../data/recordings';
import {
  exportRecordings,
  importRecordings,
  recordingsFileName,
} from '../../../data/recordingsFile';
import { useI18n } from '../../../i18n/I18n';
import { downloadJson } from '../../reports/download';

type Translate = ReturnType<typeof useI18n>['t'];
type Key = Parameters<Translate>[0];
type MessageParams = Parameters<Translate>[1];

const FILE_PROBLEMS: Record<RecordingProblem, Key> = {
  notJson: 'recordings.file.notJson',
  notRecordings: 'recordings.file.notRecordings',
  newerVersion: 'recordings.file.newerVersion',
  badEntry: 'recordings.file.badEntry',
  unknownLanguage: 'recordings.file.unknownLanguage',
  unknownItem: 'recordings.file.unknownItem',
  nameNotDanish: 'recordings.file.nameNotDanish',
  notAudio: 'recordings.file.notAudio',
  empty: 'recordings.file.empty',
  tooLarge: 'recordings.file.tooLarge',
  duplicate: 'recordings.file.duplicate',
};

interface Said {
  kind: 'done' | 'failed';
  key: Key;
  params?: MessageParams;
}

function problem(error: unknown): Said {
  if (error instanceof RecordingError) {
    return {
      kind: 'failed',
      key: FILE_PROBLEMS[error.problem],
      params: { entry: error.entry ?? 0 },
    };
  }
  if (error instanceof StorageFullError)
    return { kind: 'failed', key: 'settings.error.storageFull' };
  return { kind: 'failed', key: 'recordings.file.failed' };
}

export function RecordingsFile() {
  const { t } = useI18n();
  const [replace, setReplace] = useState(false);
  const [said, setSaid] = useState<Said | null>(null);
  const [busy, setBusy] = useState(false);
  const messageId = 'recordings-file-message';

  const save = async () => {
    setSaid(null);
    setBusy(true);
    try {
      const now = new Date();
      const file = await exportRecordings(now);
      if (file.recordings.length === 0) {
        setSaid({ kind: 'done', key: 'recordings.file.nothing' });
        return;
      }
      const name = recordingsFileName(now);
      downloadJson(file, name);
      setSaid({
        kind: 'done',
        key: 'recordings.file.exported',
        params: { file: name, count: file.recordings.length },
      });
    } catch (error) {
      console.error('The recordings could not be saved as a file.', error);
      setSaid({ kind: 'failed', key: 'recordings.file.failed' });
    } finally {
      setBusy(false);
    }
  };

  const load = async (event: JSX.TargetedEvent<HTMLInputElement>) => {
    const input = event.currentTarget;
    const file = input.files?.[0];
    // Cleared at once, so choosing the same file again still counts as a choice.
    input.value = '';
    if (!file) return;
    setSaid(null);
    setBusy(true);
    try {
      const result = await importRecordings(await file.text(), { replace });
      setSaid({ kind: 'done', key: 'recordings.file.imported', params: { ...result } });
    } catch (error) {
      if (!(error instanceof RecordingError))
        console.error('The recordings file was not loaded.', error);
      setSaid(problem(error));
    } finally {
      setBusy(false);
    }
  };

  return (
    <section class="settings-section" aria-labelledby="recordings-file-title">
      <h3 id="recordings-file-title" class="settings-section__title">
        {t('recordings.file.title')}
      </h3>
      <p class="settings-field__hint">{t('recordings.file.explain')}</p>
      <div class="settings-form__row">
        <button
          type="button"
          class="settings-button"
          disabled={busy}
          aria-describedby={messageId}
          onClick={() => void save()}
        >
          {t('recordings.file.export')}
        </button>
        <label class="settings-button settings-file">
          <input
            type="file"
            accept=".json,application/json"
            class="settings-file__input"
            disabled={busy}
            aria-describedby={messageId}
            onChange={(event) => void load(event)}
          />
          {t('recordings.file.choose')}
        </label>
      </div>
      <label class="settings-choice">
        <input
          type="checkbox"
          checked={replace}
          onChange={(event) => setReplace(event.currentTarget.checked)}
        />
        <span>{t('recordings.file.replace')}</span>
      </label>
      <div id={messageId} class="settings-message">
        <p role="status" class="settings-message__done">
          {said?.kind === 'done' && t(said.key, said.params)}
        </p>
        {said?.kind === 'failed' && (
          <p role="alert" class="settings-message__problem">
            {t(said.key, said.params)}
          </p>
        )}
      </div>
    </section>
  );
}
