// The kiosk's check-in as a small state machine: which question is on screen, the answers so far,
// and the party's id. The reducer (flowReducer.ts) is pure (the hook makes the ids), so every path
// through the flow can be tested without a screen; it comes with the later screens' chunk, as the
// flow itself does (a tap on the first screen before that chunk is in is kept by Kiosk.tsx). The
// partyId is made once per check-in and kept through edits and retries: recordCheckIn writes a
// party only once per id, so a double tap on confirm can never make two parties. A volunteer checks
// in from the first screen in one tap, kept apart from the women's visits by its kind.
import { useMemo, useReducer } from 'preact/hooks';
import type { VisitKind } from '../../../shared/visit';
import { flowReducer } from './flowReducer';

export type Step =
  | 'country'
  | 'moreCountries'
  | 'municipality'
  | 'moreMunicipalities'
  | 'party'
  | 'summary'
  | 'thanks';

/** The answers a woman can change from the summary. */
export type EditableStep = 'country' | 'municipality' | 'party';

export interface Answers {
  /** null: not said (or not asked yet). */
  country: string | null;
  municipality: string | null;
  adult: boolean;
  children: number;
}

export interface FlowState {
  step: Step;
  answers: Answers;
  partyId: string;
  /** What the last save was for: a woman's visit from the summary, or a volunteer's day. */
  kind: VisitKind;
  /** Changing one answer from the summary: the next answer goes back to the summary. */
  editing: boolean;
  /** recordCheckIn is under way. */
  saving: boolean;
  /** The last save failed: nothing was stored, the answers are kept. */
  saveFailed: boolean;
}

export type FlowAction =
  | { type: 'chooseCountry'; code: string | null }
  | { type: 'chooseMunicipality'; code: string | null }
  | { type: 'chooseParty'; adult: boolean; children: number }
  | { type: 'showMore' }
  | { type: 'back' }
  | { type: 'edit'; step: EditableStep }
  | { type: 'confirm' }
  | { type: 'volunteer' }
  | { type: 'saved'; partyId: string }
  | { type: 'saveFailed'; partyId: string }
  | { type: 'startOver'; partyId: string };

const NO_ANSWERS: Answers = { country: null, municipality: null, adult: true, children: 0 };

export function initialFlowState(partyId: string): FlowState {
  return {
    step: 'country',
    answers: NO_ANSWERS,
    partyId,
    kind: 'visitor',
    editing: false,
    saving: false,
    saveFailed: false,
  };
}

export interface CheckInFlow {
  state: FlowState;
  chooseCountry: (code: string | null) => void;
  chooseMunicipality: (code: string | null) => void;
  chooseParty: (party: { adult: boolean; children: number }) => void;
  showMore: () => void;
  back: () => void;
  edit: (step: EditableStep) => void;
  /** Marks the save as started; false when it must not start (already saving, not on the summary). */
  confirm: () => boolean;
  /** Marks a volunteer's save as started; false when it must not start (saving, not on the first screen). */
  volunteer: () => boolean;
  saved: (partyId: string) => void;
  saveFailed: (partyId: string) => void;
  /** A fresh check-in with a new partyId; nothing of the old one is saved. */
  startOver: () => void;
}

export function useCheckInFlow(): CheckInFlow {
  const [state, dispatch] = useReducer(flowReducer, null, () =>
    initialFlowState(crypto.randomUUID()),
  );
  const actions = useMemo(
    () => ({
      chooseCountry: (code: string | null) => dispatch({ type: 'chooseCountry', code }),
      chooseMunicipality: (code: string | null) => dispatch({ type: 'chooseMunicipality', code }),
      chooseParty: ({ adult, children }: { adult: boolean; children: number }) =>
        dispatch({ type: 'chooseParty', adult, children }),
      showMore: () => dispatch({ type: 'showMore' }),
      back: () => dispatch({ type: 'back' }),
      edit: (step: EditableStep) => dispatch({ type: 'edit', step }),
      saved: (partyId: string) => dispatch({ type: 'saved', partyId }),
      saveFailed: (partyId: string) => dispatch({ type: 'saveFailed', partyId }),
      startOver: () => dispatch({ type: 'startOver', partyId: crypto.randomUUID() }),
    }),
    [dispatch],
  );
  const confirm = () => {
    if (state.step !== 'summary' || state.saving) return false;
    dispatch({ type: 'confirm' });
    return true;
  };
  const volunteer = () => {
    if (state.step !== 'country' || state.editing || state.saving) return false;
    dispatch({ type: 'volunteer' });
    return true;
  };
  return { state, ...actions, confirm, volunteer };
}
