import { z } from 'zod';
import { meetingV1Schema, outcomeV1Schema } from './snapshot-v1';
import { contentV6Schema } from './snapshot-v6';

// The shape of an approved snapshot as LOS Builder writes it in snapshot format 7 (from data
// format 12 on): format 6 with each external goal's evidence lines in Spanish beside the English
// (`linesSpanish`), worded on the day of the approval, so what a Spanish agreement prints is
// approved content (issue 17). Built from format 6's parts, which never change, and never changed
// itself (docs/architecture.md, "Adding a field to a goal").

const feedback6 = contentV6Schema.shape.customerFeedback.unwrap().shape;

const evidence = feedback6.evidence.element.extend({
  // Optional, not required: formats 1 to 6 read up to this shape without it, and a Spanish paper
  // then prints their English lines marked as English rather than words nobody approved.
  linesSpanish: z.array(z.string()).optional(),
});

/** What the board approved, as snapshot format 7 stores it. */
export const contentV7Schema = contentV6Schema.extend({
  customerFeedback: z.strictObject({ ...feedback6, evidence: z.array(evidence) }).optional(),
});

export const snapshotV7Schema = z.strictObject({
  content: contentV7Schema,
  meeting: meetingV1Schema,
  outcome: outcomeV1Schema,
});
export type SnapshotV7 = z.output<typeof snapshotV7Schema>;
