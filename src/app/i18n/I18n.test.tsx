import { cleanup, render, screen } from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { I18nProvider, useI18n } from './I18n';

function Probe() {
  const { t, countryName, formatNumber, setLang } = useI18n();
  return (
    <div>
      <h1>{t('question.country')}</h1>
      <p>{t('nav.page', { page: 2, pages: 5 })}</p>
      <p data-testid="country">{countryName('DE')}</p>
      <p data-testid="number">{formatNumber(1234)}</p>
      <button type="button" onClick={() => setLang('en')}>
        English
      </button>
    </div>
  );
}

afterEach(cleanup);

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
});
