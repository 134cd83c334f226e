import { cleanup, render, screen, waitFor, within } from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { db } from '../../data/db';
import { getRecording, saveRecording } from '../../data/recordings';
import { RECORDINGS_FORMAT } from '../../data/recordingsFile';
import { I18nProvider } from '../../i18n/I18n';
import type { TestMicrophone } from './recordings/testMicrophone';
import { installTestMicrophone, removeTestMicrophone } from './recordings/testMicrophone';
import { RecordingsView } from './RecordingsView';
import { StaffApp } from './StaffApp';

let microphone: TestMicrophone;

beforeEach(async () => {
  await db.delete();
  await db.open();
  microphone = installTestMicrophone();
});

afterEach(() => {
  cleanup();
  removeTestMicrophone();
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

/** Opens the list of every recording in the chosen language. */
async function openList(user: ReturnType<typeof userEvent.setup>) {
  await user.click(await screen.findByRole('button', { name: /^Alle optagelser på / }));
}

describe('RecordingsView', () => {
  it('records a prompt, plays it back, records it again and keeps the second take', async () => {
    const user = renderView();
    await user.click(await screen.findByRole('radio', { name: /العربية/ }));
    await openList(user);
    const country = await screen.findByRole('region', { name: 'Spørgsmål: land' });
    expect(within(country).getByText('Ingen optagelse endnu.')).toBeInTheDocument();
    // The reader sees what the kiosk says for this prompt, in the language being recorded.
    const words = within(country).getByText('من أين أنتِ؟');
    expect(words).toHaveAttribute('lang', 'ar');
    expect(words).toHaveAttribute('dir', 'rtl');
    expect(country).not.toHaveTextContent('Hvor kommer du fra?');

    await user.click(within(country).getByRole('button', { name: 'Optag' }));
    await within(country).findByText(/^Optager/);
    await user.click(within(country).getByRole('button', { name: 'Stop' }));

    await user.click(await within(country).findByRole('button', { name: 'Lyt' }));
    expect(microphone.played).toHaveLength(1);
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
    expect(microphone.tracksStopped()).toBe(2);
    // Six questions, thirteen answers, sixteen featured countries and nine parts of the world.
    expect(screen.getByRole('radio', { name: /العربية/ })).toHaveAccessibleName(/1 af 44 optaget/);
  });

  it('plays and deletes a kept recording, and then there is none', async () => {
    await saveRecording('da', 'help', new Uint8Array([5]).buffer, 'audio/webm');
    const user = renderView();
    await openList(user);
    const help = await screen.findByRole('region', { name: 'Hjælp' });
    await within(help).findByText(/^Optaget /);

    await user.click(within(help).getByRole('button', { name: 'Lyt' }));
    await waitFor(() => expect(microphone.played).toHaveLength(1));
    await user.click(within(help).getByRole('button', { name: 'Slet' }));

    await within(help).findByText('Ingen optagelse endnu.');
    expect(await getRecording('da', 'help')).toBeUndefined();
  });

  it('says so when the browser may not use the microphone, and keeps what was there', async () => {
    await saveRecording('da', 'country', new Uint8Array([7]).buffer, 'audio/webm');
    microphone.answer(() =>
      Promise.reject(new DOMException('Permission denied', 'NotAllowedError')),
    );
    const user = renderView();
    await openList(user);
    const country = await screen.findByRole('region', { name: 'Spørgsmål: land' });

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

    const newer = JSON.stringify({ format: RECORDINGS_FORMAT, version: 3, recordings: [] });
    await user.upload(input, new File([newer], 'later.json', { type: 'application/json' }));
    expect(await within(sharing).findByRole('alert')).toHaveTextContent(
      'Filen er lavet af en nyere udgave af Velkommen. Opdater appen først. Intet blev indlæst.',
    );

    const current = JSON.stringify({
      format: RECORDINGS_FORMAT,
      version: 2,
      exportedAt: '2026-11-23T14:30:00.000Z',
      recordings: [
        { language: 'ar', item: 'country.SY', mime: 'audio/webm', audio: 'Aw==' },
        { language: 'da', item: 'municipality.101', mime: 'audio/webm', audio: 'BA==' },
      ],
    });
    await user.upload(input, new File([current], 'voices-2.json', { type: 'application/json' }));
    expect(
      await within(sharing).findByText('Indlæst: 2 nye, 0 erstattet, 0 beholdt som de var.'),
    ).toBeInTheDocument();
    expect(bytesOf((await getRecording('ar', 'country.SY'))?.audio)).toEqual([3]);
    // Beside the languages, and among those without sound (this browser has no voices at all).
    const namesCounts = screen.getAllByText('Kommunenavne, på dansk, til alle sprog');
    expect(namesCounts).toHaveLength(2);
    for (const names of namesCounts) {
      expect(names.parentElement).toHaveTextContent('1 af 12 optaget');
    }

    const stray = JSON.stringify({
      format: RECORDINGS_FORMAT,
      version: 2,
      recordings: [{ language: 'ar', item: 'municipality.147', mime: 'audio/webm', audio: 'BQ==' }],
    });
    await user.upload(input, new File([stray], 'stray.json', { type: 'application/json' }));
    expect(await within(sharing).findByRole('alert')).toHaveTextContent(
      'Optagelse nr. 1 er et kommunenavn på et andet sprog end dansk.',
    );
    expect(await getRecording('ar', 'municipality.147')).toBeUndefined();
  });

  it('is a section of the staff view', async () => {
    render(
      <I18nProvider initial="da">
        <StaffApp onLeave={() => undefined} />
      </I18nProvider>,
    );
    await userEvent.click(screen.getByRole('tab', { name: 'Optagelser' }));
    expect(await screen.findByRole('heading', { name: 'Kioskens stemmer' })).toBeInTheDocument();
  });
});
