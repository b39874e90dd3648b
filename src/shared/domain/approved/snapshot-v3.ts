import { z } from 'zod';
import { meetingV1Schema, outcomeV1Schema } from './snapshot-v1';
import { contentV2Schema } from './snapshot-v2';

// The shape of an approved snapshot as LOS Builder writes it in snapshot format 3 (from data
// format 6 on): format 2 with `stretch` on every goal, true when the board marked it a stretch
// beyond today's level (issue 11). A goal's area and direction are never null here: approval is
// refused while a goal has either unchosen. Built from format 2's parts, which never change, and
// never changed itself (docs/architecture.md, "Adding a field to a goal").

const goalV3 = contentV2Schema.shape.goals.element.extend({ stretch: z.boolean() });

/** What the board approved, as snapshot format 3 stores it. */
export const contentV3Schema = contentV2Schema.extend({ goals: z.array(goalV3) });

export const snapshotV3Schema = z.strictObject({
  content: contentV3Schema,
  meeting: meetingV1Schema,
  outcome: outcomeV1Schema,
});
export type SnapshotV3 = z.output<typeof snapshotV3Schema>;
