// A recording session: staff and an interpreter walk what is still missing in one language, one
// item at a time, and leave what is recorded alone; the counts follow what is kept.
import { cleanup, render, screen, within } from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { db } from '../../data/db';
import { getRecording, saveRecording } from '../../data/recordings';
import { saveKioskSettings } from '../../data/settings';
import type { SoundItem } from '../../data/soundItems';
import { itemsToRecord } from '../../data/soundItems';
import { I18nProvider } from '../../i18n/I18n';
import type { LanguageCode } from '../../i18n/languages/languages';
import { installTestMicrophone, removeTestMicrophone } from './recordings/testMicrophone';
import { RecordingsView } from './RecordingsView';

const FEATURED = { featuredCountries: ['SY'], featuredMunicipalities: ['101', '147'] };
// Six questions, thirteen answers, one country and nine parts of the world.
const EVERYTHING = itemsToRecord(FEATURED);

async function record(language: LanguageCode, items: readonly SoundItem[]) {
  for (const item of items) {
    await saveRecording(language, item, new Uint8Array([9]).buffer, 'audio/webm');
  }
}

/** Where staff choose a language and start a session. */
const sessions = () => screen.getByRole('region', { name: 'Optag med en tolk' });

function renderView() {
  render(
    <I18nProvider initial="da">
      <RecordingsView />
    </I18nProvider>,
  );
  return userEvent.setup();
}

type User = ReturnType<typeof renderView>;

/** Records a take of the item on screen and keeps it. */
async function recordAndKeep(user: User, item: HTMLElement) {
  await user.click(within(item).getByRole('button', { name: 'Optag' }));
  await user.click(await within(item).findByRole('button', { name: 'Stop' }));
  await user.click(await within(item).findByRole('button', { name: 'Behold' }));
  await within(item).findByText('Optagelsen er gemt.');
}

const bytesOf = (buffer: ArrayBuffer | undefined) => (buffer ? [...new Uint8Array(buffer)] : []);

beforeEach(async () => {
  await db.delete();
  await db.open();
  await saveKioskSettings(FEATURED);
  installTestMicrophone();
});

afterEach(() => {
  cleanup();
  removeTestMicrophone();
});

describe('RecordingsView: a recording session', () => {
  it('walks what is missing in the language, in its words, and skips what is recorded', async () => {
    expect(EVERYTHING).toHaveLength(29);
    await record('ar', ['country', 'party', 'choice.skip']);
    const user = renderView();
    await user.click(await screen.findByRole('radio', { name: /العربية/ }));
    expect(screen.getByRole('radio', { name: /العربية/ })).toHaveAccessibleName(/3 af 29 optaget/);

    await user.click(
      within(sessions()).getByRole('button', { name: 'Optag det, der mangler, på العربية' }),
    );
    const session = await screen.findByRole('region', { name: 'Optagelse på العربية' });
    expect(session).toHaveTextContent('1 af 26 optagelser');
    // The country question is recorded: the walk begins with the municipality question, its words
    // in Arabic, and says in Danish what it is.
    let item = within(session).getByRole('region', { name: 'Spørgsmål: kommune' });
    expect(within(item).getByText('أين تسكنين؟')).toHaveAttribute('dir', 'rtl');
    expect(item).toHaveTextContent('Kiosken viser denne tekst. Sig den på العربية:');

    await recordAndKeep(user, item);
    expect(bytesOf((await getRecording('ar', 'municipality'))?.audio)).toEqual([1, 1, 1]);
    await user.click(within(session).getByRole('button', { name: 'Næste' }));

    // "Who is here" is recorded too: next comes the summary.
    expect(session).toHaveTextContent('2 af 26 optagelser');
    item = within(session).getByRole('region', { name: 'Spørgsmål: opsummering' });
    await user.click(within(session).getByRole('button', { name: 'Spring over for nu' }));
    expect(await getRecording('ar', 'summary')).toBeUndefined();

    // On through thanks, help (none recorded) and the answers, of which one is recorded.
    const seen: string[] = [];
    for (let step = 3; step <= 26; step++) {
      expect(session).toHaveTextContent(`${step} af 26 optagelser`);
      const [here] = within(session)
        .getAllByRole('region')
        .filter((region) => region.hasAttribute('data-item'));
      seen.push(here?.getAttribute('data-item') ?? '');
      if (here?.getAttribute('data-item') === 'country.SY') {
        expect(here).toHaveAccessibleName('Land: Syrien');
        expect(within(here).getByText('سوريا')).toHaveAttribute('lang', 'ar');
      }
      await user.click(within(session).getByRole('button', { name: 'Spring over for nu' }));
    }
    expect(seen).not.toContain('choice.skip');
    expect(seen).not.toContain('country');
    expect(seen).toContain('region.oceania');

    // The end says calmly what is still missing, and can walk it again.
    expect(await within(session).findByRole('status')).toHaveTextContent('25 mangler stadig:');
    expect(within(session).getAllByRole('listitem')).toHaveLength(25);
    expect(within(session).getByText('Spørgsmål: opsummering')).toBeInTheDocument();
    await user.click(within(session).getByRole('button', { name: 'Optag det, der mangler' }));
    expect(session).toHaveTextContent('1 af 25 optagelser');
    expect(within(session).getByRole('region', { name: 'Spørgsmål: opsummering' })).toBeVisible();

    await user.click(within(session).getByRole('button', { name: 'Afslut' }));
    expect(await screen.findByRole('radio', { name: /العربية/ })).toHaveAccessibleName(
      /4 af 29 optaget/,
    );
  });

  it('ends with everything in the language recorded', async () => {
    await record(
      'ar',
      EVERYTHING.filter((item) => item !== 'thanks.undo'),
    );
    const user = renderView();
    await user.click(await screen.findByRole('radio', { name: /العربية/ }));
    await user.click(
      within(sessions()).getByRole('button', { name: 'Optag det, der mangler, på العربية' }),
    );

    const session = await screen.findByRole('region', { name: 'Optagelse på العربية' });
    expect(session).toHaveTextContent('1 af 1 optagelse');
    await recordAndKeep(user, within(session).getByRole('region', { name: 'Knap: Fortryd' }));
    await user.click(within(session).getByRole('button', { name: 'Næste' }));

    expect(await within(session).findByRole('status')).toHaveTextContent(
      'Alt på العربية er optaget.',
    );
    await user.click(within(session).getByRole('button', { name: 'Afslut' }));
    expect(await within(sessions()).findByText('Alt på العربية er optaget.')).toBeInTheDocument();
    expect(
      within(sessions()).queryByRole('button', { name: 'Optag det, der mangler, på العربية' }),
    ).not.toBeInTheDocument();
  });

  it('records the municipality names once, in Danish, for every language', async () => {
    const user = renderView();
    await user.click(await screen.findByRole('radio', { name: /ትግርኛ/ }));
    await user.click(
      within(sessions()).getByRole('button', { name: 'Optag de kommunenavne, der mangler' }),
    );

    const session = await screen.findByRole('region', { name: 'Kommunenavne, på dansk' });
    expect(session).toHaveTextContent('1 af 2 optagelser');
    const name = within(session).getByRole('region', { name: 'Kommune: København' });
    expect(within(name).getByText('København')).toHaveAttribute('lang', 'da');
    expect(name).toHaveTextContent('Sig den på Dansk:');
    await recordAndKeep(user, name);
    await user.click(within(session).getByRole('button', { name: 'Næste' }));
    await user.click(within(session).getByRole('button', { name: 'Spring over for nu' }));
    expect(within(session).getByRole('status')).toHaveTextContent('1 mangler stadig:');
    expect(within(session).getByText('Kommune: Frederiksberg')).toBeInTheDocument();

    expect(bytesOf((await getRecording('da', 'municipality.101'))?.audio)).toEqual([1, 1, 1]);
    expect(await getRecording('ti', 'municipality.101')).toBeUndefined();
    await user.click(within(session).getByRole('button', { name: 'Afslut' }));
    expect(
      within(sessions()).getByText('Kommunenavne, på dansk, til alle sprog').parentElement,
    ).toHaveTextContent('1 af 2 optaget');
  });
});
