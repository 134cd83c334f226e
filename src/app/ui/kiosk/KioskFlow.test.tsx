import { act, cleanup, render, screen } from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { localDate } from '../../../shared/time';
import type * as Checkins from '../../data/checkins';
import { visitsOn } from '../../data/checkins';
import { dayStats } from '../../data/stats';
import { I18nProvider } from '../../i18n/I18n';
import { KioskFlow } from './KioskFlow';

const headcountFor = async (day: string) => (await dayStats(day)).headcount;

type User = ReturnType<typeof userEvent.setup>;

// The tablet's storage, able to fail on demand (full, or closed by the browser).
const storage = vi.hoisted(() => ({ failing: false }));
vi.mock('../../data/checkins', async (importOriginal) => {
  const actual = await importOriginal<typeof Checkins>();
  return {
    ...actual,
    recordCheckIn: (checkIn: Checkins.CheckIn) =>
      storage.failing
        ? Promise.reject(new Error('The storage is full'))
        : actual.recordCheckIn(checkIn),
  };
});

function renderKiosk(user: User = userEvent.setup()) {
  render(
    <I18nProvider initial="da">
      <KioskFlow />
    </I18nProvider>,
  );
  return user;
}

const today = () => localDate(new Date());

/** The visits this test added: the tablet's database lives on through the file. */
async function newVisitsSince(before: readonly { id: string }[]) {
  const known = new Set(before.map((visit) => visit.id));
  return (await visitsOn(today())).filter((visit) => !known.has(visit.id));
}

async function answerToSummary(user: User, party: 'just me' | 'two children') {
  await user.click(await screen.findByRole('button', { name: 'Tyrkiet' }));
  await user.click(await screen.findByRole('button', { name: 'København' }));
  if (party === 'just me') {
    await user.click(await screen.findByRole('button', { name: 'Kun mig' }));
  } else {
    await user.click(await screen.findByRole('button', { name: 'Et barn mere' }));
    await user.click(screen.getByRole('button', { name: 'Et barn mere' }));
    await user.click(screen.getByRole('button', { name: 'Videre' }));
  }
  expect(await screen.findByRole('heading', { name: 'Er det rigtigt?' })).toBeInTheDocument();
}

afterEach(() => {
  cleanup();
  vi.useRealTimers();
  vi.restoreAllMocks();
  storage.failing = false;
});

describe('KioskFlow', () => {
  it('checks in a woman alone with four taps and counts her', async () => {
    const before = await headcountFor(today());
    const user = renderKiosk();
    expect(await screen.findByRole('heading', { name: 'Hvor kommer du fra?' })).toBeInTheDocument();
    await answerToSummary(user, 'just me');
    await user.click(screen.getByRole('button', { name: 'Gem' }));

    expect(await screen.findByRole('heading', { name: 'Tak fordi du kom' })).toBeInTheDocument();
    const after = await headcountFor(today());
    expect(after.adults).toBe(before.adults + 1);
    expect(after.children).toBe(before.children);
  });

  it('records a woman with two children as three visits of one party', async () => {
    const before = await visitsOn(today());
    const user = renderKiosk();
    await answerToSummary(user, 'two children');
    await user.click(screen.getByRole('button', { name: 'Gem' }));
    await screen.findByRole('heading', { name: 'Tak fordi du kom' });

    const visits = await newVisitsSince(before);
    expect(visits).toHaveLength(3);
    expect(new Set(visits.map((visit) => visit.partyId)).size).toBe(1);
    expect(visits.map((visit) => visit.ageGroup).sort()).toEqual(['adult', 'child', 'child']);
    expect(visits.every((visit) => visit.country === 'TR' && visit.municipality === '101')).toBe(
      true,
    );
  });

  it('never makes two parties from a double tap on the check mark', async () => {
    const before = await visitsOn(today());
    const user = renderKiosk();
    await answerToSummary(user, 'just me');
    await user.dblClick(screen.getByRole('button', { name: 'Gem' }));
    await screen.findByRole('heading', { name: 'Tak fordi du kom' });
    expect(await newVisitsSince(before)).toHaveLength(1);
  });

  it('never thanks her for a visit that was not saved, and keeps her answers for another try', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const before = await visitsOn(today());
    const user = renderKiosk();
    await answerToSummary(user, 'just me');
    storage.failing = true;
    await user.click(screen.getByRole('button', { name: 'Gem' }));

    expect(await screen.findByText('Det blev ikke gemt. Prøv igen.')).toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: 'Tak fordi du kom' })).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: /Tyrkiet/ })).toBeInTheDocument();
    expect(await newVisitsSince(before)).toEqual([]);

    storage.failing = false;
    await user.click(await screen.findByRole('button', { name: 'Gem' }));
    await screen.findByRole('heading', { name: 'Tak fordi du kom' });
    expect(await newVisitsSince(before)).toHaveLength(1);
  });

  it('saves nothing when she starts over from the summary', async () => {
    const before = await visitsOn(today());
    const user = renderKiosk();
    await answerToSummary(user, 'just me');
    await user.click(screen.getByRole('button', { name: 'Start forfra' }));

    expect(await screen.findByRole('heading', { name: 'Hvor kommer du fra?' })).toBeInTheDocument();
    expect(await newVisitsSince(before)).toEqual([]);
  });

  it('changes one answer from the summary and comes back to it', async () => {
    const before = await visitsOn(today());
    const user = renderKiosk();
    await answerToSummary(user, 'just me');
    await user.click(screen.getByRole('button', { name: /^Skift land/ }));
    await user.click(await screen.findByRole('button', { name: 'Syrien' }));
    expect(await screen.findByRole('heading', { name: 'Er det rigtigt?' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Gem' }));
    await screen.findByRole('heading', { name: 'Tak fordi du kom' });

    const visits = await newVisitsSince(before);
    expect(visits.map((visit) => [visit.country, visit.municipality])).toEqual([['SY', '101']]);
  });

  it('finds a country that is not featured through its part of the world', async () => {
    const user = renderKiosk();
    await user.click(await screen.findByRole('button', { name: 'Et andet land' }));
    await user.click(await screen.findByRole('button', { name: 'Asien' }));
    expect(screen.getByRole('button', { name: 'Næste side' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Afghanistan' })).toBeInTheDocument();
    // Back to the maps, then back to the featured countries.
    await user.click(screen.getByRole('button', { name: 'Tilbage' }));
    await user.click(await screen.findByRole('button', { name: 'Tilbage' }));
    expect(await screen.findByRole('button', { name: 'Tyrkiet' })).toBeInTheDocument();
  });

  it('takes back a check-in with undo', async () => {
    const before = await headcountFor(today());
    const user = renderKiosk();
    await answerToSummary(user, 'just me');
    await user.click(screen.getByRole('button', { name: 'Gem' }));
    await user.click(await screen.findByRole('button', { name: 'Fortryd' }));
    expect(await screen.findByText('Det er fortrudt.')).toBeInTheDocument();
    expect(await headcountFor(today())).toEqual(before);
  });

  it('asks "still here?" after a minute without a touch, then starts over saving nothing', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    const user = renderKiosk(
      userEvent.setup({ advanceTimers: (ms) => void vi.advanceTimersByTime(ms) }),
    );
    const before = await visitsOn(today());

    // An untouched first screen just waits for the next woman.
    await screen.findByRole('button', { name: 'Tyrkiet' });
    act(() => void vi.advanceTimersByTime(120_000));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Tyrkiet' }));
    await screen.findByRole('heading', { name: 'Hvor bor du?' });
    act(() => void vi.advanceTimersByTime(59_000));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    act(() => void vi.advanceTimersByTime(1_000));
    expect(screen.getByRole('dialog', { name: 'Er du her stadig?' })).toBeInTheDocument();

    act(() => void vi.advanceTimersByTime(20_000));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(await screen.findByRole('heading', { name: 'Hvor kommer du fra?' })).toBeInTheDocument();
    expect(await newVisitsSince(before)).toEqual([]);
  });

  it('keeps her answers when she says she is still here', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    const user = renderKiosk(
      userEvent.setup({ advanceTimers: (ms) => void vi.advanceTimersByTime(ms) }),
    );
    await user.click(await screen.findByRole('button', { name: 'Tyrkiet' }));
    await screen.findByRole('heading', { name: 'Hvor bor du?' });
    act(() => void vi.advanceTimersByTime(60_000));
    await user.click(screen.getByRole('button', { name: 'Ja, jeg er her' }));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Hvor bor du?' })).toBeInTheDocument();
    // The minute counts again from her answer (give or take the frame the screen takes).
    act(() => void vi.advanceTimersByTime(61_000));
    expect(screen.getByRole('dialog', { name: 'Er du her stadig?' })).toBeInTheDocument();
  });

  it('opens help on any screen and closes it again', async () => {
    const user = renderKiosk();
    await user.click(await screen.findByRole('button', { name: 'Hjælp' }));
    expect(screen.getByRole('dialog', { name: 'Sådan virker det' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Luk' }));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });
});
