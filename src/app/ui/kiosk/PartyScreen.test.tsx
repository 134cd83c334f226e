import { cleanup, render, screen } from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { I18nProvider } from '../../i18n/I18n';
import type { LanguageCode } from '../../i18n/languages/languages';
import { PartyScreen } from './PartyScreen';

function renderParty(lang: LanguageCode = 'da') {
  const onChoose = vi.fn();
  render(
    <I18nProvider initial={lang}>
      <PartyScreen onChoose={onChoose} />
    </I18nProvider>,
  );
  return { onChoose, user: userEvent.setup() };
}

afterEach(cleanup);

describe('PartyScreen in Danish', () => {
  it('asks who is here', () => {
    renderParty();
    expect(screen.getByRole('heading', { name: 'Hvem er her i dag?' })).toBeInTheDocument();
  });

  it('takes "just me" in one tap', async () => {
    const { onChoose, user } = renderParty();
    await user.click(screen.getByRole('button', { name: 'Kun mig' }));
    expect(onChoose).toHaveBeenCalledWith({ adult: true, children: 0 });
  });

  it('counts children with + and goes on with next', async () => {
    const { onChoose, user } = renderParty();
    const next = screen.getByRole('button', { name: 'Videre' });
    expect(next).toBeDisabled();
    await user.click(screen.getByRole('button', { name: 'Et barn mere' }));
    await user.click(screen.getByRole('button', { name: 'Et barn mere' }));
    expect(screen.getByRole('status')).toHaveTextContent('Børn: 2');
    await user.click(next);
    expect(onChoose).toHaveBeenCalledWith({ adult: true, children: 2 });
  });

  it('never counts below zero', async () => {
    const { user } = renderParty();
    const fewer = screen.getByRole('button', { name: 'Et barn mindre' });
    expect(fewer).toBeDisabled();
    await user.click(fewer);
    expect(screen.getByRole('status')).toHaveTextContent('Børn: 0');
    await user.click(screen.getByRole('button', { name: 'Et barn mere' }));
    await user.click(fewer);
    await user.click(fewer);
    expect(screen.getByRole('status')).toHaveTextContent('Børn: 0');
    expect(screen.getByRole('button', { name: 'Videre' })).toBeDisabled();
  });

  it('lets a child come alone', async () => {
    const { onChoose, user } = renderParty();
    expect(screen.getByRole('button', { name: 'Jeg er med', pressed: true })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Kun børn' }));
    expect(screen.getByRole('button', { name: 'Kun børn', pressed: true })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Videre' })).toBeDisabled();
    await user.click(screen.getByRole('button', { name: 'Et barn mere' }));
    await user.click(screen.getByRole('button', { name: 'Videre' }));
    expect(onChoose).toHaveBeenCalledWith({ adult: false, children: 1 });
  });
});

describe('PartyScreen in Arabic', () => {
  it('reads right to left with Arabic names', async () => {
    const { onChoose, user } = renderParty('ar');
    expect(document.documentElement.dir).toBe('rtl');
    expect(screen.getByRole('heading', { name: 'مَن هنا اليوم؟' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'طفل آخر' }));
    await user.click(screen.getByRole('button', { name: 'طفل آخر' }));
    await user.click(screen.getByRole('button', { name: 'طفل أقل' }));
    await user.click(screen.getByRole('button', { name: 'التالي' }));
    expect(onChoose).toHaveBeenCalledWith({ adult: true, children: 1 });
  });

  it('takes "just me" in one tap', async () => {
    const { onChoose, user } = renderParty('ar');
    await user.click(screen.getByRole('button', { name: 'أنا فقط' }));
    expect(onChoose).toHaveBeenCalledWith({ adult: true, children: 0 });
  });

  it('lets a child come alone', async () => {
    const { onChoose, user } = renderParty('ar');
    await user.click(screen.getByRole('button', { name: 'أطفال فقط' }));
    await user.click(screen.getByRole('button', { name: 'طفل آخر' }));
    await user.click(screen.getByRole('button', { name: 'التالي' }));
    expect(onChoose).toHaveBeenCalledWith({ adult: false, children: 1 });
  });
});
