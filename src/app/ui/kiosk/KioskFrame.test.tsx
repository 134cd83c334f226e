import { cleanup, render, screen } from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { I18nProvider } from '../../i18n/I18n';
import { KioskFrame } from './KioskFrame';

function renderFrame() {
  const onStartOver = vi.fn();
  const onHelp = vi.fn();
  const view = render(
    <I18nProvider>
      <KioskFrame screen="country" onStartOver={onStartOver} onHelp={onHelp}>
        <h1>Spørgsmål</h1>
      </KioskFrame>
    </I18nProvider>,
  );
  return { ...view, onStartOver, onHelp };
}

afterEach(cleanup);

describe('KioskFrame', () => {
  it('names every language in its own script, with its own lang', () => {
    renderFrame();
    for (const [name, lang] of [
      ['Dansk', 'da'],
      ['English', 'en'],
      ['العربية', 'ar'],
    ]) {
      expect(screen.getByRole('button', { name })).toHaveAttribute('lang', lang);
    }
    expect(screen.getByRole('button', { name: 'Dansk', pressed: true })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'العربية', pressed: false })).toBeInTheDocument();
  });

  it('marks its root with the screen it shows', () => {
    const { container } = renderFrame();
    expect(container.querySelector('[data-screen="country"]')).toContainElement(
      screen.getByRole('heading', { name: 'Spørgsmål' }),
    );
  });

  it('turns the whole page right to left for Arabic', async () => {
    renderFrame();
    await userEvent.click(screen.getByRole('button', { name: 'العربية' }));
    expect(document.documentElement.dir).toBe('rtl');
    expect(document.documentElement.lang).toBe('ar');
    expect(screen.getByRole('button', { name: 'العربية', pressed: true })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'البدء من جديد' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'مساعدة' })).toBeInTheDocument();

    await userEvent.click(screen.getByRole('button', { name: 'Dansk' }));
    expect(document.documentElement.dir).toBe('ltr');
  });

  it('shows the staff mark only when there is a way in for staff', () => {
    renderFrame();
    expect(screen.queryByRole('button', { name: 'Personale' })).not.toBeInTheDocument();
    cleanup();
    render(
      <I18nProvider>
        <KioskFrame screen="country" onStartOver={vi.fn()} onHelp={vi.fn()} onStaffEntry={vi.fn()}>
          <h1>Spørgsmål</h1>
        </KioskFrame>
      </I18nProvider>,
    );
    expect(screen.getByRole('button', { name: 'Personale' })).toBeInTheDocument();
  });

  it('offers only the languages staff chose, and no choice for a single one', () => {
    const { rerender } = render(
      <I18nProvider>
        <KioskFrame
          screen="country"
          onStartOver={vi.fn()}
          onHelp={vi.fn()}
          languages={['da', 'ar']}
        >
          <h1>Spørgsmål</h1>
        </KioskFrame>
      </I18nProvider>,
    );
    expect(screen.getByRole('button', { name: 'Dansk' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'العربية' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'English' })).toBeNull();

    rerender(
      <I18nProvider>
        <KioskFrame screen="country" onStartOver={vi.fn()} onHelp={vi.fn()} languages={['da']}>
          <h1>Spørgsmål</h1>
        </KioskFrame>
      </I18nProvider>,
    );
    expect(screen.queryByRole('button', { name: 'Dansk' })).toBeNull();
    expect(screen.getByRole('button', { name: 'Start forfra' })).toBeInTheDocument();
  });

  it('starts over and opens help', async () => {
    const { onStartOver, onHelp } = renderFrame();
    await userEvent.click(screen.getByRole('button', { name: 'Start forfra' }));
    expect(onStartOver).toHaveBeenCalledTimes(1);
    await userEvent.click(screen.getByRole('button', { name: 'Hjælp' }));
    expect(onHelp).toHaveBeenCalledTimes(1);
  });
});
