import type { ComponentChildren } from 'preact';
import { renderHook } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { I18nProvider, useI18n } from '../../i18n/I18n';
import type { LanguageCode } from '../../i18n/languages/languages';
import { promptText } from './promptText';

function translate(lang: LanguageCode) {
  const wrapper = ({ children }: { children: ComponentChildren }) => (
    <I18nProvider initial={lang}>{children}</I18nProvider>
  );
  return renderHook(() => useI18n().t, { wrapper }).result.current;
}

describe('promptText', () => {
  it('says the question the screen shows', () => {
    expect(promptText('country', translate('da'))).toBe('Hvor kommer du fra?');
    expect(promptText('country', translate('ar'))).toBe('من أين أنتِ؟');
  });

  it('says the thank-you and the whole help, sentence by sentence', () => {
    const t = translate('da');
    expect(promptText('thanks', t)).toBe('Tak fordi du kom. Hvor er det godt at se dig i dag.');
    const help = promptText('help', t);
    expect(help).toContain('Sådan virker det. Vi spørger om tre ting: Hvor kommer du fra?');
    expect(help).toContain('Hvor kommer du fra? Hvor bor du? Hvem er her i dag?');
    expect(help).toContain('Vi spørger aldrig om dit navn.');
    expect(help).toContain('»Jeg vil helst ikke sige det«');
  });
});
