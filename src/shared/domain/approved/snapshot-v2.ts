import { z } from 'zod';
import {
  contentV1Schema,
  customerFeedbackWith,
  meetingV1Schema,
  outcomeV1Schema,
} from './snapshot-v1';

// The shape of an approved snapshot as LOS Builder writes it in snapshot format 2 (from data
// format 5 on): format 1 with `unit: 'days'` on complaint response figures computed from dates
// without a time of day (issue 11). It is built from format 1's parts, which never change, and
// is never changed itself: old approvals stay readable whatever the editing schemas become
// (docs/architecture.md, "Adding a field to a goal").

const span = z.strictObject({
  count: z.number().int().min(0),
  medianHours: z.number().nullable(),
  p90Hours: z.number().nullable(),
  unit: z.literal('days').optional(),
});

/** What the board approved, as snapshot format 2 stores it. */
export const contentV2Schema = contentV1Schema.extend({
  customerFeedback: customerFeedbackWith(span).optional(),
});

export const snapshotV2Schema = z.strictObject({
  content: contentV2Schema,
  meeting: meetingV1Schema,
  outcome: outcomeV1Schema,
});
export type SnapshotV2 = z.output<typeof snapshotV2Schema>;
