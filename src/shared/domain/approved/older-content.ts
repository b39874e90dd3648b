import { cleanupHourChoices, overflowNoticeHourChoices } from '../customers/feedback-entry';
import { regulatoryFloors } from '../regulatory-floors';
import { emptySewerSystem } from '../sewer-system';
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
    scope: { ...content.scope, sewer: emptySewerSystem },
    reviewSettings: {
      ...content.reviewSettings,
      floors: {
        ...content.reviewSettings.floors,
        'overflow-report': regulatoryFloors['overflow-report'].commonValue,
      },
    },
    customerFeedback: customerFeedback && {
      ...customerFeedback,
      tally: {
        ...customerFeedback.tally,
        cleanup: noAnswers(cleanupHourChoices),
        overflowNotice: noAnswers(overflowNoticeHourChoices),
      },
      annualMeeting: null,
    },
  };
}
