import { cleanup, render, screen, waitFor, within } from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { db } from '../../data/db';
import { getRecording, saveRecording } from '../../data/recordings';
import { RECORDINGS_FORMAT } from '../../data/recordingsFile';
import { I18nProvider } from '../../i18n/I18n';
import { RecordingsView } from './RecordingsView';
import { StaffApp } from './StaffApp';

// A microphone and a recorder that give one small, different take each time.
let takes = 0;
let tracksStopped = 0;

class FakeMediaRecorder extends EventTarget {
  static isTypeSupported = (mime: string) => mime === 'audio/webm;codecs=opus';
  readonly mimeType: string;
  state: 'inactive' | 'recording' = 'inactive';

  constructor(_stream: MediaStream, options?: { mimeType?: string }) {
    super();
    this.mimeType = options?.mimeType ?? '';
  }

  start() {
    this.state = 'recording';
  }

  stop() {
    this.state = 'inactive';
    takes += 1;
    const data = new Blob([new Uint8Array([takes, takes, takes])], { type: this.mimeType });
    this.dispatchEvent(Object.assign(new Event('dataavailable'), { data }));
    this.dispatchEvent(new Event('stop'));
  }
}

const microphone = () => ({
  getTracks: () => [{ stop: () => (tracksStopped += 1) }],
});

function fakeDevices(getUserMedia: () => Promise<unknown>) {
  Object.defineProperty(navigator, 'mediaDevices', {
    configurable: true,
    value: { getUserMedia: vi.fn(getUserMedia) },
  });
}

let played: string[];

beforeEach(async () => {
  await db.delete();
  await db.open();
  takes = 0;
  tracksStopped = 0;
  played = [];
  vi.stubGlobal('MediaRecorder', FakeMediaRecorder);
  fakeDevices(() => Promise.resolve(microphone()));
  let urls = 0;
  URL.createObjectURL = vi.fn(() => `blob:take-${++urls}`);
  URL.revokeObjectURL = vi.fn();
  vi.spyOn(HTMLMediaElement.prototype, 'play').mockImplementation(function (
    this: HTMLMediaElement,
  ) {
    played.push(this.src);
    return Promise.resolve();
  });
  vi.spyOn(HTMLMediaElement.prototype, 'pause').mockImplementation(() => undefined);
});

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
  Reflect.deleteProperty(navigator, 'mediaDevices');
});

function renderView() {
  render(
    <I18nProvider initial="da">
      <RecordingsView />
    </I18nProvider>,
  );
  return userEvent.setup();
}

const bytesOf = (buffer: ArrayBuffer | undefined) => (buffer ? [...new Uint8Array(buffer)] : []);

describe('RecordingsView', () => {
  it('records a prompt, plays it back, records it again and keeps the second take', async () => {
    const user = renderView();
    await user.click(screen.getByRole('radio', { name: /العربية/ }));
    const country = await screen.findByRole('region', { name: 'Land' });
    expect(within(country).getByText('Ingen optagelse endnu.')).toBeInTheDocument();
    // The reader sees what the kiosk says for this prompt.
    expect(country).toHaveTextContent('Hvor kommer du fra?');

    await user.click(within(country).getByRole('button', { name: 'Optag' }));
    await within(country).findByText(/^Optager/);
    await user.click(within(country).getByRole('button', { name: 'Stop' }));

    await user.click(await within(country).findByRole('button', { name: 'Lyt' }));
    expect(played).toHaveLength(1);
    // Nothing is kept before staff choose to keep it.
    expect(await getRecording('ar', 'country')).toBeUndefined();

    await user.click(within(country).getByRole('button', { name: 'Optag igen' }));
    await user.click(await within(country).findByRole('button', { name: 'Stop' }));
    await user.click(await within(country).findByRole('button', { name: 'Behold' }));

    await within(country).findByText('Optagelsen er gemt.');
    const kept = await getRecording('ar', 'country');
    expect(bytesOf(kept?.audio)).toEqual([2, 2, 2]);
    expect(kept?.mime).toBe('audio/webm;codecs=opus');
    expect(await db.recordings.count()).toBe(1);
    expect(within(country).getByText(/^Optaget /)).toBeInTheDocument();
    // The microphone was let go after each take.
    expect(tracksStopped).toBe(2);
    expect(screen.getByRole('radio', { name: /العربية/ })).toHaveAccessibleName(/1 af 6 optaget/);
  });

  it('plays and deletes a kept recording, and then there is none', async () => {
    await saveRecording('da', 'help', new Uint8Array([5]).buffer, 'audio/webm');
    const user = renderView();
    const help = await screen.findByRole('region', { name: 'Hjælp' });
    await within(help).findByText(/^Optaget /);

    await user.click(within(help).getByRole('button', { name: 'Lyt' }));
    await waitFor(() => expect(played).toHaveLength(1));
    await user.click(within(help).getByRole('button', { name: 'Slet' }));

    await within(help).findByText('Ingen optagelse endnu.');
    expect(await getRecording('da', 'help')).toBeUndefined();
  });

  it('says so when the browser may not use the microphone, and keeps what was there', async () => {
    await saveRecording('da', 'country', new Uint8Array([7]).buffer, 'audio/webm');
    fakeDevices(() => Promise.reject(new DOMException('Permission denied', 'NotAllowedError')));
    const user = renderView();
    const country = await screen.findByRole('region', { name: 'Land' });

    await user.click(await within(country).findByRole('button', { name: 'Optag igen' }));

    expect(await within(country).findByRole('alert')).toHaveTextContent(
      'Browseren fik ikke lov til at bruge mikrofonen.',
    );
    expect(bytesOf((await getRecording('da', 'country'))?.audio)).toEqual([7]);
  });

  it('loads a shared file, and refuses a wrong one with a reason and nothing changed', async () => {
    await saveRecording('da', 'country', new Uint8Array([7]).buffer, 'audio/webm');
    const user = renderView();
    const sharing = await screen.findByRole('region', { name: 'Del optagelserne' });
    const input = within(sharing).getByLabelText('Indlæs optagelser fra en fil');

    await user.upload(input, new File(['not json'], 'notes.json', { type: 'application/json' }));
    expect(await within(sharing).findByRole('alert')).toHaveTextContent('Filen kan ikke læses.');

    const file = JSON.stringify({
      format: RECORDINGS_FORMAT,
      version: 1,
      recordings: [
        { language: 'da', prompt: 'country', mime: 'audio/webm', audio: 'AQ==' },
        { language: 'ar', prompt: 'party', mime: 'audio/webm', audio: 'Ag==' },
      ],
    });
    await user.upload(input, new File([file], 'voices.json', { type: 'application/json' }));
    expect(
      await within(sharing).findByText('Indlæst: 1 ny, 0 erstattet, 1 beholdt som den var.'),
    ).toBeInTheDocument();
    expect(bytesOf((await getRecording('da', 'country'))?.audio)).toEqual([7]);
    expect(bytesOf((await getRecording('ar', 'party'))?.audio)).toEqual([2]);
  });

  it('is a section of the staff view', async () => {
    render(
      <I18nProvider initial="da">
        <StaffApp onLeave={() => undefined} />
      </I18nProvider>,
    );
    await userEvent.click(screen.getByRole('tab', { name: 'Optagelser' }));
    expect(
      await screen.findByRole('heading', { name: 'Optagelser af kioskens spørgsmål' }),
    ).toBeInTheDocument();
  });
});
