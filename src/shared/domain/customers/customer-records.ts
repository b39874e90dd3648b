import { z } from 'zod';
import { versioned } from '../versioned';
import { evidenceLinkSchema } from './evidence';
import { feedbackEntrySchema, outreachSchema } from './feedback-entry';
import { emptyFeedbackPlan, feedbackPlanSchema } from './feedback-plan';

/** Enough for years of outreach at a small utility: 200 cards an evening, many evenings. */
export const maxOutreaches = 500;
export const maxFeedbackEntries = 20_000;
export const maxEvidenceLinks = 2_000;

/**
 * Step 4's records in the workbook: the plan, each outreach and the feedback it brought, and
 * the links from external goals to that feedback. The complaint log lives in its own file.
 */
export const customerRecordsSchema = z.strictObject({
  plan: versioned(feedbackPlanSchema),
  outreaches: z
    .array(outreachSchema)
    .max(maxOutreaches, `The workbook can hold at most ${maxOutreaches} outreaches.`),
  entries: z
    .array(feedbackEntrySchema)
    .max(
      maxFeedbackEntries,
      `The workbook can hold at most ${maxFeedbackEntries} feedback entries.`,
    ),
  evidence: z
    .array(evidenceLinkSchema)
    .max(maxEvidenceLinks, `The workbook can hold at most ${maxEvidenceLinks} evidence links.`),
});
export type CustomerRecords = z.output<typeof customerRecordsSchema>;

export function emptyCustomerRecords(): CustomerRecords {
  return structuredClone({
    plan: { rev: 0, value: emptyFeedbackPlan },
    outreaches: [],
    entries: [],
    evidence: [],
  });
}
