// Where the speaker is: in the kiosk's frame on every question screen and the thank-you, in the
// same place beside "start over" and "help", and in the help itself with the help's own prompt.
// Where a language has no sound there is no speaker, and the other actions keep their places.
import { cleanup, render, screen, waitFor, within } from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { deleteRecording, saveRecording } from '../../data/recordings';
import { I18nProvider } from '../../i18n/I18n';
import { HelpDialog } from '../kiosk/HelpDialog';
import { KioskFrame } from '../kiosk/KioskFrame';

class FakeUtterance extends EventTarget {
  lang = '';
  voice: unknown = null;
  volume = 1;
  rate = 1;
  constructor(readonly text: string) {
    super();
  }
}

function fakeDanishVoice() {
  const synth = Object.assign(new EventTarget(), {
    getVoices: () => [{ lang: 'da-DK', name: 'Dansk', localService: true, default: true }],
    speak: vi.fn<(utterance: FakeUtterance) => void>(),
    cancel: vi.fn(),
  });
  vi.stubGlobal('speechSynthesis', synth);
  vi.stubGlobal('SpeechSynthesisUtterance', FakeUtterance);
  return synth;
}

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

const frame = (name: string) => (
  <I18nProvider>
    <KioskFrame screen={name} onStartOver={vi.fn()} onHelp={vi.fn()}>
      <h1>Spørgsmål</h1>
    </KioskFrame>
  </I18nProvider>
);

describe('the speaker', () => {
  it.each([
    ['country', 'Hvor kommer du fra?'],
    ['all-countries', 'Hvor kommer du fra?'],
    ['municipality', 'Hvor bor du?'],
    ['all-municipalities', 'Hvor bor du?'],
    ['party', 'Hvem er her i dag?'],
    ['summary', 'Er det rigtigt?'],
  ])('on the %s screen says its question', async (name, question) => {
    const synth = fakeDanishVoice();
    render(frame(name));
    const actions = screen.getByRole('button', { name: 'Hjælp' }).parentElement;
    if (!actions) throw new Error('The help button has no parent.');
    // First of the frame's actions, before "start over" and "help", on every screen.
    const speaker = within(actions).getAllByRole('button')[0];
    expect(speaker).toHaveAccessibleName('Hør spørgsmålet');
    if (!speaker) return;
    await waitFor(() => expect(speaker).toHaveAttribute('data-sound', 'speech'));
    await userEvent.click(speaker);
    await waitFor(() => expect(synth.speak.mock.calls[0]?.[0].text).toBe(question));
  });

  it('on the thank-you says the thanks', async () => {
    const synth = fakeDanishVoice();
    render(frame('thanks'));
    const speaker = screen.getByRole('button', { name: 'Lyt' });
    await waitFor(() => expect(speaker).toHaveAttribute('data-sound', 'speech'));
    await userEvent.click(speaker);
    await waitFor(() =>
      expect(synth.speak.mock.calls[0]?.[0].text).toBe(
        'Tak fordi du kom. Hvor er det godt at se dig i dag.',
      ),
    );
  });

  it('is in the help, which shows in pictures and words what is asked and that no name is', async () => {
    const synth = fakeDanishVoice();
    render(
      <I18nProvider>
        <HelpDialog onClose={vi.fn()} />
      </I18nProvider>,
    );
    const help = screen.getByRole('dialog', { name: 'Sådan virker det' });
    expect(help.querySelectorAll('svg.pictogram').length).toBeGreaterThanOrEqual(6);
    const speaker = within(help).getByRole('button', { name: 'Lyt' });
    await waitFor(() => expect(speaker).toHaveAttribute('data-sound', 'speech'));
    await userEvent.click(speaker);
    await waitFor(() =>
      expect(synth.speak.mock.calls[0]?.[0].text).toMatch(
        /^Sådan virker det\. Vi spørger om tre ting:.*Vi spørger aldrig om dit navn\./,
      ),
    );
  });

  it('is not there on a screen whose language has no voice and no recording', async () => {
    // No speech in this browser; only the help is recorded, so only the help can speak.
    await saveRecording('da', 'help', new Uint8Array([1]).buffer, 'audio/webm');
    try {
      render(
        <I18nProvider>
          <KioskFrame screen="country" onStartOver={vi.fn()} onHelp={vi.fn()}>
            <HelpDialog onClose={vi.fn()} />
          </KioskFrame>
        </I18nProvider>,
      );
      const help = screen.getByRole('dialog', { name: 'Sådan virker det' });
      expect(await within(help).findByRole('button', { name: 'Lyt' })).toBeEnabled();

      const actions = screen.getByRole('button', { name: 'Hjælp' }).parentElement;
      if (!actions) throw new Error('The help button has no parent.');
      expect(
        within(actions)
          .getAllByRole('button')
          .map((button) => button.textContent),
      ).toEqual(['Start forfra', 'Hjælp']);
      expect(screen.queryByRole('button', { name: 'Hør spørgsmålet' })).not.toBeInTheDocument();
    } finally {
      await deleteRecording('da', 'help');
    }
  });
});
