import { cleanup, render, screen } from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createI18n, I18nProvider, useI18n } from './I18n';
import type { LanguageCode } from './languages/languages';

// The shipped table is marked so a test can tell it from Node's own (full ICU) Somali names.
vi.mock('./names/so', () => ({ COUNTRY_NAMES: { TR: 'Turki (shipped)', DE: 'Jarmal (shipped)' } }));

function Probe() {
  const { t, countryName, formatNumber, setLang } = useI18n();
  return (
    <div>
      <h1>{t('question.country')}</h1>
      <p>{t('nav.page', { page: 2, pages: 5 })}</p>
      <p data-testid="staff">{t('staff.autoLock', { minutes: 3 })}</p>
      <p data-testid="country">{countryName('DE')}</p>
      <p data-testid="number">{formatNumber(1234)}</p>
      <button type="button" onClick={() => setLang('en')}>
        English
      </button>
      <button type="button" onClick={() => setLang('so')}>
        Soomaali
      </button>
    </div>
  );
}

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

/** A browser like Chromium, whose Intl has no data for these locales and answers in English. */
function browserWithout(...locales: string[]) {
  const supported = Intl.DisplayNames.supportedLocalesOf.bind(Intl.DisplayNames);
  vi.spyOn(Intl.DisplayNames, 'supportedLocalesOf').mockImplementation((requested, options) =>
    supported(requested, options).filter((locale) => !locales.includes(locale)),
  );
}

describe('I18nProvider', () => {
  it('speaks Danish by default, left to right', () => {
    render(
      <I18nProvider>
        <Probe />
      </I18nProvider>,
    );
    expect(screen.getByRole('heading', { name: 'Hvor kommer du fra?' })).toBeInTheDocument();
    expect(screen.getByText('Side 2 af 5')).toBeInTheDocument();
    expect(screen.getByTestId('country')).toHaveTextContent('Tyskland');
    expect(screen.getByTestId('number')).toHaveTextContent('1.234');
    expect(document.documentElement.lang).toBe('da');
    expect(document.documentElement.dir).toBe('ltr');
  });

  it('speaks Arabic right to left, with country names in Arabic', () => {
    render(
      <I18nProvider initial="ar">
        <Probe />
      </I18nProvider>,
    );
    expect(screen.getByRole('heading', { name: 'من أين أنتِ؟' })).toBeInTheDocument();
    expect(screen.getByTestId('country')).toHaveTextContent('ألمانيا');
    expect(screen.getByTestId('number')).toHaveTextContent(
      new Intl.NumberFormat('ar').format(1234),
    );
    expect(document.documentElement.lang).toBe('ar');
    expect(document.documentElement.dir).toBe('rtl');
  });

  it('switches language for the whole page', async () => {
    render(
      <I18nProvider initial="ar">
        <Probe />
      </I18nProvider>,
    );
    await userEvent.click(screen.getByRole('button', { name: 'English' }));
    expect(screen.getByRole('heading', { name: 'Where are you from?' })).toBeInTheDocument();
    expect(screen.getByTestId('country')).toHaveTextContent('Germany');
    expect(document.documentElement.lang).toBe('en');
    expect(document.documentElement.dir).toBe('ltr');
  });

  it('follows a new default language', () => {
    const { rerender } = render(
      <I18nProvider initial="da">
        <Probe />
      </I18nProvider>,
    );
    rerender(
      <I18nProvider initial="ar">
        <Probe />
      </I18nProvider>,
    );
    expect(screen.getByRole('heading', { name: 'من أين أنتِ؟' })).toBeInTheDocument();
  });

  it('writes digits as the language does: Persian digits in Farsi and Dari, Arabic in Sorani', () => {
    for (const [code, digits] of [
      ['fa', '۱٬۲۳۴'],
      ['prs', '۱٬۲۳۴'],
      ['ckb', '١٬٢٣٤'],
      ['uk', '1234'],
    ] as const) {
      render(
        <I18nProvider initial={code}>
          <Probe />
        </I18nProvider>,
      );
      expect(screen.getByTestId('number').textContent?.replace(/\s/g, '')).toBe(digits);
      cleanup();
    }
  });

  it('speaks Tigrinya left to right and Dari right to left, with names in each', () => {
    render(
      <I18nProvider initial="ti">
        <Probe />
      </I18nProvider>,
    );
    expect(screen.getByRole('heading', { name: 'ካበይ ሃገር ኢኺ?' })).toBeInTheDocument();
    expect(document.documentElement.lang).toBe('ti');
    expect(document.documentElement.dir).toBe('ltr');
    cleanup();
    render(
      <I18nProvider initial="prs">
        <Probe />
      </I18nProvider>,
    );
    expect(screen.getByRole('heading', { name: 'از کدام کشور هستید؟' })).toBeInTheDocument();
    expect(screen.getByTestId('country')).toHaveTextContent('آلمان');
    expect(document.documentElement.lang).toBe('prs');
    expect(document.documentElement.dir).toBe('rtl');
  });

  it('gives staff text in Danish where it has no translation, and in Arabic where it has', () => {
    render(
      <I18nProvider initial="tr">
        <Probe />
      </I18nProvider>,
    );
    expect(screen.getByRole('heading', { name: 'Nereden geliyorsunuz?' })).toBeInTheDocument();
    expect(screen.getByTestId('staff')).toHaveTextContent(
      'Låser sig selv efter 3 minutter uden berøring.',
    );
    cleanup();
    render(
      <I18nProvider initial="fa">
        <Probe />
      </I18nProvider>,
    );
    // The Danish sentence keeps Danish digits, not the kiosk language's.
    expect(screen.getByTestId('staff')).toHaveTextContent('efter 3 minutter');
    cleanup();
    render(
      <I18nProvider initial="ar">
        <Probe />
      </I18nProvider>,
    );
    expect(screen.getByTestId('staff')).toHaveTextContent('يُقفل تلقائيًا');
  });

  it('counts staff text by its own language’s plural rules', () => {
    const minutes = (lang: LanguageCode, n: number) =>
      createI18n(lang, () => undefined).t('staff.autoLock', { minutes: n });
    // Ukrainian has a form for 21 minutes of its own; the Danish sentence goes by Danish rules.
    expect(minutes('uk', 1)).toBe('Låser sig selv efter 1 minut uden berøring.');
    expect(minutes('uk', 21)).toBe('Låser sig selv efter 21 minutter uden berøring.');
    expect(minutes('en', 1)).toBe('Locks itself after 1 minute untouched.');
    expect(minutes('ar', 2)).toBe('يُقفل تلقائيًا بعد دقيقتين دون لمس.');
    expect(minutes('ar', 5)).toBe('يُقفل تلقائيًا بعد 5 دقائق دون لمس.');
  });

  it('names countries from the shipped table where the browser lacks the language', async () => {
    browserWithout('so');
    render(
      <I18nProvider initial="da">
        <Probe />
      </I18nProvider>,
    );
    await userEvent.click(screen.getByRole('button', { name: 'Soomaali' }));
    // The switch waits for the names, so the heading and the names arrive together.
    expect(await screen.findByRole('heading', { name: 'Xaggee ka timid?' })).toBeInTheDocument();
    expect(screen.getByTestId('country')).toHaveTextContent('Jarmal (shipped)');
  });

  it('starts in a language whose names must load, and names countries once they have', async () => {
    browserWithout('so');
    render(
      <I18nProvider initial="so">
        <Probe />
      </I18nProvider>,
    );
    expect(await screen.findByText('Jarmal (shipped)')).toBeInTheDocument();
  });

  it('keeps to Intl where the browser has the language', () => {
    render(
      <I18nProvider initial="so">
        <Probe />
      </I18nProvider>,
    );
    expect(screen.getByTestId('country')).toHaveTextContent('Jarmal');
    expect(screen.getByTestId('country')).not.toHaveTextContent('shipped');
  });

  it('goes by the last tap when a language waits for its names', async () => {
    browserWithout('so');
    render(
      <I18nProvider initial="da">
        <Probe />
      </I18nProvider>,
    );
    const user = userEvent.setup();
    const somali = user.click(screen.getByRole('button', { name: 'Soomaali' }));
    const english = user.click(screen.getByRole('button', { name: 'English' }));
    await Promise.all([somali, english]);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(screen.getByRole('heading', { name: 'Where are you from?' })).toBeInTheDocument();
  });
});
