import { cleanup, render, screen } from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_FEATURED_COUNTRIES } from '../../../shared/countries';
import { I18nProvider } from '../../i18n/I18n';
import type { LanguageCode } from '../../i18n/languages/languages';
import { CountryScreen } from './CountryScreen';

function renderCountries(lang: LanguageCode = 'da') {
  const onChoose = vi.fn();
  const onMore = vi.fn();
  render(
    <I18nProvider initial={lang}>
      <CountryScreen featured={DEFAULT_FEATURED_COUNTRIES} onChoose={onChoose} onMore={onMore} />
    </I18nProvider>,
  );
  return { onChoose, onMore, user: userEvent.setup() };
}

afterEach(cleanup);

describe('CountryScreen', () => {
  it('asks the question and shows the featured countries by their Danish names', () => {
    renderCountries();
    expect(screen.getByRole('heading', { name: 'Hvor kommer du fra?' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Tyrkiet' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Palæstina' })).toBeInTheDocument();
    // 16 flags, "another country" and "I prefer not to say".
    expect(screen.getAllByRole('button')).toHaveLength(18);
  });

  it('shows a flag in each country tile, hidden from screen readers', () => {
    renderCountries();
    const turkey = screen.getByRole('button', { name: 'Tyrkiet' });
    const flag = turkey.querySelector('img');
    expect(flag).toHaveAttribute('alt', '');
    expect(flag?.getAttribute('src')).toMatch(/tr\.svg/);
  });

  it('answers with the country code', async () => {
    const { onChoose, user } = renderCountries();
    await user.click(screen.getByRole('button', { name: 'Tyrkiet' }));
    expect(onChoose).toHaveBeenCalledWith('TR');
  });

  it('takes "I prefer not to say" as an answer of its own', async () => {
    const { onChoose, user } = renderCountries();
    await user.click(screen.getByRole('button', { name: 'Jeg vil helst ikke sige det' }));
    expect(onChoose).toHaveBeenCalledWith(null);
  });

  it('leads to all the other countries', async () => {
    const { onMore, onChoose, user } = renderCountries();
    await user.click(screen.getByRole('button', { name: 'Et andet land' }));
    expect(onMore).toHaveBeenCalledTimes(1);
    expect(onChoose).not.toHaveBeenCalled();
  });

  it('speaks Arabic right to left, with the countries named in Arabic', () => {
    renderCountries('ar');
    expect(document.documentElement).toHaveAttribute('dir', 'rtl');
    expect(document.documentElement).toHaveAttribute('lang', 'ar');
    expect(screen.getByRole('heading', { name: 'من أين أنتِ؟' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'تركيا' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'سوريا' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Tyrkiet' })).not.toBeInTheDocument();
  });
});
