import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import { useState } from 'preact/hooks';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Period } from '../../../shared/periods';
import { I18nProvider } from '../../i18n/I18n';
import type { LanguageCode } from '../../i18n/languages/languages';
import { formatPeriod, PeriodPicker } from './PeriodPicker';

// Wednesday 25 November 2026.
const TODAY = '2026-11-25';

function renderPicker(initial: Period, lang: LanguageCode = 'da') {
  const onChange = vi.fn();
  function Harness() {
    const [period, setPeriod] = useState(initial);
    return (
      <PeriodPicker
        value={period}
        today={TODAY}
        onChange={(next) => {
          onChange(next);
          setPeriod(next);
        }}
      />
    );
  }
  render(
    <I18nProvider initial={lang}>
      <Harness />
    </I18nProvider>,
  );
  return { onChange, user: userEvent.setup() };
}

afterEach(cleanup);

describe('PeriodPicker', () => {
  it('shows the presets and marks the one in use', () => {
    renderPicker({ from: '2026-11-01', to: '2026-11-30' });
    expect(screen.getByRole('group', { name: 'Periode' })).toBeInTheDocument();
    for (const name of ['I dag', 'Denne uge', 'Sidste måned', 'I år', 'Sidste år']) {
      expect(screen.getByRole('button', { name })).toHaveAttribute('aria-pressed', 'false');
    }
    expect(screen.getByRole('button', { name: 'Denne måned' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    expect(screen.getByRole('status')).toHaveTextContent(
      'Viser 1.–30. november 2026 · antal dage: 30',
    );
  });

  it('changes the range with a preset: the week from Monday, last month, last year', async () => {
    const { onChange, user } = renderPicker({ from: '2026-11-01', to: '2026-11-30' });
    await user.click(screen.getByRole('button', { name: 'Denne uge' }));
    expect(onChange).toHaveBeenLastCalledWith({ from: '2026-11-23', to: '2026-11-29' });
    expect(screen.getByRole('button', { name: 'Denne uge' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    expect(screen.getByLabelText('Fra og med')).toHaveValue('2026-11-23');
    expect(screen.getByLabelText('Til og med')).toHaveValue('2026-11-29');

    await user.click(screen.getByRole('button', { name: 'Sidste måned' }));
    expect(onChange).toHaveBeenLastCalledWith({ from: '2026-10-01', to: '2026-10-31' });
    await user.click(screen.getByRole('button', { name: 'Sidste år' }));
    expect(onChange).toHaveBeenLastCalledWith({ from: '2025-01-01', to: '2025-12-31' });
    await user.click(screen.getByRole('button', { name: 'I dag' }));
    expect(onChange).toHaveBeenLastCalledWith({ from: TODAY, to: TODAY });
  });

  it('takes any custom range, and then no preset is marked', () => {
    const { onChange } = renderPicker({ from: '2026-11-01', to: '2026-11-30' });
    fireEvent.input(screen.getByLabelText('Fra og med'), { target: { value: '2026-09-15' } });
    expect(onChange).toHaveBeenLastCalledWith({ from: '2026-09-15', to: '2026-11-30' });
    for (const button of screen.getAllByRole('button')) {
      expect(button).toHaveAttribute('aria-pressed', 'false');
    }
    expect(screen.getByRole('status')).toHaveTextContent('antal dage: 77');
  });

  it('says what is wrong with a range that ends before it starts, and keeps the last good one', () => {
    const { onChange } = renderPicker({ from: '2026-11-01', to: '2026-11-30' });
    fireEvent.input(screen.getByLabelText('Til og med'), { target: { value: '2026-10-01' } });
    expect(onChange).not.toHaveBeenCalled();
    expect(screen.getByRole('status')).toHaveTextContent(
      'Startdatoen ligger efter slutdatoen. Byt om på dem.',
    );
    expect(screen.getByLabelText('Til og med')).toHaveAttribute('aria-invalid', 'true');

    fireEvent.input(screen.getByLabelText('Fra og med'), { target: { value: '2026-09-01' } });
    expect(onChange).toHaveBeenLastCalledWith({ from: '2026-09-01', to: '2026-10-01' });
    expect(screen.getByLabelText('Til og med')).toHaveAttribute('aria-invalid', 'false');
  });

  it('refuses an empty day and a start before 2000', () => {
    const { onChange } = renderPicker({ from: '2026-11-01', to: '2026-11-30' });
    fireEvent.input(screen.getByLabelText('Fra og med'), { target: { value: '' } });
    expect(screen.getByRole('status')).toHaveTextContent('Skriv en gyldig startdato.');
    fireEvent.input(screen.getByLabelText('Fra og med'), { target: { value: '1999-12-01' } });
    expect(screen.getByRole('status')).toHaveTextContent('tidligst begynde 1. januar 2000');
    expect(onChange).not.toHaveBeenCalled();
  });

  it('speaks English', () => {
    renderPicker({ from: '2026-11-25', to: '2026-11-25' }, 'en');
    expect(screen.getByRole('button', { name: 'Today' })).toHaveAttribute('aria-pressed', 'true');
    expect(screen.getByRole('status')).toHaveTextContent(
      'Showing November 25, 2026 · number of days: 1',
    );
  });
});

describe('formatPeriod', () => {
  it('writes a range across months and years in the language asked for', () => {
    expect(formatPeriod({ from: '2026-12-28', to: '2027-01-03' }, 'da')).toMatch(
      /28.*2026.*3.*2027/,
    );
    expect(formatPeriod({ from: '2026-01-01', to: '2026-12-31' }, 'en')).toMatch(/Jan.*Dec.*2026/);
  });
});
