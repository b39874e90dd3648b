import { z } from 'zod';
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
export const utilityLabels = {
  name: 'Name of the utility',
  systemType: 'What does the utility run?',
  systemId: 'System ID',
  state: 'State',
  connections: 'Connections',
  population: 'Population served',
  milesOfMain: 'Miles of water main',
  goalSetting: 'Who drafts the goals?',
};

const helpsSetGoals = 'Helps set goals';

/** A board member's row; a message adds whose field it is ("Board member name"). */
export const boardMemberLabels = {
  name: 'Name',
  office: 'Office',
  termEnds: 'Term ends',
  onPlanningTeam: helpsSetGoals,
};

export const operatorLabels = {
  name: 'Name',
  certification: 'Certification',
  onPlanningTeam: helpsSetGoals,
};

export const helperLabels = { name: 'Name', role: 'Role' };

export const boardMemberSchema = z.strictObject({
  id: rowId,
  name: lineText(`Board member ${boardMemberLabels.name.toLowerCase()}`, 120),
  office: z.enum(boardOffices, {
    error: `${boardMemberLabels.office} must be president, vice-president, secretary, treasurer or member.`,
  }),
  termEnds: calendarDate(boardMemberLabels.termEnds),
  onPlanningTeam: z.boolean(),
});
export type BoardMember = z.output<typeof boardMemberSchema>;

export const operatorSchema = z.strictObject({
  id: rowId,
  name: lineText(`Operator ${operatorLabels.name.toLowerCase()}`, 120),
  certification: lineText(operatorLabels.certification, 120),
  onPlanningTeam: z.boolean(),
});
export type Operator = z.output<typeof operatorSchema>;

/** Someone else who helps set goals: a bookkeeper, a county official, a circuit rider. */
export const helperSchema = z.strictObject({
  id: rowId,
  name: lineText(helperLabels.name, 120),
  role: lineText(helperLabels.role, 120),
});
export type Helper = z.output<typeof helperSchema>;

export const utilityProfileSchema = z.strictObject({
  name: lineText(utilityLabels.name, 200),
  systemType: z.enum(systemTypes, { error: 'Choose water, wastewater or both.' }).nullable(),
  systemId: z
    .string({ error: `${utilityLabels.systemId} must be text.` })
    .trim()
    .toUpperCase()
    .regex(
      /^[A-Z0-9-]{0,20}$/,
      `${utilityLabels.systemId}: use only the letters and digits on your permit, such as NM3500101.`,
    ),
  state: z
    .enum(usStateCodes, { error: `${utilityLabels.state}: pick your state from the list.` })
    .nullable(),
  connections: wholeNumber(utilityLabels.connections, 1_000_000, 250),
  population: wholeNumber(utilityLabels.population, 5_000_000, 600),
  milesOfMain: decimalNumber(utilityLabels.milesOfMain, 100_000, 12.5),
  board: z.array(boardMemberSchema).max(25, 'A board of more than 25 members is not supported.'),
  operators: z.array(operatorSchema).max(10, 'List at most 10 operators.'),
  helpers: z.array(helperSchema).max(20, 'List at most 20 other people.'),
  goalSetting: z.enum(goalSettingApproaches, { error: 'Choose who drafts the goals.' }),
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
export function utilityGaps(profile: UtilityProfile): string[] {
  const gaps: string[] = [];
  if (profile.name === '') gaps.push("Type the utility's name.");
  if (profile.systemType === null) gaps.push('Choose water, wastewater or both.');
  if (profile.state === null) gaps.push('Pick the state.');
  if (profile.connections === null) gaps.push('Enter the number of connections.');
  if (profile.board.length === 0) gaps.push('Add the board members.');
  profile.board.forEach((member, index) => {
    if (member.name === '')
      gaps.push(`Type a name for board member ${index + 1}, or remove the row.`);
  });
  if (!profile.board.some((member) => member.office === 'president'))
    gaps.push('Mark one board member as president.');
  if (profile.operators.length === 0) gaps.push('Add the operator.');
  profile.operators.forEach((operator, index) => {
    if (operator.name === '')
      gaps.push(`Type a name for operator ${index + 1}, or remove the row.`);
  });
  return gaps;
}
