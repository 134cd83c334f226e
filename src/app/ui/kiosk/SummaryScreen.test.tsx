import { cleanup, render, screen } from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { I18nProvider } from '../../i18n/I18n';
import type { LanguageCode } from '../../i18n/languages/languages';
import { SummaryScreen } from './SummaryScreen';
import type { Answers } from './useCheckInFlow';

const family: Answers = { country: 'TR', municipality: '101', adult: true, children: 2 };

function renderSummary(
  answers: Answers = family,
  lang: LanguageCode = 'da',
  onConfirm: () => unknown = vi.fn(),
) {
  const onEdit = vi.fn();
  render(
    <I18nProvider initial={lang}>
      <SummaryScreen answers={answers} onEdit={onEdit} onConfirm={onConfirm} />
    </I18nProvider>,
  );
  return { onEdit, onConfirm, user: userEvent.setup() };
}

afterEach(cleanup);

describe('SummaryScreen in Danish', () => {
  it('shows every answer as a button that goes back to its question', async () => {
    const { onEdit, user } = renderSummary();
    expect(screen.getByRole('heading', { name: 'Er det rigtigt?' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Skift land: Tyrkiet' }));
    expect(onEdit).toHaveBeenLastCalledWith('country');
    await user.click(screen.getByRole('button', { name: 'Skift kommune: København' }));
    expect(onEdit).toHaveBeenLastCalledWith('municipality');
    await user.click(screen.getByRole('button', { name: 'Skift hvem der er her: Mig og børn: 2' }));
    expect(onEdit).toHaveBeenLastCalledWith('party');
  });

  it('says "not said" for skipped answers and "just me" for a woman alone', () => {
    renderSummary({ country: null, municipality: null, adult: true, children: 0 });
    expect(screen.getByRole('button', { name: 'Skift land: Ikke sagt' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Skift kommune: Ikke sagt' })).toBeInTheDocument();
    expect(
      screen.getByRole('button', { name: 'Skift hvem der er her: Kun mig' }),
    ).toBeInTheDocument();
  });

  it('shows children who came alone', () => {
    renderSummary({ ...family, adult: false, children: 1 });
    expect(
      screen.getByRole('button', { name: 'Skift hvem der er her: Kun børn: 1' }),
    ).toBeInTheDocument();
  });

  it('saves once, however often the check mark is tapped', async () => {
    const { onConfirm, user } = renderSummary();
    const save = screen.getByRole('button', { name: 'Gem' });
    await user.dblClick(save);
    await user.click(save);
    expect(onConfirm).toHaveBeenCalledTimes(1);
    expect(save).toBeDisabled();
  });

  it('unlocks the check mark when the save did not work', async () => {
    const onConfirm = vi.fn(() => Promise.reject(new Error('disk full')));
    const { user } = renderSummary(family, 'da', onConfirm);
    await user.click(screen.getByRole('button', { name: 'Gem' }));
    expect(await screen.findByRole('button', { name: 'Gem' })).toBeEnabled();
    await user.click(screen.getByRole('button', { name: 'Gem' }));
    expect(onConfirm).toHaveBeenCalledTimes(2);
  });

  it('unlocks the check mark when the parent says its save ended without leaving', async () => {
    const onConfirm = vi.fn();
    const onEdit = vi.fn();
    const summary = (saving: boolean, saveFailed: boolean) => (
      <I18nProvider>
        <SummaryScreen
          answers={family}
          onEdit={onEdit}
          onConfirm={onConfirm}
          saving={saving}
          saveFailed={saveFailed}
        />
      </I18nProvider>
    );
    const { rerender } = render(summary(false, false));
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Gem' }));
    rerender(summary(true, false));
    expect(screen.getByRole('button', { name: 'Gem' })).toBeDisabled();
    rerender(summary(false, true));
    expect(screen.getByRole('status')).toHaveTextContent('Det blev ikke gemt. Prøv igen.');
    await user.click(screen.getByRole('button', { name: 'Gem' }));
    expect(onConfirm).toHaveBeenCalledTimes(2);
  });
});

describe('SummaryScreen in Arabic', () => {
  it('names the answers in Arabic, right to left', async () => {
    const { onEdit, onConfirm, user } = renderSummary(family, 'ar');
    expect(document.documentElement.dir).toBe('rtl');
    await user.click(screen.getByRole('button', { name: 'تغيير البلد: تركيا' }));
    expect(onEdit).toHaveBeenLastCalledWith('country');
    await user.click(screen.getByRole('button', { name: 'تغيير البلدية: København' }));
    expect(onEdit).toHaveBeenLastCalledWith('municipality');
    await user.click(screen.getByRole('button', { name: /^تغيير مَن هنا: أنا والأطفال/ }));
    expect(onEdit).toHaveBeenLastCalledWith('party');
    await user.dblClick(screen.getByRole('button', { name: 'حفظ' }));
    expect(onConfirm).toHaveBeenCalledTimes(1);
  });
});
