import type { BoardMemberInput } from './pages/utility-step';

// What the new board president of a sewer-only district types in sewer-district.spec.ts
// (issue 12), and what the app must say back.

/** Accents and an ampersand, as the district's letterhead has them. */
export const utilityName = 'Río Chiquito Sanitation District & Lagoon';

export const board: BoardMemberInput[] = [
  { name: 'Elena Trujillo', office: 'President' },
  { name: 'Frank Mondragón', office: 'Vice-President' },
  { name: 'Rita Archuleta', office: 'Secretary' },
  { name: 'Leo García', office: 'Treasurer' },
  { name: 'Nora Vigil', office: 'Member' },
];

export const operator = { name: 'Ben Quintana', certification: 'NM Wastewater Level 2' };

export const mission =
  'Río Chiquito Sanitation District collects and treats the sewage of its members safely, protecting their homes and the river, at a fair price.';

export const dischargePermit = 'NM0028355';

/** Step 2 says the partial lift-station answer back in these words. */
export const liftStationsSaidBack =
  '2 of 3 lift stations have backup power; a power failure can stop the third.';

/** Library goals, by the steps they are added on. */
export const internalGoals = {
  overflowReport:
    'Every sewer overflow is reported to the state within the deadline in our permit.',
  cleaning: 'Sewer mains are cleaned on a regular cycle.',
  liftChecks: 'Every lift station is checked on a set schedule, and its alarm is tested.',
};

export const externalGoals = {
  backups: 'When a sewer backs up, a crew arrives fast and clears it.',
  odor: 'When neighbors complain of sewer or lagoon odor, we answer within one working day.',
};

/** A drinking-water goal from the library, which a sewer district cannot add. */
export const pressureTemplate =
  'Every customer has enough water pressure, even at the hardest-to-reach spot in the system.';

/** A drinking-water goal typed by hand, which the card must flag at once. */
export const handWrittenWaterGoal = 'Minimum pressure of at least 20 psi';

/**
 * Cards from the mailed survey: what was said, the topic the form must suggest, the answers to
 * the sewer's two questions, and those answers as the saved card says them back.
 */
export const surveyCards = [
  {
    said: 'The lagoon smells terrible in August',
    topic: 'Sewer odor',
    cleanup: '8 hours',
    overflowNotice: 'A day',
    answersSaidBack: 'Backup cleanup within 8 hours · Told of an overflow within a day',
  },
  {
    said: 'Huele muy feo la laguna en verano',
    topic: 'Sewer odor',
    cleanup: 'A day',
    overflowNotice: '3 days',
    answersSaidBack: 'Backup cleanup within a day · Told of an overflow within 3 days',
  },
  {
    said: 'My basement backed up twice last spring',
    topic: 'Sewer backups',
    cleanup: '2 hours',
    overflowNotice: '4 hours',
    answersSaidBack: 'Backup cleanup within 2 hours · Told of an overflow within 4 hours',
  },
];

/** Yesterday on this computer's calendar, as a US board secretary types it, and as printed. */
export const yesterday = ((day: Date) => {
  day.setDate(day.getDate() - 1);
  return {
    typed: `${day.getMonth() + 1}/${day.getDate()}/${day.getFullYear()}`,
    printed: new Intl.DateTimeFormat('en-US', {
      month: 'long',
      day: 'numeric',
      year: 'numeric',
    }).format(day),
  };
})(new Date());
