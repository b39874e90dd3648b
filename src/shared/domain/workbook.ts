import { z } from 'zod';
import { issueMessage } from '../i18n/issue-said';
import { agreementStateSchema } from './agreement-version';
import { storedApprovalSchema } from './approved/stored-approval';
import { emptyMeeting, meetingSchema } from './approval';
import { customerRecordsSchema, emptyCustomerRecords } from './customers/customer-records';
import { goalSchema } from './goal';
import { defaultReviewSettings, reviewSettingsSchema } from './review-settings';
import { emptyScope, scopeSchema } from './scope';
import { emptyTracking, trackingSchema } from './tracking/tracking-records';
import { emptyUtilityProfile, utilityProfileSchema } from './utility';
import { wizardStateSchema, type WizardState } from './wizard';
import { versioned } from './versioned';

/** Everything one utility's agreement holds: the document the store keeps. */
export const workbookSchema = z.strictObject({
  utility: versioned(utilityProfileSchema),
  scope: versioned(scopeSchema),
  /** Internal and external goals, in the order the board set. */
  goals: z.array(goalSchema).max(200, issueMessage('validation.goal.tooMany')),
  /** Step 4: the conversation with customers and what it brought (the complaint log is apart). */
  customers: customerRecordsSchema,
  review: versioned(reviewSettingsSchema),
  /** The working copy's revision number and whether it is approved (and so frozen). */
  agreement: agreementStateSchema,
  /** The meeting that votes on the working copy (step 7). */
  meeting: versioned(meetingSchema),
  /** Every approved revision's record, oldest first; read through approved/audit-records.ts. */
  approvals: z.array(storedApprovalSchema),
  /** Actual results measured against the approved agreement: records about it, not part of it. */
  tracking: trackingSchema,
  wizard: wizardStateSchema,
  /**
   * True only in a copy of the example utility shipped with the app (resources/example): every
   * screen and paper marks it. Never part of an approved record, so no fingerprint covers it.
   */
  example: z.boolean(),
});
export type Workbook = z.output<typeof workbookSchema>;

const firstStep: WizardState = { currentStep: 'utility' };

export function emptyWorkbook(): Workbook {
  return structuredClone({
    utility: { rev: 0, value: emptyUtilityProfile },
    scope: { rev: 0, value: emptyScope },
    goals: [],
    customers: emptyCustomerRecords(),
    review: { rev: 0, value: defaultReviewSettings },
    agreement: { revision: 1, status: 'draft' as const },
    meeting: { rev: 0, value: emptyMeeting },
    approvals: [],
    tracking: emptyTracking(),
    wizard: firstStep,
    example: false,
  });
}
