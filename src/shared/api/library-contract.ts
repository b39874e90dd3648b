import { z } from 'zod';
import { lineText } from '../domain/text';
import { issueMessage } from '../i18n/issue-said';
import { exportResultSchema } from './export-result';
import type { AreaContract } from './method-spec';
import { noInput } from './no-input';

/** A utility's folder on this computer: `first` for the data folder itself, else its own id. */
export const utilityKeySchema = z
  .string({ error: issueMessage('validation.api.utility') })
  .regex(/^[a-z0-9-]{1,40}$/, issueMessage('validation.api.utility'));

/** Where a utility's agreement stands, as the start screen shows it. */
export const standingSchema = z.strictObject({
  /** 'empty' until anything is saved; 'unreadable' when its data file cannot be read. */
  status: z.enum(['empty', 'draft', 'approved', 'unreadable']),
  /** The working copy's revision number. */
  revision: z.number().int().min(1),
  /** The revision approved last, if any. */
  approvedRevision: z.number().int().min(1).nullable(),
  /** The annual review of the last approved revision, YYYY-MM-DD. */
  reviewDue: z.string().nullable(),
});
export type Standing = z.output<typeof standingSchema>;

export const utilityEntrySchema = z.strictObject({
  key: utilityKeySchema,
  /** As typed on step 1; empty until named. */
  name: z.string(),
  systemId: z.string(),
  /** When its data was last saved (ISO); null when nothing is saved yet. */
  lastChange: z.string().nullable(),
  standing: standingSchema,
  /** The one this window works on. */
  open: z.boolean(),
  /** A copy of the example utility shipped with the app, not a real utility's records. */
  example: z.boolean(),
});
export type UtilityEntry = z.output<typeof utilityEntrySchema>;

export const removedUtilitySchema = z.strictObject({
  removalId: z.string(),
  name: z.string(),
  systemId: z.string(),
  removedAt: z.string(),
});
export type RemovedUtility = z.output<typeof removedUtilitySchema>;

/** The restore that can still be undone: the data it replaced is kept aside. */
export const undoableRestoreSchema = z.strictObject({
  undoId: z.string(),
  restoredAt: z.string(),
  /** What was restored: the backup file's name, or the automatic backup's time. */
  from: z.string(),
});

export const libraryViewSchema = z.strictObject({
  utilities: z.array(utilityEntrySchema),
  removed: z.array(removedUtilitySchema),
  /** The folder everything is kept in, to show the user (and open on the desktop). */
  dataFolder: z.string(),
  canShowFolder: z.boolean(),
  lastRestore: undoableRestoreSchema.nullable(),
});
export type LibraryView = z.output<typeof libraryViewSchema>;

/** What a backup holds, read and checked before anything changes. */
export const backupSummarySchema = z.strictObject({
  utilityName: z.string(),
  systemId: z.string(),
  revision: z.number().int(),
  status: z.enum(['draft', 'approved']),
  /** When its data was last saved (ISO). */
  lastChange: z.string(),
  /** When the backup was made (ISO). */
  createdAt: z.string(),
  appVersion: z.string(),
  goals: z.number().int(),
  approvals: z.number().int(),
  customerEntries: z.number().int(),
  complaintRows: z.number().int(),
});
export type BackupSummary = z.output<typeof backupSummarySchema>;

export const automaticBackupSchema = z.strictObject({
  name: z.string(),
  takenAt: z.string(),
  /** Null when it cannot be read; `problem` then says why. */
  summary: backupSummarySchema.nullable(),
  problem: z.string().nullable(),
});
export type AutomaticBackup = z.output<typeof automaticBackupSchema>;

/**
 * How the backup relates to the data it would replace: the same; newer; older (its last
 * change is before the one here); both changed since they last matched; or a utility not on
 * this computer (added as a new one).
 */
export const backupRelationSchema = z.enum(['same', 'newer', 'older', 'both-changed', 'new']);
export type BackupRelation = z.output<typeof backupRelationSchema>;

export const backupPreviewSchema = z.strictObject({
  previewId: z.string(),
  from: z.string(),
  summary: backupSummarySchema,
  relation: backupRelationSchema,
  /** The utility it would replace; null when it is added as a new utility. */
  target: z
    .strictObject({ key: utilityKeySchema, name: z.string(), lastChange: z.string().nullable() })
    .nullable(),
  /** One or two plain sentences: what restoring does, with both dates when it matters. */
  message: z.string(),
});
export type BackupPreview = z.output<typeof backupPreviewSchema>;

/** Far above a 20,000-card workbook with a 100,000-row complaint log; fits a 48 MB request. */
export const maxBackupBytes = 34 * 1024 * 1024;
export const backupTooLarge =
  'This file is larger than any LOS Builder backup can be. Choose the .losbackup file you saved.';

const backupSource = z.union([
  z.strictObject({
    fileName: lineText('validation.label.file.name', 300),
    fileBase64: z.string().max(Math.ceil(maxBackupBytes / 3) * 4, backupTooLarge),
  }),
  z.strictObject({ pick: z.literal(true) }),
  z.strictObject({ automatic: z.string().max(200) }),
]);

/** The utilities kept on this computer, and the backups of the one open. */
export const libraryContract = {
  /** Every utility on this computer, the removed ones that can come back, and the data folder. */
  'library:list': { input: noInput, output: libraryViewSchema },
  /** Starts a new, empty utility and opens it. */
  'library:create': { input: noInput, output: z.strictObject({ key: utilityKeySchema }) },
  /**
   * Opens the example utility: the copy of it already kept here, else a new copy of the one
   * shipped with the app, in a folder of its own. Never touches another utility.
   */
  'library:openExample': { input: noInput, output: z.strictObject({ key: utilityKeySchema }) },
  /** Saves what is pending, closes the utility open now and opens this one. */
  'library:open': {
    input: z.strictObject({ key: utilityKeySchema }),
    output: z.strictObject({ key: utilityKeySchema }),
  },
  /** Moves a utility that is not open to the removed ones (nothing is deleted). */
  'library:remove': {
    input: z.strictObject({ key: utilityKeySchema }),
    output: z.strictObject({ removalId: z.string() }),
  },
  /** Brings a removed utility back to the list. */
  'library:undoRemove': {
    input: z.strictObject({ removalId: z.string().max(100) }),
    output: z.strictObject({ key: utilityKeySchema }),
  },
  /** Opens the data folder in the system's file manager (desktop); false where it cannot. */
  'library:showFolder': { input: noInput, output: z.boolean() },
  /** Writes the open utility's backup file: a save dialog (desktop) or a download (browser). */
  'backup:save': { input: noInput, output: exportResultSchema },
  /** The open utility's automatic backups, newest first, with what each holds. */
  'backup:list': { input: noInput, output: z.array(automaticBackupSchema) },
  /**
   * Reads and checks a backup (a chosen file, main's open dialog, or an automatic backup) and
   * says what restoring it would do. Changes nothing; null when the dialog is cancelled.
   */
  'backup:preview': { input: backupSource, output: backupPreviewSchema.nullable(), body: 'file' },
  /**
   * Restores the previewed backup: over its utility (`replace`; the data there is kept aside)
   * or as a separate new utility (`copy`). Opens the utility it went to.
   */
  'backup:restore': {
    input: z.strictObject({ previewId: z.string().max(100), as: z.enum(['replace', 'copy']) }),
    output: z.strictObject({ key: utilityKeySchema }),
  },
  /** Puts back the data the last restore replaced. */
  'backup:undoRestore': {
    input: z.strictObject({ undoId: z.string().max(100) }),
    output: z.strictObject({ key: utilityKeySchema }),
  },
} as const satisfies AreaContract<'library' | 'backup'>;
