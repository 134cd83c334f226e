import { cleanup, render, screen, within } from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { I18nProvider } from '../../i18n/I18n';
import { AllMunicipalities } from './AllMunicipalities';

afterEach(cleanup);

describe('AllMunicipalities', () => {
  it('pages through all 98 in Danish order, Aabenraa among the last with Å', async () => {
    const onChoose = vi.fn();
    render(
      <I18nProvider initial="da">
        <AllMunicipalities onChoose={onChoose} onBack={vi.fn()} />
      </I18nProvider>,
    );
    const user = userEvent.setup();
    const next = screen.getByRole('button', { name: 'Næste side' });
    const seen: string[] = [];
    for (;;) {
      seen.push(
        ...within(screen.getByRole('list'))
          .getAllByRole('button')
          .map((b) => b.textContent ?? ''),
      );
      if (next.hasAttribute('disabled')) break;
      await user.click(next);
    }
    expect(seen).toHaveLength(98);
    expect(seen[0]).toBe('Albertslund');
    expect(seen.indexOf('Aabenraa')).toBeGreaterThan(seen.indexOf('Vordingborg'));
    expect(seen.indexOf('Ærø')).toBeLessThan(seen.indexOf('Aabenraa'));

    await user.click(screen.getByRole('button', { name: 'Aarhus' }));
    expect(onChoose).toHaveBeenCalledWith('751');
  });
});
