// The first screen is drawn before the check-in flow's chunk is in: what she taps in that moment
// is kept and acted on when the flow comes, and the flow never takes over in the middle of a press.
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { defaultKioskSettings } from '../../data/kioskSettings';
import { I18nProvider } from '../../i18n/I18n';
import { chunk } from './fromChunk';
import { Kiosk } from './Kiosk';
import type { KioskStart } from './kioskStart';

const START: KioskStart = {
  language: 'da',
  settings: defaultKioskSettings(),
  storage: { ok: true },
};

/** The flow's chunk, there only once the test lets it come. */
function heldFlow() {
  let arrive: () => void = () => undefined;
  const arrived = new Promise<void>((resolve) => (arrive = resolve));
  const flowFrom = chunk(() => arrived.then(() => import('./laterScreens')));
  return { flowFrom, arrive };
}

function renderKiosk(flowFrom: ReturnType<typeof heldFlow>['flowFrom'], start = START) {
  let shown = 0;
  render(
    <I18nProvider initial="da">
      <Kiosk start={start} flowFrom={flowFrom} onShown={() => (shown += 1)} />
    </I18nProvider>,
  );
  return { shown: () => shown };
}

afterEach(cleanup);

describe('the kiosk before its check-in flow has come', () => {
  it('shows the first screen at once and acts on a country tapped then, once the flow is in', async () => {
    const user = userEvent.setup();
    const { flowFrom, arrive } = heldFlow();
    const { shown } = renderKiosk(flowFrom);

    expect(screen.getByRole('heading', { name: 'Hvor kommer du fra?' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Jeg er frivillig her' })).toBeInTheDocument();
    await waitFor(() => expect(shown()).toBe(1));
    await user.click(screen.getByRole('button', { name: 'Syrien' }));
    // A second flag at once: the question is answered by then, so it changes nothing.
    await user.click(screen.getByRole('button', { name: 'Tyrkiet' }));
    expect(screen.getByRole('heading', { name: 'Hvor kommer du fra?' })).toBeInTheDocument();

    arrive();
    expect(await screen.findByRole('heading', { name: 'Hvor bor du?' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Start forfra' }));
    expect(await screen.findByRole('heading', { name: 'Hvor kommer du fra?' })).toBeInTheDocument();
  });

  it('opens help asked for then, and forgets what was tapped before a start over', async () => {
    const user = userEvent.setup();
    const { flowFrom, arrive } = heldFlow();
    renderKiosk(flowFrom);

    await user.click(screen.getByRole('button', { name: 'Et andet land' }));
    await user.click(screen.getByRole('button', { name: 'Start forfra' }));
    await user.click(screen.getByRole('button', { name: 'Hjælp' }));
    arrive();

    expect(await screen.findByRole('dialog')).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Hvor kommer du fra?' })).toBeInTheDocument();
  });

  it('takes over only once a press has ended', async () => {
    const { flowFrom, arrive } = heldFlow();
    renderKiosk(flowFrom);
    const tile = screen.getByRole('button', { name: 'Tyrkiet' });

    fireEvent.pointerDown(tile);
    arrive();
    await flowFrom.load();
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(tile.isConnected).toBe(true);

    fireEvent.pointerUp(tile);
    fireEvent.click(tile);
    await waitFor(() => expect(tile.isConnected).toBe(false));
    expect(await screen.findByRole('heading', { name: 'Hvor bor du?' })).toBeInTheDocument();
  });

  it('waits for the flow when the storage cannot keep a visit, and shows what the flow shows', async () => {
    const { flowFrom, arrive } = heldFlow();
    renderKiosk(flowFrom, {
      ...START,
      storage: { ok: false, reason: 'unavailable', detail: 'closed' },
    });
    expect(screen.queryByRole('heading', { name: 'Hvor kommer du fra?' })).not.toBeInTheDocument();
    arrive();
    expect(
      await screen.findByRole('heading', { name: 'Hent venligst en medarbejder' }),
    ).toBeInTheDocument();
  });
});
