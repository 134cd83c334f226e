// What the speaker's component tests share: a kiosk screen rendered inside the kiosk's frame (which
// holds the speaker and what it reads), and a one-byte recording kept as the centre's voice.
import type { ComponentChildren } from 'preact';
import { render } from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import { vi } from 'vitest';
import { saveRecording } from '../../src/app/data/recordings';
import { I18nProvider } from '../../src/app/i18n/I18n';
import type { LanguageCode } from '../../src/app/i18n/languages/languages';
import { KioskFrame } from '../../src/app/ui/kiosk/KioskFrame';

/** A recording of `item` in `language` whose one byte tells it apart in a test. */
export const record = (language: string, item: string, byte: number) =>
  saveRecording(language, item, new Uint8Array([byte]).buffer, 'audio/webm');

/** Renders `children` as the screen `name` in the kiosk's frame, in `lang`. */
export function inFrame(name: string, children: ComponentChildren, lang: LanguageCode = 'da') {
  render(
    <I18nProvider initial={lang}>
      <KioskFrame screen={name} onStartOver={vi.fn()} onHelp={vi.fn()}>
        {children}
      </KioskFrame>
    </I18nProvider>,
  );
  return userEvent.setup();
}
