import type {
  BoardMember,
  BoardOffice,
  GoalSettingApproach,
  Helper,
  Operator,
  SystemType,
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

export const systemTypeLabels: Record<SystemType, string> = {
  water: 'Drinking water',
  wastewater: 'Wastewater (sewer)',
  both: 'Both',
};

/** The three ways the guidance describes (seed text, section 4.2), in plain words. */
export const goalSettingLabels: Record<
  GoalSettingApproach,
  { label: string; description: string }
> = {
  'president-with-operator': {
    label: 'The board president with the operator, then the whole board approves',
    description: 'The usual way for a small utility: two people draft, the board decides.',
  },
  'board-with-operator': {
    label: 'The whole board, with advice from the operator',
    description: 'The board drafts the goals together at its meetings; the operator advises.',
  },
  'cross-section': {
    label: 'A wider team: board members, the manager and the operators',
    description:
      'People from every level, from elected officials to field staff, so the goals are realistic. The board approves.',
  },
};
