// The check-in's steps as a pure function of the state and a tap (useCheckInFlow.ts holds the
// state and says why it is shaped so). In the later screens' chunk: the first screen only shows
// its state.
import type { Answers, FlowAction, FlowState, Step } from './useCheckInFlow';
import { initialFlowState } from './useCheckInFlow';

/** Where an answer leads: on to the next question, or back to the summary when changing one. */
function answered(state: FlowState, answers: Answers, next: Step): FlowState {
  return { ...state, answers, step: state.editing ? 'summary' : next, editing: false };
}

// An action that does not belong to the step on screen (a late tap on a screen that is already
// going away) changes nothing.
export function flowReducer(state: FlowState, action: FlowAction): FlowState {
  switch (action.type) {
    case 'chooseCountry':
      if (state.step !== 'country' && state.step !== 'moreCountries') return state;
      if (state.saving) return state;
      // A volunteer's failed save is no concern of the woman who answers now.
      return answered(
        { ...state, kind: 'visitor', saveFailed: false },
        { ...state.answers, country: action.code },
        'municipality',
      );
    case 'chooseMunicipality':
      if (state.step !== 'municipality' && state.step !== 'moreMunicipalities') return state;
      return answered(state, { ...state.answers, municipality: action.code }, 'party');
    case 'chooseParty':
      if (state.step !== 'party') return state;
      if (!action.adult && action.children < 1) return state;
      return answered(
        state,
        { ...state.answers, adult: action.adult, children: action.children },
        'summary',
      );
    case 'showMore':
      if (state.saving) return state;
      if (state.step === 'country') {
        return { ...state, step: 'moreCountries', kind: 'visitor', saveFailed: false };
      }
      if (state.step === 'municipality') return { ...state, step: 'moreMunicipalities' };
      return state;
    case 'back':
      if (state.step === 'moreCountries') return { ...state, step: 'country' };
      if (state.step === 'moreMunicipalities') return { ...state, step: 'municipality' };
      return state;
    case 'edit':
      if (state.step !== 'summary' || state.saving) return state;
      return { ...state, step: action.step, editing: true, saveFailed: false };
    case 'confirm':
      if (state.step !== 'summary' || state.saving) return state;
      return { ...state, kind: 'visitor', saving: true, saveFailed: false };
    case 'volunteer':
      // Only from the first screen, before any answer: her answers are never mixed with a volunteer's day.
      if (state.step !== 'country' || state.editing || state.saving) return state;
      return { ...state, kind: 'volunteer', saving: true, saveFailed: false };
    case 'saved':
      if (action.partyId !== state.partyId || !state.saving) return state;
      return { ...state, step: 'thanks', saving: false };
    case 'saveFailed':
      if (action.partyId !== state.partyId || !state.saving) return state;
      return { ...state, saving: false, saveFailed: true };
    case 'startOver':
      return initialFlowState(action.partyId);
  }
}
