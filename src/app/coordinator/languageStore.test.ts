import { afterEach, describe, expect, it, vi } from 'vitest';
import { loadLanguage, saveLanguage } from './languageStore';

afterEach(() => {
  localStorage.clear();
  vi.unstubAllGlobals();
});

describe('the coordinator page’s language', () => {
  it('is the one kept on this computer', () => {
    saveLanguage('en');
    expect(loadLanguage()).toBe('en');
    saveLanguage('da');
    expect(loadLanguage()).toBe('da');
  });

  it('goes by the browser when nothing usable is kept: English for English, else Danish', () => {
    localStorage.setItem('velkommen.coordinator.lang', 'ar');
    vi.stubGlobal('navigator', { language: 'en-GB' });
    expect(loadLanguage()).toBe('en');
    vi.stubGlobal('navigator', { language: 'sv-SE' });
    expect(loadLanguage()).toBe('da');
  });
});
