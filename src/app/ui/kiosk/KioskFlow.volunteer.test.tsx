// Volunteers' days on a fresh tablet (this file has its own database): one tap, one visit of
// their own kind, counted apart from the women's visits.
import { cleanup, render, screen, within } from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { localDate } from '../../../shared/time';
import { visitsOn } from '../../data/checkins';
import { dayStats } from '../../data/stats';
import { db } from '../../data/db';
import { I18nProvider } from '../../i18n/I18n';
import { KioskFlow } from './KioskFlow';

const headcountFor = async (day: string) => (await dayStats(day)).headcount;

const today = () => localDate(new Date());

function renderKiosk() {
  render(
    <I18nProvider initial="da">
      <KioskFlow />
    </I18nProvider>,
  );
  return userEvent.setup();
}

afterEach(async () => {
  cleanup();
  await db.visits.clear();
});

describe('the volunteers’ button', () => {
  it('stands apart from the women’s choices, with a name badge of its own', async () => {
    renderKiosk();
    const button = await screen.findByRole('button', { name: 'Jeg er frivillig her' });
    const choices = screen.getByRole('button', { name: 'Tyrkiet' }).closest('ul');
    if (!choices) throw new Error('The women’s choices are not a list.');
    expect(within(choices).getAllByRole('button').length).toBeGreaterThan(2);
    expect(choices).not.toContainElement(button);
    // Below the women's choices, not among them.
    expect(choices.compareDocumentPosition(button) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(button.querySelector('svg.pictogram')).not.toBeNull();
  });

  it('records a volunteer’s day in one tap, counted apart from the visitors', async () => {
    const user = renderKiosk();
    await user.click(await screen.findByRole('button', { name: 'Jeg er frivillig her' }));

    expect(
      await screen.findByRole('heading', { name: 'Tak for din indsats i dag' }),
    ).toBeInTheDocument();
    const visits = await visitsOn(today());
    expect(visits).toHaveLength(1);
    expect(visits[0]).toMatchObject({
      kind: 'volunteer',
      ageGroup: 'adult',
      country: null,
      municipality: null,
      voided: false,
    });
    expect(await headcountFor(today())).toEqual({
      visits: 0,
      adults: 0,
      children: 0,
      volunteers: 1,
    });
  });

  it('never makes two days from a double tap', async () => {
    const user = renderKiosk();
    await user.dblClick(await screen.findByRole('button', { name: 'Jeg er frivillig her' }));
    await screen.findByRole('heading', { name: 'Tak for din indsats i dag' });
    expect(await visitsOn(today())).toHaveLength(1);
  });

  it('can be undone like any check-in', async () => {
    const user = renderKiosk();
    await user.click(await screen.findByRole('button', { name: 'Jeg er frivillig her' }));
    await user.click(await screen.findByRole('button', { name: 'Fortryd' }));
    expect(await screen.findByRole('status')).toHaveTextContent('Det er fortrudt.');
    expect(await headcountFor(today())).toEqual({
      visits: 0,
      adults: 0,
      children: 0,
      volunteers: 0,
    });
    expect(await visitsOn(today(), { includeVoided: true })).toMatchObject([
      { kind: 'volunteer', voided: true },
    ]);
  });

  it('leaves the next woman’s check-in a visitor’s', async () => {
    const user = renderKiosk();
    await user.click(await screen.findByRole('button', { name: 'Jeg er frivillig her' }));
    await screen.findByRole('heading', { name: 'Tak for din indsats i dag' });
    await user.click(screen.getByRole('button', { name: 'Start forfra' }));
    await user.click(await screen.findByRole('button', { name: 'Tyrkiet' }));
    await user.click(await screen.findByRole('button', { name: 'København' }));
    await user.click(await screen.findByRole('button', { name: 'Kun mig' }));
    await user.click(await screen.findByRole('button', { name: 'Gem' }));
    expect(await screen.findByRole('heading', { name: 'Tak fordi du kom' })).toBeInTheDocument();
    expect(await headcountFor(today())).toEqual({
      visits: 1,
      adults: 1,
      children: 0,
      volunteers: 1,
    });
  });

  it('is not there while a woman changes her country from the summary', async () => {
    const user = renderKiosk();
    await user.click(await screen.findByRole('button', { name: 'Tyrkiet' }));
    await user.click(await screen.findByRole('button', { name: 'København' }));
    await user.click(await screen.findByRole('button', { name: 'Kun mig' }));
    await user.click(await screen.findByRole('button', { name: /^Skift land/ }));
    expect(await screen.findByRole('heading', { name: 'Hvor kommer du fra?' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Jeg er frivillig her' })).not.toBeInTheDocument();
  });
});
