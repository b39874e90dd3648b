import { z } from 'zod';
import { meetingV1Schema, outcomeV1Schema } from './snapshot-v1';
import { contentV5Schema, type SnapshotV5 } from './snapshot-v5';

// The shape of an approved snapshot as LOS Builder writes it in snapshot format 6 (from data
// format 11 on): format 5 with the board's Spanish wording, what Spanish papers print (issue
// 17): `spanish` on every goal (its statement, measure and unit) and the mission's
// `missionSpanish`. Built from format 5's parts, which never change, and never changed itself
// (docs/architecture.md, "Adding a field to a goal").

const content5 = contentV5Schema.shape;

const spanish = z.strictObject({
  statement: z.string(),
  measure: z.string(),
  unit: z.string(),
});

const goal = content5.goals.element.extend({ spanish });

/** What the board approved, as snapshot format 6 stores it. */
export const contentV6Schema = contentV5Schema.extend({
  scope: content5.scope.extend({ missionSpanish: z.string() }),
  goals: z.array(goal),
});

export const snapshotV6Schema = z.strictObject({
  content: contentV6Schema,
  meeting: meetingV1Schema,
  outcome: outcomeV1Schema,
});
export type SnapshotV6 = z.output<typeof snapshotV6Schema>;

/** Written out, not taken from the editing schemas: an old approval must always read the same. */
const v6NoSpanish = '';

/**
 * Formats 1 to 5 came before the board could write Spanish: none of their goals or missions had
 * any, so a Spanish paper of them prints the English, marked as such.
 */
export function beforeSpanish(content: SnapshotV5['content']): SnapshotV6['content'] {
  return {
    ...content,
    scope: { ...content.scope, missionSpanish: v6NoSpanish },
    goals: content.goals.map((goal) => ({
      ...goal,
      spanish: { statement: v6NoSpanish, measure: v6NoSpanish, unit: v6NoSpanish },
    })),
  };
}
