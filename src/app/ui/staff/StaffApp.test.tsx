import { act, cleanup, fireEvent, render, screen } from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { I18nProvider } from '../../i18n/I18n';
import { AUTO_LOCK_MS, StaffApp } from './StaffApp';

// The sections are tested on their own; here only the shell around them.
const sections = vi.hoisted(() => ({ todayFails: false }));
vi.mock('./TodayView', async () => {
  const { h } = await import('preact');
  return {
    TodayView: () => {
      if (sections.todayFails) throw new Error('The database is closed');
      return h('h2', null, 'Today section');
    },
  };
});
vi.mock('./CheckInsView', async () => {
  const { h } = await import('preact');
  return { CheckInsView: () => h('h2', null, 'Check-ins section') };
});
vi.mock('./ReportsView', async () => {
  const { h } = await import('preact');
  return { ReportsView: () => h('h2', null, 'Reports section') };
});
vi.mock('./SettingsView', async () => {
  const { h } = await import('preact');
  return { SettingsView: () => h('h2', null, 'Settings section') };
});

function renderStaff(lang: 'da' | 'en' = 'da') {
  const onLeave = vi.fn();
  render(
    <I18nProvider initial={lang}>
      <StaffApp onLeave={onLeave} />
    </I18nProvider>,
  );
  return { onLeave };
}

afterEach(() => {
  cleanup();
  vi.useRealTimers();
  vi.restoreAllMocks();
  sections.todayFails = false;
});

describe('StaffApp', () => {
  it('opens on today and shows one section at a time', async () => {
    const user = userEvent.setup();
    renderStaff();
    expect(screen.getByRole('tablist', { name: 'Afsnit' })).toBeInTheDocument();
    expect(screen.getByRole('tab', { name: 'I dag', selected: true })).toBeInTheDocument();
    expect(screen.getByRole('tabpanel', { name: 'I dag' })).toHaveTextContent('Today section');

    await user.click(screen.getByRole('tab', { name: 'Indtjekninger' }));
    expect(screen.getByRole('tab', { name: 'Indtjekninger', selected: true })).toBeInTheDocument();
    expect(screen.getByRole('tabpanel', { name: 'Indtjekninger' })).toHaveTextContent(
      'Check-ins section',
    );
    expect(screen.queryByText('Today section')).not.toBeInTheDocument();

    await user.click(screen.getByRole('tab', { name: 'Rapporter' }));
    expect(screen.getByRole('heading', { name: 'Reports section' })).toBeInTheDocument();
    await user.click(screen.getByRole('tab', { name: 'Indstillinger' }));
    expect(screen.getByRole('heading', { name: 'Settings section' })).toBeInTheDocument();
  });

  it('moves between sections with the arrow keys', () => {
    renderStaff();
    fireEvent.keyDown(screen.getByRole('tab', { name: 'I dag' }), { key: 'ArrowRight' });
    expect(screen.getByRole('tab', { name: 'Indtjekninger', selected: true })).toHaveFocus();
    fireEvent.keyDown(screen.getByRole('tab', { name: 'Indtjekninger' }), { key: 'ArrowLeft' });
    fireEvent.keyDown(screen.getByRole('tab', { name: 'I dag' }), { key: 'ArrowLeft' });
    expect(screen.getByRole('tab', { name: 'Indstillinger', selected: true })).toHaveFocus();
  });

  it('speaks English to English-speaking staff', () => {
    renderStaff('en');
    expect(screen.getByRole('tab', { name: 'Today', selected: true })).toBeInTheDocument();
    expect(screen.getByRole('tab', { name: 'Check-ins' })).toBeInTheDocument();
    expect(screen.getByRole('tab', { name: 'Reports' })).toBeInTheDocument();
    expect(screen.getByRole('tab', { name: 'Settings' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Back to the kiosk' })).toBeInTheDocument();
  });

  it('goes back to the kiosk', async () => {
    const { onLeave } = renderStaff();
    await userEvent.click(screen.getByRole('button', { name: 'Tilbage til kiosken' }));
    expect(onLeave).toHaveBeenCalledTimes(1);
  });

  it('locks itself after three minutes untouched, and a touch starts the three minutes again', () => {
    vi.useFakeTimers();
    const { onLeave } = renderStaff();
    expect(screen.getByText('Låser sig selv efter 3 minutter uden berøring.')).toBeInTheDocument();
    act(() => {
      vi.advanceTimersByTime(AUTO_LOCK_MS - 1_000);
    });
    fireEvent.pointerDown(screen.getByRole('tab', { name: 'Rapporter' }));
    act(() => {
      vi.advanceTimersByTime(AUTO_LOCK_MS - 1_000);
    });
    expect(onLeave).not.toHaveBeenCalled();
    act(() => {
      vi.advanceTimersByTime(1_000);
    });
    expect(onLeave).toHaveBeenCalledTimes(1);
    act(() => {
      vi.advanceTimersByTime(AUTO_LOCK_MS * 2);
    });
    expect(onLeave).toHaveBeenCalledTimes(1);
  });

  it('locks at once when the tablet wakes after more than three minutes asleep', () => {
    vi.useFakeTimers();
    const { onLeave } = renderStaff();
    // Asleep: the clock moves on but no timer runs.
    vi.setSystemTime(Date.now() + AUTO_LOCK_MS + 5_000);
    act(() => {
      document.dispatchEvent(new Event('visibilitychange'));
    });
    expect(onLeave).toHaveBeenCalledTimes(1);
  });

  it('says so when a section fails, and the other sections still work', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    sections.todayFails = true;
    renderStaff();
    expect(await screen.findByText('Dette afsnit kunne ikke vises.')).toBeInTheDocument();
    fireEvent.click(screen.getByRole('tab', { name: 'Indtjekninger' }));
    expect(await screen.findByRole('heading', { name: 'Check-ins section' })).toBeInTheDocument();
  });
});
