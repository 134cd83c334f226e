import { act, render, screen } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { ServicesProvider } from './ServicesProvider';
import { testServices } from '../../../tests/setup/services';
import { createSyncStatusStore } from '../sync/status';
import { useSyncStatus } from './useSyncStatus';

function Waiting() {
  const status = useSyncStatus();
  return (
    <p>
      {status.pending} waiting{status.pausedWhy ? `: ${status.pausedWhy.message}` : ''}
    </p>
  );
}

describe('useSyncStatus', () => {
  it('shows the status and follows its changes', () => {
    const store = createSyncStatusStore(() => () => undefined);
    render(
      <ServicesProvider services={testServices({ syncStatus: store })}>
        <Waiting />
      </ServicesProvider>,
    );
    expect(screen.getByText('0 waiting')).toBeInTheDocument();

    act(() => {
      store.update({
        pending: 4,
        pausedWhy: { code: 'unauthorized', message: 'pair the tablet again', at: 1 },
      });
    });
    expect(screen.getByText('4 waiting: pair the tablet again')).toBeInTheDocument();
  });
});
