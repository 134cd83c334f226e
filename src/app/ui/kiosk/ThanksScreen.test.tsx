import { act, cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { I18nProvider } from '../../i18n/I18n';
import type { LanguageCode } from '../../i18n/languages/languages';
import { ThanksScreen } from './ThanksScreen';

function renderThanks(
  lang: LanguageCode = 'da',
  onUndo = vi.fn(() => Promise.resolve()),
  kind: 'visitor' | 'volunteer' = 'visitor',
) {
  const onDone = vi.fn();
  render(
    <I18nProvider initial={lang}>
      <ThanksScreen onUndo={onUndo} onDone={onDone} kind={kind} />
    </I18nProvider>,
  );
  return { onUndo, onDone };
}

beforeEach(() => {
  vi.useFakeTimers();
});

afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

describe('ThanksScreen', () => {
  it('thanks her, then starts over on its own after a few seconds', () => {
    const { onDone } = renderThanks();
    expect(screen.getByRole('heading', { name: 'Tak fordi du kom' })).toBeInTheDocument();
    act(() => {
      vi.advanceTimersByTime(5000);
    });
    expect(onDone).not.toHaveBeenCalled();
    act(() => {
      vi.advanceTimersByTime(1000);
    });
    expect(onDone).toHaveBeenCalledTimes(1);
  });

  it('undoes, says so, then starts over', async () => {
    const { onUndo, onDone } = renderThanks();
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Fortryd' }));
    });
    expect(onUndo).toHaveBeenCalledTimes(1);
    expect(screen.getByRole('status')).toHaveTextContent('Det er fortrudt.');
    expect(screen.queryByRole('button', { name: 'Fortryd' })).not.toBeInTheDocument();
    act(() => {
      vi.advanceTimersByTime(6000);
    });
    expect(onDone).toHaveBeenCalledTimes(1);
  });

  it('never says undone when the undo did not work', async () => {
    const onUndo = vi.fn(() => Promise.reject(new Error('closed')));
    renderThanks('da', onUndo);
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Fortryd' }));
    });
    expect(screen.queryByRole('status')).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Fortryd' })).toBeEnabled();
  });

  it('thanks a volunteer for her help, with undo too', async () => {
    const { onUndo } = renderThanks(
      'da',
      vi.fn(() => Promise.resolve()),
      'volunteer',
    );
    expect(screen.getByRole('heading', { name: 'Tak for din indsats i dag' })).toBeInTheDocument();
    expect(screen.getByText('Din dag som frivillig er talt med.')).toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: 'Tak fordi du kom' })).not.toBeInTheDocument();
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Fortryd' }));
    });
    expect(onUndo).toHaveBeenCalledTimes(1);
    expect(screen.getByRole('status')).toHaveTextContent('Det er fortrudt.');
  });

  it('speaks Arabic right to left', async () => {
    const { onUndo, onDone } = renderThanks('ar');
    expect(document.documentElement.dir).toBe('rtl');
    expect(screen.getByRole('heading', { name: 'شكرًا لقدومكِ' })).toBeInTheDocument();
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'تراجع' }));
    });
    expect(onUndo).toHaveBeenCalledTimes(1);
    expect(screen.getByRole('status')).toHaveTextContent('تمّ التراجع.');
    act(() => {
      vi.advanceTimersByTime(6000);
    });
    expect(onDone).toHaveBeenCalledTimes(1);
  });
});
