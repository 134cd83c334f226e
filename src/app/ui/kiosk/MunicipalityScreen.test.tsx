import { cleanup, render, screen } from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_FEATURED_MUNICIPALITIES } from '../../../shared/municipalities';
import { I18nProvider } from '../../i18n/I18n';
import { MunicipalityScreen } from './MunicipalityScreen';

function renderMunicipalities() {
  const onChoose = vi.fn();
  const onMore = vi.fn();
  render(
    <I18nProvider initial="da">
      <MunicipalityScreen
        featured={DEFAULT_FEATURED_MUNICIPALITIES}
        onChoose={onChoose}
        onMore={onMore}
      />
    </I18nProvider>,
  );
  return { onChoose, onMore, user: userEvent.setup() };
}

afterEach(cleanup);

describe('MunicipalityScreen', () => {
  it('shows the featured municipalities by name, each with a map picture', () => {
    renderMunicipalities();
    expect(screen.getByRole('heading', { name: 'Hvor bor du?' })).toBeInTheDocument();
    const copenhagen = screen.getByRole('button', { name: 'København' });
    // Each tile shows the map of its own municipality.
    expect(copenhagen.querySelector('svg image')?.getAttribute('href')).toMatch(
      /municipalities\/101\.svg$/,
    );
    const albertslund = screen.getByRole('button', { name: 'Albertslund' });
    expect(albertslund.querySelector('svg image')?.getAttribute('href')).toMatch(
      /municipalities\/165\.svg$/,
    );
    expect(screen.getByRole('button', { name: 'Høje-Taastrup' })).toBeInTheDocument();
    expect(screen.getAllByRole('button')).toHaveLength(DEFAULT_FEATURED_MUNICIPALITIES.length + 2);
  });

  it('answers with the municipality code, or null for "I prefer not to say"', async () => {
    const { onChoose, user } = renderMunicipalities();
    await user.click(screen.getByRole('button', { name: 'Albertslund' }));
    expect(onChoose).toHaveBeenLastCalledWith('165');
    await user.click(screen.getByRole('button', { name: 'Jeg vil helst ikke sige det' }));
    expect(onChoose).toHaveBeenLastCalledWith(null);
  });

  it('leads to all the other municipalities', async () => {
    const { onMore, user } = renderMunicipalities();
    await user.click(screen.getByRole('button', { name: 'En anden kommune' }));
    expect(onMore).toHaveBeenCalledTimes(1);
  });
});
