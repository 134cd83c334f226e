import { cleanup, render, screen } from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { I18nProvider } from '../../i18n/I18n';
import type { LanguageCode } from '../../i18n/languages/languages';
import { HelpDialog } from './HelpDialog';

function renderHelp(lang: LanguageCode = 'da') {
  const onClose = vi.fn();
  render(
    <I18nProvider initial={lang}>
      <HelpDialog onClose={onClose} />
    </I18nProvider>,
  );
  return { onClose, user: userEvent.setup() };
}

afterEach(cleanup);

describe('HelpDialog', () => {
  it('explains the three questions, that no name is asked and that answers are free', () => {
    renderHelp();
    const dialog = screen.getByRole('dialog', { name: 'Sådan virker det' });
    expect(dialog).toHaveTextContent('Hvor kommer du fra?');
    expect(dialog).toHaveTextContent('Hvor bor du?');
    expect(dialog).toHaveTextContent('Hvem er her i dag?');
    expect(dialog).toHaveTextContent('Vi spørger aldrig om dit navn.');
    expect(dialog).toHaveTextContent('»Jeg vil helst ikke sige det«');
  });

  it('closes with its button or Escape', async () => {
    const { onClose, user } = renderHelp();
    await user.click(screen.getByRole('button', { name: 'Luk' }));
    await user.keyboard('{Escape}');
    expect(onClose).toHaveBeenCalledTimes(2);
  });

  it('speaks Arabic right to left', async () => {
    const { onClose, user } = renderHelp('ar');
    expect(document.documentElement.dir).toBe('rtl');
    expect(screen.getByRole('dialog', { name: 'كيف يعمل هذا؟' })).toHaveTextContent('من أين أنتِ؟');
    await user.click(screen.getByRole('button', { name: 'إغلاق' }));
    expect(onClose).toHaveBeenCalledTimes(1);
  });
});
