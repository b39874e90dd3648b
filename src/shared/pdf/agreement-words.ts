import type { VoteChoice } from '../domain/approval';
import type { MeasureFrequency } from '../domain/goal';
import type { AssetCapability, CapabilityAnswer } from '../domain/scope';
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

/** What each asset answer means for the promises in this agreement, in the board's voice. */
export const assetWords: Record<AssetCapability, Record<CapabilityAnswer, string>> = {
  fireHydrants: {
    yes: 'The system has fire hydrants and can deliver fire flow.',
    no: 'The system has no fire hydrants and cannot deliver fire flow; fire protection is not part of this agreement.',
    unknown: 'Whether the system can deliver fire flow has not been confirmed.',
  },
  backupSource: {
    yes: 'The system has a backup water source.',
    no: 'The system has a single source of water and no backup source.',
    unknown: 'Whether a backup water source is available has not been confirmed.',
  },
  storage: {
    yes: 'The system has storage to carry customers through short outages.',
    no: 'The system has no storage tank; an outage at the source reaches customers at once.',
    unknown: 'Whether storage is available has not been confirmed.',
  },
  backupPower: {
    yes: 'The system has backup power for its pumps.',
    no: 'The system has no backup power; a power failure can stop the pumps.',
    unknown: 'Whether backup power is available has not been confirmed.',
  },
};
