import { z } from 'zod';
import { said, type Said } from '../i18n/said';
import { englishLabels, fieldMessage } from '../i18n/field-label';
import { issueMessage } from '../i18n/issue-said';
import { calendarDate, decimalNumber, lineText, rowId, wholeNumber } from './text';
import { usStateCodes } from './us-states';

export const systemTypes = ['water', 'wastewater', 'both'] as const;
export type SystemType = (typeof systemTypes)[number];

/**
 * Whether the utility runs drinking water, so its questions, words and goals apply. While step
 * 1 does not say (null), both services are assumed: nothing is hidden that might be needed.
 */
export function runsWater(systemType: SystemType | null): boolean {
  return systemType !== 'wastewater';
}

/** Whether the utility runs sewer service; null assumes both, as `runsWater` does. */
export function runsSewer(systemType: SystemType | null): boolean {
  return systemType !== 'water';
}

export const boardOffices = [
  'president',
  'vice-president',
  'secretary',
  'treasurer',
  'member',
] as const;
export type BoardOffice = (typeof boardOffices)[number];

/** Office titles as the app and the printed agreement show them. */
export const boardOfficeTitles: Record<BoardOffice, string> = {
  president: 'President',
  'vice-president': 'Vice-President',
  secretary: 'Secretary',
  treasurer: 'Treasurer',
  member: 'Member',
};

/** Who drafts the goals, in the words of the guidance (seed text, section 4.2). */
export const goalSettingApproaches = [
  'president-with-operator',
  'board-with-operator',
  'cross-section',
] as const;
export type GoalSettingApproach = (typeof goalSettingApproaches)[number];

// Step 1's labels: the form shows them and the schemas' messages name them, so both say the same.

/** Step 1's fields about the utility itself. */
export const utilityLabelKeys = {
  name: 'validation.label.utility.name',
  systemType: 'validation.label.utility.systemType',
  systemId: 'validation.label.utility.systemId',
  state: 'validation.label.utility.state',
  connections: 'validation.label.utility.connections',
  population: 'validation.label.utility.population',
  milesOfMain: 'validation.label.utility.milesOfMain',
  goalSetting: 'validation.label.utility.goalSetting',
} as const;
export const utilityLabels = englishLabels(utilityLabelKeys);

/** A board member's row; a message adds whose field it is ("Board member name"). */
export const boardMemberLabelKeys = {
  name: 'validation.label.person.name',
  office: 'validation.label.boardMember.office',
  termEnds: 'validation.label.boardMember.termEnds',
  onPlanningTeam: 'validation.label.person.helpsSetGoals',
} as const;
export const boardMemberLabels = englishLabels(boardMemberLabelKeys);

export const operatorLabelKeys = {
  name: 'validation.label.person.name',
  certification: 'validation.label.operator.certification',
  onPlanningTeam: 'validation.label.person.helpsSetGoals',
} as const;
export const operatorLabels = englishLabels(operatorLabelKeys);

export const helperLabelKeys = {
  name: 'validation.label.person.name',
  role: 'validation.label.helper.role',
} as const;
export const helperLabels = englishLabels(helperLabelKeys);

export const boardMemberSchema = z.strictObject({
  id: rowId,
  name: lineText('validation.label.boardMember.name', 120),
  office: z.enum(boardOffices, {
    error: fieldMessage('validation.utility.office', boardMemberLabelKeys.office),
  }),
  termEnds: calendarDate(boardMemberLabelKeys.termEnds),
  onPlanningTeam: z.boolean(),
});
export type BoardMember = z.output<typeof boardMemberSchema>;

export const operatorSchema = z.strictObject({
  id: rowId,
  name: lineText('validation.label.operator.name', 120),
  certification: lineText(operatorLabelKeys.certification, 120),
  onPlanningTeam: z.boolean(),
});
export type Operator = z.output<typeof operatorSchema>;

/** Someone else who helps set goals: a bookkeeper, a county official, a circuit rider. */
export const helperSchema = z.strictObject({
  id: rowId,
  name: lineText(helperLabelKeys.name, 120),
  role: lineText(helperLabelKeys.role, 120),
});
export type Helper = z.output<typeof helperSchema>;

export const utilityProfileSchema = z.strictObject({
  name: lineText(utilityLabelKeys.name, 200),
  systemType: z
    .enum(systemTypes, { error: issueMessage('validation.utility.systemType') })
    .nullable(),
  systemId: z
    .string({ error: fieldMessage('validation.mustBeText', utilityLabelKeys.systemId) })
    .trim()
    .toUpperCase()
    .regex(
      /^[A-Z0-9-]{0,20}$/,
      fieldMessage('validation.utility.systemId', utilityLabelKeys.systemId),
    ),
  state: z
    .enum(usStateCodes, { error: fieldMessage('validation.utility.state', utilityLabelKeys.state) })
    .nullable(),
  connections: wholeNumber(utilityLabelKeys.connections, 1_000_000, 250),
  population: wholeNumber(utilityLabelKeys.population, 5_000_000, 600),
  milesOfMain: decimalNumber(utilityLabelKeys.milesOfMain, 100_000, 12.5),
  board: z.array(boardMemberSchema).max(25, issueMessage('validation.utility.boardTooLarge')),
  operators: z.array(operatorSchema).max(10, issueMessage('validation.utility.operatorsMax')),
  helpers: z.array(helperSchema).max(20, issueMessage('validation.utility.helpersMax')),
  goalSetting: z.enum(goalSettingApproaches, {
    error: issueMessage('validation.utility.goalSetting'),
  }),
});
export type UtilityProfile = z.output<typeof utilityProfileSchema>;

export const emptyUtilityProfile: UtilityProfile = {
  name: '',
  systemType: null,
  systemId: '',
  state: null,
  connections: null,
  population: null,
  milesOfMain: null,
  board: [],
  operators: [],
  helpers: [],
  goalSetting: 'president-with-operator',
};

/** What step 1 still needs before the agreement can be drafted, in plain words. */
export function utilityGaps(profile: UtilityProfile): Said[] {
  const gaps: Said[] = [];
  if (profile.name === '') gaps.push(said('utilityFacts.gap.name'));
  if (profile.systemType === null) gaps.push(said('utilityFacts.gap.systemType'));
  if (profile.state === null) gaps.push(said('utilityFacts.gap.state'));
  if (profile.connections === null) gaps.push(said('utilityFacts.gap.connections'));
  if (profile.board.length === 0) gaps.push(said('utilityFacts.gap.board'));
  profile.board.forEach((member, index) => {
    if (member.name === '') gaps.push(said('utilityFacts.gap.memberName', { number: index + 1 }));
  });
  if (!profile.board.some((member) => member.office === 'president'))
    gaps.push(said('utilityFacts.gap.president'));
  if (profile.operators.length === 0) gaps.push(said('utilityFacts.gap.operator'));
  profile.operators.forEach((operator, index) => {
    if (operator.name === '')
      gaps.push(said('utilityFacts.gap.operatorName', { number: index + 1 }));
  });
  return gaps;
}
