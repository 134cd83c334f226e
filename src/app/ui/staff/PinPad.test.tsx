import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { I18nProvider } from '../../i18n/I18n';
import { PinPad } from './PinPad';

function renderPad(props: { disabled?: boolean } = {}) {
  const onSubmit = vi.fn();
  render(
    <I18nProvider initial="da">
      <PinPad title="Skriv personalets pinkode" onSubmit={onSubmit} {...props} />
    </I18nProvider>,
  );
  return { onSubmit, user: userEvent.setup() };
}

afterEach(cleanup);

describe('PinPad', () => {
  it('shows digits only as dots and hands on the PIN once it is long enough', async () => {
    const { onSubmit, user } = renderPad();
    expect(screen.getByRole('heading', { name: 'Skriv personalets pinkode' })).toBeInTheDocument();
    const ok = screen.getByRole('button', { name: 'OK' });
    for (const digit of ['2', '5', '8'])
      await user.click(screen.getByRole('button', { name: digit }));
    expect(ok).toBeDisabled();
    expect(screen.getByRole('status', { name: 'Pinkode' })).toHaveTextContent('Cifre skrevet: 3');
    expect(screen.queryByText('258')).not.toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: '0' }));
    await user.click(ok);
    expect(onSubmit).toHaveBeenCalledWith('2580');
    // Forgotten once handed on.
    expect(screen.getByRole('status', { name: 'Pinkode' })).toHaveTextContent('Cifre skrevet: 0');
  });

  it('deletes the last digit and stops at eight', async () => {
    const { onSubmit, user } = renderPad();
    for (const digit of '123456789') await user.click(screen.getByRole('button', { name: digit }));
    await user.click(screen.getByRole('button', { name: 'Slet' }));
    await user.click(screen.getByRole('button', { name: 'OK' }));
    expect(onSubmit).toHaveBeenCalledWith('1234567');
  });

  it('takes the PIN from a keyboard too', () => {
    const { onSubmit } = renderPad();
    for (const key of ['4', '8', '2', '9', 'Backspace', '1', 'Enter'])
      fireEvent.keyDown(document.body, { key });
    expect(onSubmit).toHaveBeenCalledWith('4821');
  });

  it('takes nothing while disabled', async () => {
    const { onSubmit } = renderPad({ disabled: true });
    expect(screen.getByRole('button', { name: '1' })).toBeDisabled();
    for (const key of ['1', '2', '3', '4', 'Enter']) fireEvent.keyDown(document.body, { key });
    expect(onSubmit).not.toHaveBeenCalled();
  });
});
