// The speaker on the screens of tiles: a tap reads the question and then each tile in turn, in
// the chosen language, marking the tile being heard; a tap on a tile meanwhile simply chooses it.
// Recordings come first, municipality names are said by a Danish voice where there is one, and
// where the question cannot be heard there is no speaker at all.
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { inFrame, record } from '../../../../tests/setup/kioskFrame';
import { installFakeAudio, installFakeSpeech } from '../../../../tests/setup/speech';
import { db } from '../../data/db';
import { I18nProvider } from '../../i18n/I18n';
import { ar } from '../../i18n/messages/ar';
import { ti } from '../../i18n/messages/ti';
import { AllCountries } from '../kiosk/AllCountries';
import { CountryScreen } from '../kiosk/CountryScreen';
import { KioskFlow } from '../kiosk/KioskFlow';
import { MunicipalityScreen } from '../kiosk/MunicipalityScreen';
import { loadReader } from './loadReader';

const countries = (featured = ['SY', 'TR']) => (
  <CountryScreen featured={featured} onChoose={vi.fn()} onMore={vi.fn()} />
);

/** The frame's speaker, once it knows how it will speak. */
async function speaker(name = 'Hør spørgsmålet', sound: 'speech' | 'recording' = 'speech') {
  const button = await screen.findByRole('button', { name });
  await waitFor(() => expect(button).toHaveAttribute('data-sound', sound));
  return button;
}

const marked = () => document.querySelectorAll('[data-reading="true"]');
const pause = (ms = 40) => new Promise((resolve) => setTimeout(resolve, ms));

beforeEach(async () => {
  await db.delete();
  await db.open();
});

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
});

describe('the speaker on the country screen', () => {
  it('says the question, then each choice in order, marking each tile while it is heard', async () => {
    const speech = installFakeSpeech([{ lang: 'da-DK' }], { manual: true });
    const user = inFrame('country', countries());
    const button = await speaker();
    await user.click(button);

    await waitFor(() => expect(speech.texts()).toEqual(['Hvor kommer du fra?']));
    expect(button).toHaveAttribute('aria-pressed', 'true');
    expect(marked()).toHaveLength(0);
    for (const name of ['Syrien', 'Tyrkiet', 'Et andet land', 'Jeg vil helst ikke sige det']) {
      speech.finish();
      await waitFor(() => expect(speech.texts().at(-1)).toBe(name));
      await waitFor(() =>
        expect(screen.getByRole('button', { name })).toHaveAttribute('data-reading', 'true'),
      );
      expect(marked()).toHaveLength(1);
    }
    speech.finish();

    await waitFor(() => expect(button).toHaveAttribute('aria-pressed', 'false'));
    expect(marked()).toHaveLength(0);
    expect(speech.said.map((utterance) => utterance.lang)).toEqual(Array(5).fill('da-DK'));
  });

  it('starts the question within the tap itself once the reading has loaded', async () => {
    const speech = installFakeSpeech([{ lang: 'da-DK' }], { manual: true });
    await loadReader();
    inFrame('country', countries());
    const button = await speaker();
    // The speaker has looked for a recording of its question (a moment after it shows).
    await pause();
    // Safari lets speech begin only in the tap: no storage read or import comes first.
    fireEvent.click(button);
    expect(speech.texts()).toEqual(['Hvor kommer du fra?']);
  });

  it('stops at a second tap on the speaker, and when she changes the language', async () => {
    const speech = installFakeSpeech([{ lang: 'da-DK' }, { lang: 'en-GB' }], { manual: true });
    const user = inFrame('country', countries());
    await user.click(await speaker());
    await waitFor(() => expect(speech.texts()).toHaveLength(1));
    speech.finish();
    await waitFor(() => expect(marked()).toHaveLength(1));

    await user.click(screen.getByRole('button', { name: 'Hør spørgsmålet' }));
    expect(speech.said.at(-1)?.cut).toBe(true);
    expect(marked()).toHaveLength(0);
    await pause();
    expect(speech.texts()).toEqual(['Hvor kommer du fra?', 'Syrien']);

    await user.click(screen.getByRole('button', { name: 'Hør spørgsmålet' }));
    await waitFor(() => expect(speech.texts()).toHaveLength(3));
    await user.click(screen.getByRole('button', { name: 'English' }));
    expect(speech.said.at(-1)?.cut).toBe(true);
    await screen.findByRole('heading', { name: 'Where are you from?' });
    await pause();
    expect(speech.texts()).toHaveLength(3);
    expect(marked()).toHaveLength(0);
  });

  it('lets a tap on a tile choose it while it reads, and the next screen stops the reading', async () => {
    const speech = installFakeSpeech([{ lang: 'da-DK' }], { manual: true });
    render(
      <I18nProvider initial="da">
        <KioskFlow />
      </I18nProvider>,
    );
    const user = userEvent.setup();
    await screen.findByRole('heading', { name: 'Hvor kommer du fra?' });
    await user.click(await speaker());
    await waitFor(() => expect(speech.texts()).toHaveLength(1));
    speech.finish();
    await waitFor(() => expect(marked()).toHaveLength(1));
    const reading = speech.texts().at(-1) ?? '';

    await user.click(screen.getByRole('button', { name: reading }));
    expect(await screen.findByRole('heading', { name: 'Hvor bor du?' })).toBeInTheDocument();
    expect(speech.said.at(-1)?.cut).toBe(true);
    await pause();
    expect(speech.texts()).toHaveLength(2);
    expect(marked()).toHaveLength(0);
    expect(screen.getByRole('button', { name: 'Hør spørgsmålet' })).toHaveAttribute(
      'aria-pressed',
      'false',
    );
  });

  it('plays a recording made at the centre instead of the voice wherever there is one', async () => {
    const speech = installFakeSpeech([{ lang: 'da-DK' }]);
    const audio = installFakeAudio();
    await record('da', 'country', 1);
    await record('da', 'country.TR', 2);
    const user = inFrame('country', countries());
    await user.click(await speaker('Hør spørgsmålet', 'recording'));

    await waitFor(() => expect(speech.texts()).toHaveLength(3));
    expect(audio.played.map((sound) => sound.bytes)).toEqual([[1], [2]]);
    expect(audio.played[0]?.marked).toBeNull();
    expect(audio.played[1]?.marked).toBe(screen.getByRole('button', { name: 'Tyrkiet' }));
    expect(speech.texts()).toEqual(['Syrien', 'Et andet land', 'Jeg vil helst ikke sige det']);
    expect(speech.said[0]?.marked).toBe(screen.getByRole('button', { name: 'Syrien' }));
  });

  it('is not there where the question cannot be heard, whatever else could be', async () => {
    // A Danish voice and a recorded country name, but nothing that says the question in Tigrinya.
    installFakeSpeech([{ lang: 'da-DK' }]);
    await record('ti', 'country.SY', 2);
    inFrame('country', countries(), 'ti');
    const help = await screen.findByRole('button', { name: ti['nav.help'] });
    await pause(100);
    const actions = help.parentElement;
    if (!actions) throw new Error('The help button has no parent.');
    expect(within(actions).getAllByRole('button')).toHaveLength(2);
    expect(document.querySelector('[data-action="speak"]')).toBeNull();
  });
});

describe('the speaker on the municipality screen', () => {
  const municipalities = (
    <MunicipalityScreen featured={['101', '147']} onChoose={vi.fn()} onMore={vi.fn()} />
  );

  it('says the names with a Danish voice when the language has none of its own', async () => {
    const speech = installFakeSpeech([{ lang: 'da-DK' }]);
    const audio = installFakeAudio();
    await record('ti', 'municipality', 1);
    const user = inFrame('municipality', municipalities, 'ti');
    await user.click(await speaker(ti['sound.speak'], 'recording'));

    await waitFor(() => expect(speech.texts()).toEqual(['København', 'Frederiksberg']));
    await waitFor(() =>
      expect(screen.getByRole('button', { name: ti['sound.speak'] })).toHaveAttribute(
        'aria-pressed',
        'false',
      ),
    );
    expect(audio.played.map((sound) => sound.bytes)).toEqual([[1]]);
    expect(speech.said.map((utterance) => utterance.lang)).toEqual(['da-DK', 'da-DK']);
    // "Another municipality" and "prefer not to say" have no sound in Tigrinya: left out.
    expect(speech.said[1]?.marked).toBe(screen.getByRole('button', { name: 'Frederiksberg' }));
  });

  it('plays a name recorded under Danish in every language, else the language’s own voice', async () => {
    const speech = installFakeSpeech([{ lang: 'ar-SA' }]);
    const audio = installFakeAudio();
    await record('da', 'municipality.101', 7);
    const user = inFrame('municipality', municipalities, 'ar');
    await user.click(await speaker(ar['sound.speak']));

    await waitFor(() => expect(speech.texts()).toHaveLength(4));
    expect(audio.played.map((sound) => sound.bytes)).toEqual([[7]]);
    expect(audio.played[0]?.marked).toBe(screen.getByRole('button', { name: 'København' }));
    expect(speech.texts()).toEqual([
      ar['question.municipality'],
      'Frederiksberg',
      ar['choice.moreMunicipalities'],
      ar['choice.skip'],
    ]);
    expect(speech.said.every((utterance) => utterance.lang === 'ar-SA')).toBe(true);
  });
});

describe('the speaker on the long lists', () => {
  it('reads the parts of the world, then the question and the flags of the page shown', async () => {
    const speech = installFakeSpeech([{ lang: 'da-DK' }]);
    const user = inFrame('all-countries', <AllCountries onChoose={vi.fn()} onBack={vi.fn()} />);
    await user.click(await speaker());
    await waitFor(() => expect(speech.texts()).toHaveLength(10));
    expect(speech.texts().slice(0, 3)).toEqual([
      'Hvor kommer du fra?',
      'Vest- og Centralafrika',
      'Øst- og Sydafrika',
    ]);
    await waitFor(() =>
      expect(screen.getByRole('button', { name: 'Hør spørgsmålet' })).toHaveAttribute(
        'aria-pressed',
        'false',
      ),
    );

    await user.click(screen.getByRole('button', { name: 'Mellemøsten og Nordafrika' }));
    const grid = await screen.findByRole('list');
    const shown = within(grid)
      .getAllByRole('button')
      .map((tile) => tile.textContent);
    speech.said.length = 0;
    await user.click(screen.getByRole('button', { name: 'Hør spørgsmålet' }));
    await waitFor(() => expect(speech.texts()).toHaveLength(shown.length + 1));
    expect(speech.texts()).toEqual(['Hvor kommer du fra?', ...shown]);
  });

  it('stops when she turns the page', async () => {
    const speech = installFakeSpeech([{ lang: 'da-DK' }], { manual: true });
    const user = inFrame('all-countries', <AllCountries onChoose={vi.fn()} onBack={vi.fn()} />);
    await user.click(await screen.findByRole('button', { name: 'Vest- og Centralafrika' }));
    await user.click(await speaker());
    await waitFor(() => expect(speech.texts()).toHaveLength(1));
    speech.finish();
    await waitFor(() => expect(marked()).toHaveLength(1));

    expect(screen.getByRole('button', { name: 'Næste side' })).toBeEnabled();
    await user.click(screen.getByRole('button', { name: 'Næste side' }));
    await waitFor(() => expect(speech.said.at(-1)?.cut).toBe(true));
    await pause();
    expect(speech.texts()).toHaveLength(2);
    expect(marked()).toHaveLength(0);
  });
});
