import { cleanup, render, screen, waitFor } from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { db } from '../../data/db';
import { saveRecording } from '../../data/recordings';
import { I18nProvider } from '../../i18n/I18n';
import type { LanguageCode } from '../../i18n/languages/languages';
import { VOLUME } from './player';
import { SpeakButton } from './SpeakButton';

// The browser's speech, as far as the kiosk uses it: voices, speak and cancel.
class FakeUtterance extends EventTarget {
  text: string;
  lang = '';
  voice: unknown = null;
  volume = 1;
  rate = 1;
  constructor(text: string) {
    super();
    this.text = text;
  }
}

interface FakeVoice {
  lang: string;
  name: string;
  localService: boolean;
  default: boolean;
}

function fakeSpeech(voices: FakeVoice[]) {
  const synth = Object.assign(new EventTarget(), {
    getVoices: () => voices,
    speak: vi.fn<(utterance: FakeUtterance) => void>(),
    cancel: vi.fn(),
  });
  vi.stubGlobal('speechSynthesis', synth);
  vi.stubGlobal('SpeechSynthesisUtterance', FakeUtterance);
  return synth;
}

const voice = (lang: string): FakeVoice => ({
  lang,
  name: lang,
  localService: true,
  default: false,
});

let played: HTMLMediaElement[];

beforeEach(async () => {
  await db.delete();
  await db.open();
  played = [];
  vi.spyOn(HTMLMediaElement.prototype, 'play').mockImplementation(function (
    this: HTMLMediaElement,
  ) {
    played.push(this);
    return Promise.resolve();
  });
  vi.spyOn(HTMLMediaElement.prototype, 'pause').mockImplementation(() => undefined);
  URL.createObjectURL = vi.fn(() => 'blob:recording');
  URL.revokeObjectURL = vi.fn();
});

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
});

function renderButton(lang: LanguageCode = 'da', prompt: 'country' | 'help' = 'country') {
  render(
    <I18nProvider initial={lang}>
      <SpeakButton prompt={prompt} />
    </I18nProvider>,
  );
  return userEvent.setup();
}

describe('SpeakButton', () => {
  it('plays the recording made for this prompt and language rather than the browser’s voice', async () => {
    const synth = fakeSpeech([voice('da-DK')]);
    await saveRecording('da', 'country', new Uint8Array([1, 2, 3]).buffer, 'audio/webm');
    const user = renderButton('da');

    const button = screen.getByRole('button', { name: 'Hør spørgsmålet' });
    await waitFor(() => expect(button).toHaveAttribute('data-sound', 'recording'));
    await user.click(button);

    // The sound is read from storage at the tap.
    await waitFor(() => expect(played).toHaveLength(1));
    expect(played[0]?.src).toBe('blob:recording');
    expect(played[0]?.volume).toBe(VOLUME);
    expect(VOLUME).toBeLessThanOrEqual(0.6);
    expect(synth.speak).not.toHaveBeenCalled();
  });

  it('lets the browser say the question in the chosen language when nobody recorded it', async () => {
    const synth = fakeSpeech([voice('da-DK'), voice('ar-SA'), voice('en-GB')]);
    const user = renderButton('ar');

    const button = screen.getByRole('button', { name: 'استمعي إلى السؤال' });
    await waitFor(() => expect(button).toHaveAttribute('data-sound', 'speech'));
    await user.click(button);

    // The reading loads at the first tap (later ones find it fetched ahead).
    await waitFor(() => expect(synth.speak).toHaveBeenCalledTimes(1));
    expect(played).toHaveLength(0);
    const utterance = synth.speak.mock.calls[0]?.[0];
    expect(utterance?.text).toBe('من أين أنتِ؟');
    expect(utterance?.lang).toBe('ar-SA');
    expect(utterance?.voice).toMatchObject({ lang: 'ar-SA' });
    expect(utterance?.volume).toBe(VOLUME);
  });

  it('says the whole help when asked from the help', async () => {
    const synth = fakeSpeech([voice('da-DK')]);
    const user = renderButton('da', 'help');

    await user.click(screen.getByRole('button', { name: 'Lyt' }));
    await waitFor(() =>
      expect(synth.speak.mock.calls[0]?.[0].text).toContain('Vi spørger aldrig om dit navn.'),
    );
  });

  it('is not there at all when there is neither a recording nor a voice for the language', async () => {
    const synth = fakeSpeech([voice('da-DK'), voice('en-US')]);
    // The help is recorded in Arabic, the country question only in Danish.
    await saveRecording('da', 'country', new Uint8Array([1]).buffer, 'audio/webm');
    await saveRecording('ar', 'help', new Uint8Array([2]).buffer, 'audio/webm');
    render(
      <I18nProvider initial="ar">
        <SpeakButton prompt="country" />
        <SpeakButton prompt="help" />
      </I18nProvider>,
    );

    // Once the recordings have been read the help's speaker is there, the question's is not: no
    // disabled button to puzzle over.
    expect(await screen.findByRole('button', { name: 'استمعي' })).toBeEnabled();
    expect(screen.getAllByRole('button')).toHaveLength(1);
    expect(synth.speak).not.toHaveBeenCalled();
  });

  it('appears in a browser without speech once the prompt is recorded', async () => {
    renderButton('da');
    expect(screen.queryByRole('button')).not.toBeInTheDocument();

    await saveRecording('da', 'country', new Uint8Array([1]).buffer, 'audio/webm');
    expect(await screen.findByRole('button', { name: 'Hør spørgsmålet' })).toBeEnabled();
  });

  it('never plays by itself', async () => {
    const synth = fakeSpeech([voice('da-DK')]);
    await saveRecording('da', 'country', new Uint8Array([1]).buffer, 'audio/webm');
    renderButton('da');
    await waitFor(() =>
      expect(screen.getByRole('button', { name: 'Hør spørgsmålet' })).toHaveAttribute(
        'data-sound',
        'recording',
      ),
    );
    expect(played).toHaveLength(0);
    expect(synth.speak).not.toHaveBeenCalled();
  });
});
