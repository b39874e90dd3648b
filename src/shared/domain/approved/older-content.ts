import type { SnapshotV1 } from './snapshot-v1';
import type { SnapshotV2 } from './snapshot-v2';
import type { SnapshotV3 } from './snapshot-v3';
import type { SnapshotV4 } from './snapshot-v4';

// What older snapshot formats did not hold, given the value that says exactly that: nothing
// here invents an answer the board gave. Each function brings one format up by one.

/**
 * Formats 1 and 2 came before a goal could be marked a stretch: none of their goals was, and
 * nothing printed one as such.
 */
export function notStretched(
  content: SnapshotV1['content'] | SnapshotV2['content'],
): SnapshotV3['content'] {
  return { ...content, goals: content.goals.map((goal) => ({ ...goal, stretch: false })) };
}

const noAnswers = (choices: readonly number[]) => ({
  answered: 0,
  medianHours: null,
  distribution: choices.map((hours) => ({ hours, count: 0 })),
});

// Written out, not imported from the editing schemas, as the migrations' values are: an old
// approval must read the same after the app's defaults and choices move on.
const v4NoSewerAnswers: SnapshotV4['content']['scope']['sewer'] = {
  milesOfSewer: null,
  collection: null,
  liftStations: null,
  liftStationsWithBackupPower: null,
  treatment: null,
  inflowInfiltration: 'unknown',
  dischargePermit: '',
};
const v4OverflowFloorHours = 24;
const v4CleanupHourChoices = [2, 4, 8, 24];
const v4OverflowNoticeHourChoices = [4, 24, 72];

/**
 * Formats 1 to 3 came before step 2 asked about the sewers: every sewer question is unanswered
 * (so nothing is printed from it), the sewer cards' questions have no answers, whether the
 * utility holds an annual meeting is not known, and the overflow floor is its common value
 * (no goal of theirs could name it).
 */
export function beforeSewer(content: SnapshotV3['content']): SnapshotV4['content'] {
  const { customerFeedback } = content;
  return {
    ...content,
    scope: { ...content.scope, sewer: { ...v4NoSewerAnswers } },
    reviewSettings: {
      ...content.reviewSettings,
      floors: {
        ...content.reviewSettings.floors,
        'overflow-report': v4OverflowFloorHours,
      },
    },
    customerFeedback: customerFeedback && {
      ...customerFeedback,
      tally: {
        ...customerFeedback.tally,
        cleanup: noAnswers(v4CleanupHourChoices),
        overflowNotice: noAnswers(v4OverflowNoticeHourChoices),
      },
      annualMeeting: null,
    },
  };
}
