import { cleanup, render, screen } from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { I18nProvider } from '../../i18n/I18n';
import { VolunteerButton } from './VolunteerButton';

function renderButton(props: { saving?: boolean; failed?: boolean } = {}) {
  const onVolunteer = vi.fn();
  render(
    <I18nProvider initial="da">
      <VolunteerButton
        onVolunteer={onVolunteer}
        saving={props.saving ?? false}
        failed={props.failed ?? false}
      />
    </I18nProvider>,
  );
  return { onVolunteer, user: userEvent.setup() };
}

afterEach(cleanup);

describe('VolunteerButton', () => {
  it('records a volunteer’s day in one tap, with a picture of its own', async () => {
    const { onVolunteer, user } = renderButton();
    const button = screen.getByRole('button', { name: 'Jeg er frivillig her' });
    expect(button.querySelector('svg')).not.toBeNull();
    await user.click(button);
    expect(onVolunteer).toHaveBeenCalledTimes(1);
  });

  it('takes no second tap while the day is being saved', () => {
    renderButton({ saving: true });
    expect(screen.getByRole('button', { name: 'Jeg er frivillig her' })).toBeDisabled();
  });

  it('says when a volunteer’s day was not saved', () => {
    renderButton({ failed: true });
    expect(screen.getByRole('status')).toHaveTextContent('Det blev ikke gemt. Prøv igen.');
  });
});
