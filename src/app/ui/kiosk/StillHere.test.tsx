import { act, cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { I18nProvider } from '../../i18n/I18n';
import type { LanguageCode } from '../../i18n/languages/languages';
import { StillHere } from './StillHere';

function renderStillHere(lang: LanguageCode = 'da') {
  const onStay = vi.fn();
  const onTimeout = vi.fn();
  render(
    <I18nProvider initial={lang}>
      <StillHere onStay={onStay} onTimeout={onTimeout} />
    </I18nProvider>,
  );
  return { onStay, onTimeout };
}

beforeEach(() => {
  vi.useFakeTimers();
});

afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

describe('StillHere', () => {
  it('asks gently and starts over after 20 seconds', () => {
    const { onTimeout } = renderStillHere();
    expect(screen.getByRole('dialog', { name: 'Er du her stadig?' })).toBeInTheDocument();
    act(() => {
      vi.advanceTimersByTime(19_000);
    });
    expect(onTimeout).not.toHaveBeenCalled();
    act(() => {
      vi.advanceTimersByTime(1000);
    });
    expect(onTimeout).toHaveBeenCalledTimes(1);
  });

  it('stays when she says she is here', () => {
    const { onStay } = renderStillHere();
    const stay = screen.getByRole('button', { name: 'Ja, jeg er her' });
    expect(stay).toHaveFocus();
    fireEvent.click(stay);
    expect(onStay).toHaveBeenCalledTimes(1);
  });

  it('shows no numbers counting down', () => {
    renderStillHere();
    expect(screen.getByRole('dialog').textContent).not.toMatch(/\d/);
  });

  it('speaks Arabic right to left', () => {
    const { onStay } = renderStillHere('ar');
    expect(document.documentElement.dir).toBe('rtl');
    expect(screen.getByRole('dialog', { name: 'هل ما زلتِ هنا؟' })).toBeInTheDocument();
    fireEvent.click(screen.getByRole('button', { name: 'نعم، أنا هنا' }));
    expect(onStay).toHaveBeenCalledTimes(1);
  });
});
