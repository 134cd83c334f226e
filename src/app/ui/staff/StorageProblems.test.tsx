import { act, cleanup, render, screen } from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { clearStorageProblems, recordStorageProblem } from '../../data/storageProblems';
import { I18nProvider } from '../../i18n/I18n';
import { StorageProblems } from './StorageProblems';

afterEach(() => {
  cleanup();
  clearStorageProblems();
});

function renderProblems() {
  const user = userEvent.setup();
  render(
    <I18nProvider initial="en">
      <StorageProblems />
    </I18nProvider>,
  );
  return user;
}

describe('StorageProblems', () => {
  it('shows nothing while the storage has had no problems', () => {
    renderProblems();
    expect(screen.queryByRole('region')).not.toBeInTheDocument();
  });

  it('tells staff what happened and what to do, newest first, with the browser’s words', () => {
    recordStorageProblem('connectionLost', 'DatabaseClosedError: closed', Date.now() - 60_000);
    recordStorageProblem('full', 'QuotaExceededError: no room');
    renderProblems();

    const region = screen.getByRole('region', { name: 'Storage problems' });
    const items = region.querySelectorAll('li');
    expect(items).toHaveLength(2);
    expect(items[0]).toHaveTextContent(/The storage was full, so something was not saved/);
    expect(items[0]).toHaveTextContent('QuotaExceededError: no room');
    expect(items[1]).toHaveTextContent(/closed the connection to the storage/);
  });

  it('shows a problem that happens while staff look, and clears the list once seen', async () => {
    const user = renderProblems();
    act(() => recordStorageProblem('unwritable', 'InvalidStateError'));
    expect(
      screen.getByText(/could not write to its storage/, { exact: false }),
    ).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Seen – clear the list' }));
    expect(screen.queryByRole('region')).not.toBeInTheDocument();
  });
});
