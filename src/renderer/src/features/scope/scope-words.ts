import type { SystemType } from '@shared/domain/utility';

export interface CategorySuggestion {
  name: string;
  text: string;
}

/** Step 2's examples and hints that differ by the service the utility runs (issue 12). */
export interface ScopeWords {
  missionExample: string;
  /** An example for "What our system cannot do". */
  limitExample: string;
  /** What "Statements by category" covers. */
  categoriesDescription: string;
  /** Ready-made category statements (DOMAIN.md section 1: quality, certification, meetings). */
  categories: CategorySuggestion[];
  /** The equipment every promise must stay within, for the help's "Why it matters". */
  equipment: string;
  /** The help's example of a promise the equipment cannot keep. */
  example: string;
}

const waterQuality: CategorySuggestion = {
  name: 'Water quality',
  text: 'We will meet every state and federal drinking-water standard and take every required sample on time.',
};
const dischargePermit: CategorySuggestion = {
  name: 'Discharge permit',
  text: 'We will meet every limit in our discharge permit and file every required report on time.',
};
const certification: CategorySuggestion = {
  name: 'Operator certification',
  text: 'Our system will always be run by an operator certified at the level the state requires.',
};
const openMeetings: CategorySuggestion = {
  name: 'Open meetings',
  text: 'The board will meet in public, with proper notice, as the open meetings law requires.',
};
const waterReport: CategorySuggestion = {
  name: 'Reports to customers',
  text: 'We will deliver the yearly water-quality report to every customer by July 1.',
};
const overflowReports: CategorySuggestion = {
  name: 'Overflow reports',
  text: 'We will report every sewage overflow to the state as quickly as our permit requires.',
};

const hydrantExample =
  'A system with only small pipes and no hydrants cannot promise fire protection. That belongs in the plan for future building work, and enters the agreement once it is built.';
const liftStationExample =
  'A district whose lift stations have no backup power cannot promise that sewage keeps moving through a long power cut. Generators belong in the plan for future building work, and the promise enters the agreement once they are installed.';

export const scopeWords: Record<SystemType, ScopeWords> = {
  water: {
    missionExample:
      'Sunny Acres Water provides safe, reliable drinking water to our members at a fair price.',
    limitExample: 'We have no fire hydrants and cannot provide fire protection.',
    categoriesDescription:
      'One sentence each for water quality, operator certification, open meetings and so on, plus a broad one for everything else.',
    categories: [waterQuality, certification, openMeetings, waterReport],
    equipment: 'its wells, pipes, tanks and pumps',
    example: hydrantExample,
  },
  wastewater: {
    missionExample:
      'Sunny Acres Sanitation District collects and treats our members’ sewage safely, protecting their homes and the river, at a fair price.',
    limitExample:
      'One of our three lift stations has no backup power, so a long power cut can stop it.',
    categoriesDescription:
      'One sentence each for the discharge permit, overflow reports, operator certification, open meetings and so on, plus a broad one for everything else.',
    categories: [dischargePermit, overflowReports, certification, openMeetings],
    equipment: 'its sewer mains, lift stations and treatment',
    example: liftStationExample,
  },
  both: {
    missionExample:
      'Sunny Acres Water and Sewer provides safe, reliable drinking water and sewer service to our members at a fair price.',
    limitExample: 'We have no fire hydrants and cannot provide fire protection.',
    categoriesDescription:
      'One sentence each for water quality, the discharge permit, operator certification, open meetings and so on, plus a broad one for everything else.',
    categories: [
      waterQuality,
      dischargePermit,
      certification,
      openMeetings,
      waterReport,
      overflowReports,
    ],
    equipment: 'its wells, tanks, pumps, sewer mains, lift stations and treatment',
    example: hydrantExample,
  },
};
