import { act, cleanup, render, screen } from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { recordCheckIn } from '../../data/checkins';
import { db } from '../../data/db';
import { I18nProvider } from '../../i18n/I18n';
import { ServicesProvider } from '../../services/ServicesProvider';
import type { SyncStatusStore } from '../../sync/status';
import { createSyncStatusStore } from '../../sync/status';
import type { SummaryResult } from '../../sync/summary';
import { SyncReceipt } from './SyncReceipt';
import { settle, syncStateCounts } from '../../../../tests/setup/outbox';
import { countingSync, testServices } from '../../../../tests/setup/services';

const server = vi.hoisted(() => ({
  answer: { ok: false, problem: 'not-paired', message: 'not paired' } as SummaryResult,
  asked: 0,
}));
vi.mock('../../sync/summary', () => ({
  fetchServerSummary: async () => {
    server.asked += 1;
    return server.answer;
  },
}));

let sync = countingSync();
let syncStatus: SyncStatusStore;

const DAY = '2026-11-23';

function renderReceipt(tabletVisits = 0) {
  const user = userEvent.setup();
  render(
    <ServicesProvider services={testServices({ sync, syncStatus })}>
      <I18nProvider initial="da">
        <SyncReceipt day={DAY} tabletVisits={tabletVisits} />
      </I18nProvider>
    </ServicesProvider>,
  );
  return user;
}

beforeEach(async () => {
  await db.delete();
  await db.open();
  server.answer = { ok: false, problem: 'not-paired', message: 'not paired' };
  server.asked = 0;
  sync = countingSync();
  syncStatus = createSyncStatusStore();
});

afterEach(() => {
  cleanup();
});

describe('SyncReceipt', () => {
  it('says the tablet is not paired yet, and that the visits are kept', async () => {
    renderReceipt(4);

    expect(
      await screen.findByText(
        'Tabletten er ikke parret med en server endnu. Besøgene er gemt på tabletten.',
      ),
    ).toBeInTheDocument();
    expect(screen.getByText('Denne tablet: 4 i dag')).toBeInTheDocument();
    expect(screen.getByText('Sidst sendt: endnu ikke')).toBeInTheDocument();
  });

  it('says why sending is paused, and when it last succeeded', async () => {
    renderReceipt();
    act(() =>
      syncStatus.update({
        lastSuccessAt: Date.parse('2026-11-23T13:32:00Z'),
        pausedWhy: { code: 'unauthorized', message: 'token refused', at: 1 },
      }),
    );

    expect(
      await screen.findByText(
        'Afsendelsen holder pause: Serveren tog ikke imod tablettens nøgle. Par tabletten igen under Indstillinger.',
      ),
    ).toBeInTheDocument();
    expect(screen.getByText('Sidst sendt: 14.32')).toBeInTheDocument();
  });

  it('says the last try failed and that it tries again by itself', async () => {
    renderReceipt();
    act(() => syncStatus.update({ lastError: { code: 'timeout', message: 'slow', at: 1 } }));

    expect(
      await screen.findByText(
        'Seneste forsøg lykkedes ikke: Serveren svarede ikke i tide. Tabletten prøver igen af sig selv.',
      ),
    ).toBeInTheDocument();
  });

  it('says when something between the tablet and the server turned the visits away', async () => {
    renderReceipt();
    act(() =>
      syncStatus.update({ lastError: { code: 'in-between', message: 'a proxy page', at: 1 } }),
    );

    expect(
      await screen.findByText(
        'Seneste forsøg lykkedes ikke: Noget mellem tabletten og serveren (en proxy eller netværket) afviste besøgene, men de er gemt. Varer det ved i timevis, så sig det til den, der står for netværket. Tabletten prøver igen af sig selv.',
      ),
    ).toBeInTheDocument();
  });

  it('puts refused visits back in the outbox on request', async () => {
    const [visit] = await recordCheckIn({
      partyId: crypto.randomUUID(),
      kind: 'visitor',
      country: 'IQ',
      municipality: '101',
      adult: true,
      children: 0,
      at: new Date('2026-11-23T10:05:00+01:00'),
    });
    await settle({
      refused: { [visit?.id ?? '']: 'municipality must be a Danish municipality code' },
    });
    const user = renderReceipt(1);
    expect(
      await screen.findByText('10.00: municipality must be a Danish municipality code'),
    ).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Send de afviste igen' }));

    expect(await screen.findByText('Afvist af serveren: 0')).toBeInTheDocument();
    expect(await syncStateCounts()).toEqual({ pending: 1 });
    expect(sync.requested).toBe(1);
  });

  it('asks the server again on request', async () => {
    const user = renderReceipt();
    await screen.findByText(/ikke parret/);
    const before = server.asked;

    await user.click(screen.getByRole('button', { name: 'Spørg serveren igen' }));

    await vi.waitFor(() => expect(server.asked).toBe(before + 1));
  });
});
