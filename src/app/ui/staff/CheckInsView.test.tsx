import { cleanup, render, screen, within } from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { CheckIn } from '../../data/checkins';
import { recordCheckIn } from '../../data/checkins';
import { db } from '../../data/db';
import { I18nProvider } from '../../i18n/I18n';
import { ServicesProvider } from '../../services/ServicesProvider';
import { CheckInsView } from './CheckInsView';
import { syncStatesOf } from '../../data/outbox';
import { countingSync, testServices } from '../../../../tests/setup/services';

let sync = countingSync();

const NOW = new Date('2026-11-23T11:40:00+01:00');

function party(at: string, overrides: Partial<CheckIn> = {}): CheckIn {
  return {
    partyId: crypto.randomUUID(),
    kind: 'visitor',
    country: 'TR',
    municipality: '101',
    adult: true,
    children: 0,
    at: new Date(`2026-11-23T${at}:00+01:00`),
    ...overrides,
  };
}

function renderCheckIns() {
  const user = userEvent.setup();
  render(
    <ServicesProvider services={testServices({ sync })}>
      <I18nProvider initial="da">
        <CheckInsView />
      </I18nProvider>
    </ServicesProvider>,
  );
  return user;
}

const partyVisits = (partyId: string) => db.visits.where('partyId').equals(partyId).toArray();

beforeEach(async () => {
  vi.useFakeTimers({ now: NOW, toFake: ['Date'] });
  await db.delete();
  await db.open();
  sync = countingSync();
});

afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

describe('CheckInsView', () => {
  it('lists today’s check-ins newest first with time, where from and party size', async () => {
    await recordCheckIn(party('09:20', { children: 2 }));
    await recordCheckIn(party('10:40', { country: 'SY', municipality: '165' }));
    await recordCheckIn(party('11:05', { kind: 'volunteer', country: null, municipality: null }));
    await recordCheckIn(
      party('11:20', { country: null, municipality: null, adult: false, children: 1 }),
    );
    // Yesterday's check-in is not today's.
    await recordCheckIn({ ...party('09:00'), at: new Date('2026-11-22T09:00:00+01:00') });
    renderCheckIns();

    const list = await screen.findByRole('list', { name: 'Dagens indtjekninger' });
    const items = within(list).getAllByRole('listitem');
    expect(items).toHaveLength(4);
    expect(items[0]).toHaveTextContent(/^11:15Ikke oplyst Ikke oplyst1 i altVoksne: 0, børn: 1/);
    expect(items[1]).toHaveTextContent(/^11:00Frivillig1 i alt/);
    expect(items[2]).toHaveTextContent(/^10:30Syrien Albertslund1 i altVoksne: 1, børn: 0/);
    expect(items[3]).toHaveTextContent(/^09:15Tyrkiet København3 i altVoksne: 1, børn: 2/);
    expect(items[3]).toHaveTextContent('Venter på at blive sendt');
    expect(items[3]?.querySelector('img.flag')?.getAttribute('src')).toMatch(/tr\.svg/);
    expect(
      screen.getByRole('button', { name: 'Annullér indtjekningen kl. 09:15: Tyrkiet, København' }),
    ).toBeInTheDocument();
    expect(
      screen.getByRole('button', { name: 'Annullér indtjekningen kl. 11:00: Frivillig' }),
    ).toBeInTheDocument();
  });

  it('asks once before voiding, then marks the whole party voided and asks for a sync', async () => {
    const mother = party('09:20', { children: 2 });
    const other = party('10:40', { country: 'SY' });
    await recordCheckIn(mother);
    await recordCheckIn(other);
    const user = renderCheckIns();

    await user.click(
      await screen.findByRole('button', {
        name: 'Annullér indtjekningen kl. 09:15: Tyrkiet, København',
      }),
    );
    // Asked, not yet done.
    const question = screen.getByRole('group', {
      name: 'Annullér indtjekningen kl. 09:15? Den tælles så ikke med. Intet bliver slettet.',
    });
    await vi.waitFor(() =>
      expect(question).toContainElement(document.activeElement as HTMLElement),
    );
    expect((await partyVisits(mother.partyId)).some((v) => v.voided)).toBe(false);

    await user.click(within(question).getByRole('button', { name: 'Ja, annullér' }));

    const row = await screen.findByText('Annulleret');
    expect(row.closest('li')).toHaveTextContent(/^09:15Tyrkiet/);
    const visits = await partyVisits(mother.partyId);
    expect(visits).toHaveLength(3);
    expect(visits.every((v) => v.voided)).toBe(true);
    const states = await syncStatesOf(visits.map((v) => v.id));
    expect([...states.values()]).toEqual(['pending', 'pending', 'pending']);
    expect((await partyVisits(other.partyId)).every((v) => !v.voided)).toBe(true);
    expect(await db.visits.count()).toBe(4);
    expect(sync.requested).toBe(1);
    expect(screen.queryByRole('group')).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /kl\. 09:15/ })).not.toBeInTheDocument();
  });

  it('keeps the check-in when the answer is no', async () => {
    const mother = party('09:20', { children: 1 });
    await recordCheckIn(mother);
    const user = renderCheckIns();

    await user.click(
      await screen.findByRole('button', { name: /^Annullér indtjekningen kl\. 09:15/ }),
    );
    await user.click(screen.getByRole('button', { name: 'Nej, behold den' }));

    expect(screen.queryByRole('group')).not.toBeInTheDocument();
    expect(
      screen.getByRole('button', { name: /^Annullér indtjekningen kl\. 09:15/ }),
    ).toBeInTheDocument();
    expect((await partyVisits(mother.partyId)).some((v) => v.voided)).toBe(false);
    expect(sync.requested).toBe(0);
  });

  it('shows a party already voided as voided, with no way to void it again', async () => {
    const mistap = party('09:20');
    await recordCheckIn(mistap);
    await db.visits.where('partyId').equals(mistap.partyId).modify({ voided: true });
    renderCheckIns();

    expect(await screen.findByText('Annulleret')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /^Annullér/ })).not.toBeInTheDocument();
  });

  it('says so when there are no check-ins yet', async () => {
    renderCheckIns();
    expect(await screen.findByText('Ingen indtjekninger endnu i dag.')).toBeInTheDocument();
  });

  it('corrects a check-in’s answers as voids and new visits of the same party', async () => {
    const mother = party('09:20', { children: 2 });
    await recordCheckIn(mother);
    const user = renderCheckIns();

    await user.click(
      await screen.findByRole('button', {
        name: 'Ret indtjekningen kl. 09:15: Tyrkiet, København',
      }),
    );
    const form = screen.getByRole('form', { name: 'Ret indtjekningen kl. 09:15' });
    // The form starts from her answers as they are.
    expect(within(form).getByRole('combobox', { name: 'Oprindelsesland' })).toHaveValue('TR');
    expect(within(form).getByRole('combobox', { name: 'Hjemkommune' })).toHaveValue('101');
    expect(within(form).getByRole('checkbox', { name: 'Kvinden selv kom' })).toBeChecked();
    const children = within(form).getByRole('spinbutton', { name: 'Børn under 18' });
    expect(children).toHaveValue(2);

    await user.selectOptions(
      within(form).getByRole('combobox', { name: 'Oprindelsesland' }),
      'Syrien',
    );
    await user.clear(children);
    await user.type(children, '1');
    await user.click(within(form).getByRole('button', { name: 'Gem rettelsen' }));

    expect(
      await screen.findByText('Rettelsen er gemt.', undefined, { timeout: 5000 }),
    ).toBeInTheDocument();
    const list = screen.getByRole('list', { name: 'Dagens indtjekninger' });
    // The list follows storage live.
    await vi.waitFor(() =>
      expect(within(list).getAllByRole('listitem')[0]).toHaveTextContent(
        /^09:15Syrien København2 i altVoksne: 1, børn: 1/,
      ),
    );
    expect(within(list).getAllByRole('listitem')[0]).toHaveTextContent('Rettet');
    const visits = await partyVisits(mother.partyId);
    // Three voided, two new: nothing rewritten but the voids, nothing deleted.
    expect(visits.filter((v) => v.voided).map((v) => v.country)).toEqual(['TR', 'TR', 'TR']);
    expect(visits.filter((v) => !v.voided).map((v) => v.country)).toEqual(['SY', 'SY']);
    const states = await syncStatesOf(visits.map((v) => v.id));
    expect([...states.values()].every((state) => state === 'pending')).toBe(true);
    expect(sync.requested).toBe(1);
    expect(screen.queryByRole('form')).not.toBeInTheDocument();
  });

  it('says why a correction was not saved, and keeps the form and the check-in as they were', async () => {
    const mother = party('09:20');
    await recordCheckIn(mother);
    const user = renderCheckIns();
    await user.click(await screen.findByRole('button', { name: /^Ret indtjekningen kl\. 09:15/ }));
    const form = screen.getByRole('form', { name: 'Ret indtjekningen kl. 09:15' });
    await user.click(within(form).getByRole('checkbox', { name: 'Kvinden selv kom' }));
    await user.click(within(form).getByRole('button', { name: 'Gem rettelsen' }));
    expect(await within(form).findByRole('status')).toHaveTextContent(
      /Rettelsen blev ikke gemt: .*at least one person/,
    );
    expect((await partyVisits(mother.partyId)).some((v) => v.voided)).toBe(false);
    await user.click(within(form).getByRole('button', { name: 'Fortryd' }));
    expect(screen.queryByRole('form')).not.toBeInTheDocument();
  });

  it('offers no correction for a volunteer’s day', async () => {
    await recordCheckIn(party('11:05', { kind: 'volunteer', country: null, municipality: null }));
    renderCheckIns();
    expect(
      await screen.findByRole('button', { name: 'Annullér indtjekningen kl. 11:00: Frivillig' }),
    ).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /^Ret / })).not.toBeInTheDocument();
  });
});
