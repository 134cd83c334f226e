// The Recordings view tells staff which of the kiosk's languages have no sound on this tablet (no
// browser voice, recordings missing), and takes them straight to a recording session in one.
import { cleanup, render, screen, within } from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { db } from '../../data/db';
import { saveRecording } from '../../data/recordings';
import { defaultKioskSettings, saveKioskSettings } from '../../data/settings';
import type { SoundItem } from '../../data/soundItems';
import { itemsToRecord, NAMES_LANGUAGE, namesToRecord } from '../../data/soundItems';
import { I18nProvider } from '../../i18n/I18n';
import type { LanguageCode } from '../../i18n/languages/languages';
import { RecordingsView } from './RecordingsView';

/** A tablet whose browser has voices for these languages only. */
function fakeVoices(...langs: string[]) {
  const voices = langs.map((lang) => ({ lang, name: lang, localService: true, default: false }));
  vi.stubGlobal(
    'speechSynthesis',
    Object.assign(new EventTarget(), { getVoices: () => voices, speak: vi.fn(), cancel: vi.fn() }),
  );
}

async function record(language: LanguageCode, items: readonly SoundItem[]) {
  for (const item of items) {
    await saveRecording(language, item, new Uint8Array([1]).buffer, 'audio/webm');
  }
}

// What the centre features by default: 16 countries and 12 municipalities.
const EVERYTHING = itemsToRecord(defaultKioskSettings());
const NAMES = namesToRecord(defaultKioskSettings());

function renderView() {
  render(
    <I18nProvider initial="da">
      <RecordingsView />
    </I18nProvider>,
  );
  return userEvent.setup();
}

beforeEach(async () => {
  await db.delete();
  await db.open();
});

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe('RecordingsView: languages without sound', () => {
  it('lists the kiosk languages with no voice here and recordings missing, and starts a session in one', async () => {
    fakeVoices('da-DK');
    await saveKioskSettings({ languagesOffered: ['da', 'ar', 'ti', 'so'] });
    await record('ar', ['country', 'help']);
    await record('ti', EVERYTHING);
    const user = renderView();

    const gaps = await screen.findByRole('region', { name: 'Sprog uden lyd' });
    expect(gaps).toHaveTextContent(/tryk »Optag på …«, så viser Velkommen det, der mangler/);
    const listed = within(gaps).getAllByRole('listitem');
    // Danish has a voice, Tigrinya every recording; Arabic and Somali have no sound yet, and the
    // municipality names, which no voice says in Arabic or Somali, are not recorded.
    expect(listed).toHaveLength(3);
    expect(listed[0]).toHaveTextContent('العربية');
    expect(listed[0]).toHaveTextContent('2 af 44 optaget');
    expect(listed[1]).toHaveTextContent('Soomaali');
    expect(listed[1]).toHaveTextContent('0 af 44 optaget');
    expect(listed[2]).toHaveTextContent('Kommunenavne, på dansk, til alle sprog');
    expect(listed[2]).toHaveTextContent('0 af 12 optaget');

    await user.click(within(gaps).getByRole('button', { name: 'Optag på العربية' }));
    const session = await screen.findByRole('region', { name: 'Optagelse på العربية' });
    // The question of country is recorded already: the session begins with the next one.
    expect(session).toHaveTextContent('1 af 42 optagelser');
    expect(within(session).getByRole('region', { name: 'Spørgsmål: kommune' })).toBeInTheDocument();
  });

  it('takes staff from the municipality names to their session, in Danish', async () => {
    fakeVoices('da-DK');
    await saveKioskSettings({ languagesOffered: ['da', 'ti'] });
    await record('ti', EVERYTHING);
    await record(NAMES_LANGUAGE, NAMES.slice(1));
    const user = renderView();

    const gaps = await screen.findByRole('region', { name: 'Sprog uden lyd' });
    const [names] = within(gaps).getAllByRole('listitem');
    expect(names).toHaveTextContent('11 af 12 optaget');
    await user.click(
      within(gaps).getByRole('button', { name: 'Optag de kommunenavne, der mangler' }),
    );
    const session = await screen.findByRole('region', { name: 'Kommunenavne, på dansk' });
    expect(session).toHaveTextContent('1 af 1 optagelse');
    const name = within(session).getByRole('region', { name: 'Kommune: København' });
    expect(within(name).getByText('København')).toHaveAttribute('lang', 'da');
  });

  it('lists every language offered when the browser has no voices at all', async () => {
    await saveKioskSettings({ languagesOffered: ['da', 'en'] });
    renderView();
    const gaps = await screen.findByRole('region', { name: 'Sprog uden lyd' });
    expect(
      within(gaps)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual([
      expect.stringContaining('Dansk'),
      expect.stringContaining('English'),
      expect.stringContaining('Kommunenavne'),
    ]);
  });

  it('says so when every kiosk language has sound, and updates as a language is recorded', async () => {
    fakeVoices('da-DK');
    await saveKioskSettings({ languagesOffered: ['da', 'ti'] });
    await record('ti', EVERYTHING.slice(1));
    await record(NAMES_LANGUAGE, NAMES);
    renderView();
    const gaps = await screen.findByRole('region', { name: 'Sprog uden lyd' });
    expect(await within(gaps).findByText('ትግርኛ')).toBeInTheDocument();
    expect(within(gaps).getByText('43 af 44 optaget')).toBeInTheDocument();

    await record('ti', EVERYTHING.slice(0, 1));
    expect(
      await within(gaps).findByText(
        'Alle kioskens sprog har lyd på denne tablet: en stemme i browseren eller optagelser.',
      ),
    ).toBeInTheDocument();
    expect(within(gaps).queryByRole('listitem')).not.toBeInTheDocument();
  });
});
