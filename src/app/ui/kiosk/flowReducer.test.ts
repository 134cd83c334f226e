import { describe, expect, it } from 'vitest';
import { flowReducer } from './flowReducer';
import type { FlowAction, FlowState } from './useCheckInFlow';
import { initialFlowState } from './useCheckInFlow';

const PARTY = '11111111-1111-4111-8111-111111111111';
const NEXT_PARTY = '22222222-2222-4222-8222-222222222222';

function run(...actions: FlowAction[]): FlowState {
  return actions.reduce(flowReducer, initialFlowState(PARTY));
}

const toSummary: FlowAction[] = [
  { type: 'chooseCountry', code: 'TR' },
  { type: 'chooseMunicipality', code: '101' },
  { type: 'chooseParty', adult: true, children: 0 },
];

describe('flowReducer', () => {
  it('starts on the country question with nothing answered', () => {
    const state = initialFlowState(PARTY);
    expect(state.step).toBe('country');
    expect(state.answers).toEqual({ country: null, municipality: null, adult: true, children: 0 });
    expect(state.partyId).toBe(PARTY);
  });

  it('asks one question after the other and ends on the summary', () => {
    expect(run(toSummary[0] as FlowAction).step).toBe('municipality');
    const state = run(...toSummary);
    expect(state.step).toBe('summary');
    expect(state.answers).toEqual({ country: 'TR', municipality: '101', adult: true, children: 0 });
  });

  it('takes "I prefer not to say" as an answer', () => {
    const state = run(
      { type: 'chooseCountry', code: null },
      { type: 'chooseMunicipality', code: null },
    );
    expect(state.step).toBe('party');
    expect(state.answers.country).toBeNull();
    expect(state.answers.municipality).toBeNull();
  });

  it('goes to all countries and back, and a choice there answers the question', () => {
    expect(run({ type: 'showMore' }).step).toBe('moreCountries');
    expect(run({ type: 'showMore' }, { type: 'back' }).step).toBe('country');
    const state = run({ type: 'showMore' }, { type: 'chooseCountry', code: 'DK' });
    expect(state.step).toBe('municipality');
    expect(state.answers.country).toBe('DK');
  });

  it('goes to all municipalities and back', () => {
    const atMunicipality = toSummary[0] as FlowAction;
    expect(run(atMunicipality, { type: 'showMore' }).step).toBe('moreMunicipalities');
    expect(run(atMunicipality, { type: 'showMore' }, { type: 'back' }).step).toBe('municipality');
    const state = run(
      atMunicipality,
      { type: 'showMore' },
      { type: 'chooseMunicipality', code: '860' },
    );
    expect(state.step).toBe('party');
    expect(state.answers.municipality).toBe('860');
  });

  it('returns to the summary after changing one answer, keeping the others and the party', () => {
    const state = run(
      ...toSummary,
      { type: 'edit', step: 'country' },
      { type: 'showMore' },
      { type: 'chooseCountry', code: 'SY' },
    );
    expect(state.step).toBe('summary');
    expect(state.editing).toBe(false);
    expect(state.answers).toEqual({ country: 'SY', municipality: '101', adult: true, children: 0 });
    expect(state.partyId).toBe(PARTY);

    const party = run(
      ...toSummary,
      { type: 'edit', step: 'party' },
      { type: 'chooseParty', adult: true, children: 2 },
    );
    expect(party.step).toBe('summary');
    expect(party.answers.children).toBe(2);
  });

  it('ignores a late tap meant for a screen that has gone', () => {
    const atMunicipality = run(toSummary[0] as FlowAction);
    expect(flowReducer(atMunicipality, { type: 'chooseCountry', code: 'SY' })).toBe(atMunicipality);
    const atSummary = run(...toSummary);
    expect(flowReducer(atSummary, { type: 'chooseParty', adult: true, children: 3 })).toBe(
      atSummary,
    );
  });

  it('does not accept a party of nobody', () => {
    const atParty = run(toSummary[0] as FlowAction, toSummary[1] as FlowAction);
    expect(flowReducer(atParty, { type: 'chooseParty', adult: false, children: 0 })).toBe(atParty);
  });

  it('shows thanks only once the save is done, and only for this party', () => {
    const saving = run(...toSummary, { type: 'confirm' });
    expect(saving.step).toBe('summary');
    expect(saving.saving).toBe(true);
    // A second tap while saving changes nothing.
    expect(flowReducer(saving, { type: 'confirm' })).toBe(saving);
    expect(flowReducer(saving, { type: 'saved', partyId: NEXT_PARTY })).toBe(saving);
    expect(flowReducer(saving, { type: 'saved', partyId: PARTY }).step).toBe('thanks');
  });

  it('keeps the answers and the party when the save fails, so it can be tried again', () => {
    const failed = run(...toSummary, { type: 'confirm' }, { type: 'saveFailed', partyId: PARTY });
    expect(failed.step).toBe('summary');
    expect(failed.saveFailed).toBe(true);
    expect(failed.answers.country).toBe('TR');
    const retried = flowReducer(failed, { type: 'confirm' });
    expect(retried.saving).toBe(true);
    expect(retried.saveFailed).toBe(false);
    expect(retried.partyId).toBe(PARTY);
  });

  it('starts over with a new party and no answers', () => {
    const state = run(...toSummary, { type: 'startOver', partyId: NEXT_PARTY });
    expect(state).toEqual(initialFlowState(NEXT_PARTY));
  });

  it('saves a volunteer’s day from the first screen in one step, and thanks her for it', () => {
    const saving = run({ type: 'volunteer' });
    expect(saving).toMatchObject({ step: 'country', kind: 'volunteer', saving: true });
    // A second tap while saving changes nothing, nor does a late tap on a flag.
    expect(flowReducer(saving, { type: 'volunteer' })).toBe(saving);
    expect(flowReducer(saving, { type: 'chooseCountry', code: 'TR' })).toBe(saving);
    const thanked = flowReducer(saving, { type: 'saved', partyId: PARTY });
    expect(thanked).toMatchObject({ step: 'thanks', kind: 'volunteer', saving: false });
    expect(flowReducer(thanked, { type: 'startOver', partyId: NEXT_PARTY }).kind).toBe('visitor');
  });

  it('offers the volunteer’s day only on the first screen, never in the middle of a check-in', () => {
    const atMunicipality = run({ type: 'chooseCountry', code: 'TR' });
    expect(flowReducer(atMunicipality, { type: 'volunteer' })).toBe(atMunicipality);
    const changingCountry = run(...toSummary, { type: 'edit', step: 'country' });
    expect(changingCountry.step).toBe('country');
    expect(flowReducer(changingCountry, { type: 'volunteer' })).toBe(changingCountry);
  });

  it('lets a woman check in as a visitor after a volunteer’s day could not be saved', () => {
    const failed = run({ type: 'volunteer' }, { type: 'saveFailed', partyId: PARTY });
    expect(failed).toMatchObject({
      step: 'country',
      kind: 'volunteer',
      saving: false,
      saveFailed: true,
    });
    const state = [
      { type: 'chooseCountry', code: 'TR' } as const,
      ...toSummary.slice(1),
      { type: 'confirm' } as const,
    ].reduce(flowReducer, failed);
    expect(state).toMatchObject({
      step: 'summary',
      kind: 'visitor',
      saving: true,
      saveFailed: false,
    });
  });
});
