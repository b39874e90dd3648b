import { z } from 'zod';
import { meetingV1Schema, outcomeV1Schema } from './snapshot-v1';
import { contentV4Schema, type SnapshotV4 } from './snapshot-v4';

// The shape of an approved snapshot as LOS Builder writes it in snapshot format 5 (from data
// format 8 on): format 4 with `standIn` on every goal, who looks after it while the responsible
// person is away (issue 13). Built from format 4's parts, which never change, and never changed
// itself (docs/architecture.md, "Adding a field to a goal").

const goal = contentV4Schema.shape.goals.element.extend({ standIn: z.string() });

/** What the board approved, as snapshot format 5 stores it. */
export const contentV5Schema = contentV4Schema.extend({ goals: z.array(goal) });

export const snapshotV5Schema = z.strictObject({
  content: contentV5Schema,
  meeting: meetingV1Schema,
  outcome: outcomeV1Schema,
});
export type SnapshotV5 = z.output<typeof snapshotV5Schema>;

/** Written out, not taken from the editing schemas: an old approval must always read the same. */
const v5NobodyStandingIn = '';

/**
 * Formats 1 to 4 came before a goal named who stands in: none of their goals did, and nothing
 * printed one.
 */
export function beforeStandIn(content: SnapshotV4['content']): SnapshotV5['content'] {
  return {
    ...content,
    goals: content.goals.map((goal) => ({ ...goal, standIn: v5NobodyStandingIn })),
  };
}
