import { z } from 'zod';
import { issueMessage } from '../i18n/issue-said';
import {
  columnChoicesSchema,
  columnMappingSchema,
  complaintRowSchema,
} from '../domain/customers/complaint-log';
import { customerRecordsSchema } from '../domain/customers/customer-records';
import { evidenceLinkSchema } from '../domain/customers/evidence';
import {
  feedbackEntryFieldsSchema,
  feedbackEntrySchema,
  feedbackTopics,
  outreachFieldsSchema,
  outreachSchema,
} from '../domain/customers/feedback-entry';
import { feedbackPlanSchema } from '../domain/customers/feedback-plan';
import { complaintSummarySchema } from '../domain/customers/feedback-summary';
import { complaintPreviewSchema } from '../domain/customers/csv/complaint-preview';
import { rowId } from '../domain/text';
import { revSchema, versioned } from '../domain/versioned';
import { csvFileSchema } from './csv-file';
import type { AreaContract } from './method-spec';
import { noInput } from './no-input';

const count = z.number().int().min(0);

/** Step 4's view: the workbook's customer records and the complaint log in figures. */
export const customersViewSchema = z.strictObject({
  records: customerRecordsSchema,
  complaints: complaintSummarySchema,
});
export type CustomersView = z.output<typeof customersViewSchema>;

export const deletedEntrySchema = z.strictObject({
  entry: feedbackEntrySchema,
  index: z.number().int().min(0),
});
export type DeletedEntry = z.output<typeof deletedEntrySchema>;

/** A complaint file open in main; made by `complaints:open`, so never typed by a user. */
const openFileId = z.uuid({ error: issueMessage('validation.api.complaintFile') });

/** Step 4 and the complaint log: every method, merged into the one contract. */
export const customerContract = {
  /** Step 4: the plan, outreaches, feedback, evidence links, and the complaint log's figures. */
  'customers:get': { input: noInput, output: customersViewSchema },
  /** Saves the plan (what the board knows of its customers, the methods chosen) if `rev` matches. */
  'customers:savePlan': {
    input: z.strictObject({ rev: revSchema, value: feedbackPlanSchema }),
    output: versioned(feedbackPlanSchema),
  },
  'customers:addOutreach': {
    input: z.strictObject({ fields: outreachFieldsSchema }),
    output: outreachSchema,
  },
  'customers:updateOutreach': {
    input: z.strictObject({ id: rowId, rev: revSchema, fields: outreachFieldsSchema }),
    output: outreachSchema,
  },
  /** Deletes an outreach and the feedback recorded under it (the screen confirms first). */
  'customers:deleteOutreach': {
    input: z.strictObject({ id: rowId }),
    output: z.strictObject({ id: rowId, entriesDeleted: count }),
  },
  /** Adds one piece of feedback to an outreach; the fast-entry form calls it once per card. */
  'customers:addEntry': {
    input: z.strictObject({ outreachId: rowId, fields: feedbackEntryFieldsSchema }),
    output: feedbackEntrySchema,
  },
  'customers:updateEntry': {
    input: z.strictObject({ id: rowId, rev: revSchema, fields: feedbackEntryFieldsSchema }),
    output: feedbackEntrySchema,
  },
  /** Deletes an entry; answers it and its place so the user can undo. */
  'customers:deleteEntry': { input: z.strictObject({ id: rowId }), output: deletedEntrySchema },
  /** Puts a deleted entry back where it stood (Undo), with its id, so its links come back. */
  'customers:restoreEntry': { input: deletedEntrySchema, output: feedbackEntrySchema },
  /** Links evidence to an external goal; linking twice changes nothing. Answers every link. */
  'customers:link': { input: evidenceLinkSchema, output: z.array(evidenceLinkSchema) },
  'customers:unlink': { input: evidenceLinkSchema, output: z.array(evidenceLinkSchema) },
  /**
   * Reads a CSV complaint log once and keeps it in main under `fileId` while the user maps its
   * columns (a 20 MB file is not sent again for every change); answers what importing it with
   * the columns suggested from its headers would do. Stores nothing.
   */
  'complaints:open': {
    input: csvFileSchema,
    output: z.strictObject({ fileId: openFileId, preview: complaintPreviewSchema }),
    body: 'file',
  },
  /** What importing the open file with these columns would do; stores nothing. */
  'complaints:preview': {
    input: z.strictObject({ fileId: openFileId, mapping: columnChoicesSchema }),
    output: complaintPreviewSchema,
  },
  /**
   * Imports every row of the open file or none; rows already imported are skipped, so a second
   * import adds nothing. The file is let go once imported.
   */
  'complaints:import': {
    input: z.strictObject({ fileId: openFileId, mapping: columnMappingSchema }),
    output: z.strictObject({
      added: count,
      alreadyImported: count,
      summary: complaintSummarySchema,
    }),
  },
  /** Every imported complaint, oldest import first. */
  'complaints:rows': { input: noInput, output: z.array(complaintRowSchema) },
  /** Sets one complaint's topic; a later import of the same file keeps the choice. */
  'complaints:setTopic': {
    input: z.strictObject({ key: complaintRowSchema.shape.key, topic: z.enum(feedbackTopics) }),
    output: complaintRowSchema,
  },
  /** Removes one import's rows (a file imported with the wrong columns). */
  'complaints:removeImport': {
    input: z.strictObject({ importId: rowId }),
    output: complaintSummarySchema,
  },
} as const satisfies AreaContract<'customers' | 'complaints'>;
