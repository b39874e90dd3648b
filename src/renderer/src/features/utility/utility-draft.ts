import type {
  BoardMember,
  BoardOffice,
  Helper,
  Operator,
  UtilityProfile,
} from '@shared/domain/utility';
import { newRowId } from '../../form-kit/new-row-id';
import { numberFromDraft, type NumberDraft } from '../../form-kit/number-draft';

/** Step 1 as the form holds it: like the profile, but numbers may be half-typed text. */
export type UtilityDraft = Omit<UtilityProfile, 'connections' | 'population' | 'milesOfMain'> & {
  connections: NumberDraft;
  population: NumberDraft;
  milesOfMain: NumberDraft;
};

export function utilityToDraft(profile: UtilityProfile): UtilityDraft {
  return structuredClone(profile);
}

export function utilityDraftToInput(draft: UtilityDraft): unknown {
  return {
    ...draft,
    connections: numberFromDraft(draft.connections),
    population: numberFromDraft(draft.population),
    milesOfMain: numberFromDraft(draft.milesOfMain),
  };
}

export function newBoardMember(office: BoardOffice): BoardMember {
  return { id: newRowId(), name: '', office, termEnds: '', onPlanningTeam: false };
}

export function newOperator(): Operator {
  return { id: newRowId(), name: '', certification: '', onPlanningTeam: true };
}

export function newHelper(): Helper {
  return { id: newRowId(), name: '', role: '' };
}
