import type { VoteChoice } from '../domain/approval';
import type { MeasureFrequency } from '../domain/goal';
import type { GoalSettingApproach, SystemType } from '../domain/utility';

export const systemTypeWords: Record<SystemType, string> = {
  water: 'Drinking water system',
  wastewater: 'Wastewater system',
  both: 'Drinking water and wastewater system',
};

export const voteWords: Record<VoteChoice, string> = {
  aye: 'Aye',
  nay: 'Nay',
  abstain: 'Abstained',
  absent: 'Absent',
};

/** Short enough for a table column. */
export const frequencyWords: Record<MeasureFrequency, string> = {
  continuous: 'Continuously',
  daily: 'Daily',
  weekly: 'Weekly',
  monthly: 'Monthly',
  quarterly: 'Quarterly',
  yearly: 'Yearly',
  'every-2-3-years': 'Every 2–3 years',
  'each-event': 'Each event',
};

export const goalSettingWords: Record<GoalSettingApproach, string> = {
  'president-with-operator':
    'The board president and the operator drafted the goals; the whole board reviewed and approved them.',
  'board-with-operator':
    'The whole board drafted the goals together at its meetings, with advice from the operator.',
  'cross-section':
    'A team drawn from every level of the utility — board members, management and operators — drafted the goals so that they are realistic; the board approved them.',
};
