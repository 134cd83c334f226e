// The speaker on the screens after the tiles: who is here (every button in turn), the summary (her
// answers read back, each marked), and the thank-you (the thanks and the undo button), which waits
// for the reading to end before it goes back to the start.
import { act, cleanup, screen, waitFor } from '@testing-library/preact';
import type userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { inFrame, record } from '../../../../tests/setup/kioskFrame';
import { installFakeAudio, installFakeSpeech } from '../../../../tests/setup/speech';
import { db } from '../../data/db';
import { ar } from '../../i18n/messages/ar';
import { PartyScreen } from '../kiosk/PartyScreen';
import { SummaryScreen } from '../kiosk/SummaryScreen';
import { ThanksScreen } from '../kiosk/ThanksScreen';
import type { Answers } from '../kiosk/useCheckInFlow';

async function tapSpeaker(
  user: ReturnType<typeof userEvent.setup>,
  name: string,
  sound: 'speech' | 'recording' = 'speech',
) {
  const button = await screen.findByRole('button', { name });
  await waitFor(() => expect(button).toHaveAttribute('data-sound', sound));
  await user.click(button);
  return button;
}

const summary = (answers: Answers) => (
  <SummaryScreen answers={answers} onEdit={vi.fn()} onConfirm={vi.fn()} />
);

beforeEach(async () => {
  await db.delete();
  await db.open();
});

afterEach(() => {
  cleanup();
  vi.useRealTimers();
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
});

describe('the speaker on who is here', () => {
  it('says the question and every button, one more child before one less', async () => {
    const speech = installFakeSpeech([{ lang: 'da-DK' }]);
    const user = inFrame('party', <PartyScreen onChoose={vi.fn()} />);
    const button = await tapSpeaker(user, 'Hør spørgsmålet');
    await waitFor(() => expect(button).toHaveAttribute('aria-pressed', 'false'));

    expect(speech.texts()).toEqual([
      'Hvem er her i dag?',
      'Kun mig',
      'Mig og børn',
      'Jeg er med',
      'Kun børn',
      'Et barn mere',
      'Et barn mindre',
      'Videre',
    ]);
    const group = screen.getByRole('group', { name: 'Mig og børn' });
    expect(speech.said.map((utterance) => utterance.marked)).toEqual([
      null,
      screen.getByRole('button', { name: 'Kun mig' }),
      group,
      screen.getByRole('button', { name: 'Jeg er med' }),
      screen.getByRole('button', { name: 'Kun børn' }),
      screen.getByRole('button', { name: 'Et barn mere' }),
      screen.getByRole('button', { name: 'Et barn mindre' }),
      screen.getByRole('button', { name: 'Videre' }),
    ]);
  });
});

describe('the speaker on the summary', () => {
  it('reads her answers back, with the number of children, marking each answer', async () => {
    const speech = installFakeSpeech([{ lang: 'da-DK' }]);
    const user = inFrame(
      'summary',
      summary({ country: 'SY', municipality: '101', adult: true, children: 2 }),
    );
    const button = await tapSpeaker(user, 'Hør spørgsmålet');
    await waitFor(() => expect(button).toHaveAttribute('aria-pressed', 'false'));

    expect(speech.texts()).toEqual([
      'Er det rigtigt?',
      'Syrien',
      'København',
      'Mig og børn: 2',
      'Gem',
    ]);
    expect(speech.said.map((utterance) => utterance.marked)).toEqual([
      null,
      screen.getByRole('button', { name: 'Skift land: Syrien' }),
      screen.getByRole('button', { name: 'Skift kommune: København' }),
      screen.getByRole('button', { name: 'Skift hvem der er her: Mig og børn: 2' }),
      screen.getByRole('button', { name: 'Gem' }),
    ]);
  });

  it('says "not said" for an answer she kept to herself', async () => {
    const speech = installFakeSpeech([{ lang: 'da-DK' }]);
    const user = inFrame(
      'summary',
      summary({ country: null, municipality: null, adult: false, children: 1 }),
    );
    await tapSpeaker(user, 'Hør spørgsmålet');
    await waitFor(() => expect(speech.texts()).toHaveLength(5));
    expect(speech.texts()).toEqual([
      'Er det rigtigt?',
      'Ikke sagt',
      'Ikke sagt',
      'Kun børn: 1',
      'Gem',
    ]);
  });

  it('plays the recording of her choice where there is no voice', async () => {
    const speech = installFakeSpeech([]);
    const audio = installFakeAudio();
    await record('ar', 'summary', 1);
    await record('ar', 'choice.meAndChildren', 2);
    await record('ar', 'summary.confirm', 3);
    const user = inFrame(
      'summary',
      summary({ country: 'SY', municipality: '101', adult: true, children: 3 }),
      'ar',
    );
    const button = await tapSpeaker(user, ar['sound.speak'], 'recording');
    await waitFor(() => expect(button).toHaveAttribute('aria-pressed', 'false'));

    // Her country and municipality have neither a recording nor a voice here: left out.
    expect(audio.played.map((sound) => sound.bytes)).toEqual([[1], [2], [3]]);
    expect(audio.played.map((sound) => sound.marked?.getAttribute('data-action'))).toEqual([
      undefined,
      'edit-party',
      'confirm',
    ]);
    expect(speech.said).toHaveLength(0);
  });
});

describe('the speaker on the thank-you', () => {
  it('says the thanks and then the undo button, and the screen waits while it does', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true, toFake: ['setTimeout', 'clearTimeout'] });
    const speech = installFakeSpeech([{ lang: 'da-DK' }], { manual: true });
    const onDone = vi.fn();
    const user = inFrame('thanks', <ThanksScreen onUndo={vi.fn()} onDone={onDone} />);
    await tapSpeaker(user, 'Lyt');
    await waitFor(() =>
      expect(speech.texts()).toEqual(['Tak fordi du kom. Hvor er det godt at se dig i dag.']),
    );
    act(() => void vi.advanceTimersByTime(10_000));
    expect(onDone).not.toHaveBeenCalled();

    speech.finish();
    await waitFor(() => expect(speech.texts()).toHaveLength(2));
    expect(speech.texts()[1]).toBe('Fortryd');
    await waitFor(() =>
      expect(screen.getByRole('button', { name: 'Fortryd' })).toHaveAttribute(
        'data-reading',
        'true',
      ),
    );
    speech.finish();
    await waitFor(() => expect(document.querySelector('[data-reading]')).toBeNull());

    act(() => void vi.advanceTimersByTime(5_000));
    expect(onDone).not.toHaveBeenCalled();
    act(() => void vi.advanceTimersByTime(1_500));
    expect(onDone).toHaveBeenCalledTimes(1);
  });
});
