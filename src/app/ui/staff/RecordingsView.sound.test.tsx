// The Recordings view tells staff which of the kiosk's languages have no sound on this tablet (no
// browser voice, recordings missing), and takes them straight to recording one.
import { cleanup, render, screen, within } from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { db } from '../../data/db';
import type { PromptId } from '../../data/recordings';
import { PROMPTS, saveRecording } from '../../data/recordings';
import { saveKioskSettings } from '../../data/settings';
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

async function record(language: LanguageCode, prompts: readonly PromptId[]) {
  for (const prompt of prompts) {
    await saveRecording(language, prompt, new Uint8Array([1]).buffer, 'audio/webm');
  }
}

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
  it('lists the kiosk languages with no voice here and recordings missing, and how to add them', async () => {
    fakeVoices('da-DK');
    await saveKioskSettings({ languagesOffered: ['da', 'ar', 'ti', 'so'] });
    await record('ar', ['country', 'help']);
    await record('ti', PROMPTS);
    const user = renderView();

    const gaps = await screen.findByRole('region', { name: 'Sprog uden lyd' });
    expect(gaps).toHaveTextContent(/vælg sproget, og tryk »Optag« ved hvert spørgsmål/);
    const listed = within(gaps).getAllByRole('listitem');
    // Danish has a voice, Tigrinya every recording; Arabic and Somali have no sound yet.
    expect(listed).toHaveLength(2);
    expect(listed[0]).toHaveTextContent('العربية');
    expect(listed[0]).toHaveTextContent('2 af 6 optaget');
    expect(listed[1]).toHaveTextContent('Soomaali');
    expect(listed[1]).toHaveTextContent('0 af 6 optaget');

    await user.click(within(gaps).getByRole('button', { name: 'Optag på العربية' }));
    expect(screen.getByRole('radio', { name: /العربية/ })).toBeChecked();
  });

  it('lists every language offered when the browser has no voices at all', async () => {
    await saveKioskSettings({ languagesOffered: ['da', 'en'] });
    renderView();
    const gaps = await screen.findByRole('region', { name: 'Sprog uden lyd' });
    expect(
      within(gaps)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual([expect.stringContaining('Dansk'), expect.stringContaining('English')]);
  });

  it('says so when every kiosk language has sound, and updates as a language is recorded', async () => {
    fakeVoices('da-DK');
    await saveKioskSettings({ languagesOffered: ['da', 'ti'] });
    await record('ti', PROMPTS.slice(1));
    renderView();
    const gaps = await screen.findByRole('region', { name: 'Sprog uden lyd' });
    expect(await within(gaps).findByText('ትግርኛ')).toBeInTheDocument();

    await record('ti', PROMPTS.slice(0, 1));
    expect(
      await within(gaps).findByText(
        'Alle kioskens sprog har lyd på denne tablet: en stemme i browseren eller optagelser.',
      ),
    ).toBeInTheDocument();
    expect(within(gaps).queryByRole('listitem')).not.toBeInTheDocument();
  });
});
