import { createHash } from 'node:crypto';
import { z } from 'zod';
import { isFrozen } from '../../shared/domain/approved/audit-records';
import type { Workbook } from '../../shared/domain/workbook';
import { decodeComplaintLogFile } from '../store/complaint-log-codec';
import { changeCountsSchema, type ChangeCounts } from '../store/lineage-file';
import { parseJson, decodeWorkbookFile, UnreadableFileError } from '../store/workbook-codec';
import type { Versioning } from '../store/workbook-codec';
import { BackupRefused } from './backup-refused';

/** What every backup file says it is; docs/data-format.md "Backup files". */
export const backupKind = 'los-builder-backup';
/** The backup file's own format number; a newer one is refused, never guessed at. */
export const backupFormat = 1;
export const backupExtension = 'losbackup';

/** The two data files, byte for byte as they were on disk (the log is absent when none was imported). */
export interface BackupParts {
  workbook: string;
  complaintLog: string | null;
}

/** Who the backup belongs to: the same utility on two laptops shares `utilityId`. */
export interface BackupLineage {
  utilityId: string;
  changes: ChangeCounts;
}

const partSchema = z.strictObject({
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  bytes: z.number().int().min(0),
});

const manifestSchema = z.strictObject({
  appVersion: z.string().max(100),
  dataFormat: z.number().int().min(1),
  createdAt: z.iso.datetime(),
  lineage: z.strictObject({ utilityId: z.string().max(100), changes: changeCountsSchema }),
  utility: z.strictObject({ name: z.string().max(400), systemId: z.string().max(40) }),
  /** What it holds, so a list of backups need not read every part (a restore checks them all). */
  holds: z.strictObject({
    revision: z.number().int().min(1),
    status: z.enum(['draft', 'approved']),
    lastChange: z.iso.datetime(),
    goals: z.number().int().min(0),
    approvals: z.number().int().min(0),
    customerEntries: z.number().int().min(0),
    complaintRows: z.number().int().min(0),
  }),
  parts: z.strictObject({ workbook: partSchema, complaintLog: partSchema.nullable() }),
});
export type BackupManifest = z.output<typeof manifestSchema>;

const headSchema = z.looseObject({ kind: z.literal(backupKind), format: z.number().int() });

const fileSchema = z.strictObject({
  kind: z.literal(backupKind),
  format: z.literal(backupFormat),
  manifest: manifestSchema,
  parts: z.strictObject({ workbook: z.string(), complaintLog: z.string().nullable() }),
});

export function sha256Of(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

function describePart(text: string) {
  return { sha256: sha256Of(text), bytes: Buffer.byteLength(text, 'utf8') };
}

export interface EncodeBackupInput {
  parts: BackupParts;
  workbook: Workbook;
  /** When the agreement data was last saved, and how many complaint rows the log holds. */
  holds: { lastChange: Date; complaintRows: number };
  lineage: BackupLineage;
  appVersion: string;
  dataFormat: number;
  createdAt: Date;
}

/** One JSON envelope: the manifest, then each data file as exact text. */
export function encodeBackup(input: EncodeBackupInput): string {
  const { parts, workbook } = input;
  const manifest: BackupManifest = {
    appVersion: input.appVersion,
    dataFormat: input.dataFormat,
    createdAt: input.createdAt.toISOString(),
    lineage: input.lineage,
    utility: { name: workbook.utility.value.name, systemId: workbook.utility.value.systemId },
    holds: {
      revision: workbook.agreement.revision,
      status: isFrozen(workbook) ? 'approved' : 'draft',
      lastChange: input.holds.lastChange.toISOString(),
      goals: workbook.goals.length,
      approvals: workbook.approvals.length,
      customerEntries: workbook.customers.entries.length,
      complaintRows: input.holds.complaintRows,
    },
    parts: {
      workbook: describePart(parts.workbook),
      complaintLog: parts.complaintLog === null ? null : describePart(parts.complaintLog),
    },
  };
  return `${JSON.stringify({ kind: backupKind, format: backupFormat, manifest, parts })}\n`;
}

/** A checked backup, ready to preview and restore. */
export interface Restorable {
  parts: BackupParts;
  workbook: Workbook;
  /** When its agreement data was last saved. */
  savedAt: Date;
  /** The data file's format as it was saved (before any conversion). */
  dataFormat: number;
  complaintRows: number;
  /** Null for an automatic backup from before backups carried it. */
  lineage: BackupLineage | null;
  createdAt: Date;
  /** Null when not recorded (the same older automatic backups). */
  appVersion: string | null;
}

/**
 * Bytes of a backup file → its checked contents. Every part must match its checksum and
 * length and read as this version's data; otherwise BackupRefused says why in plain words.
 */
export function decodeBackup(bytes: Uint8Array, versioning: Versioning): Restorable {
  const json = readJson(bytes);
  const head = headSchema.safeParse(json);
  if (!head.success) throw new BackupRefused('refusals.backup.notBackup');
  if (head.data.format > backupFormat) {
    throw new BackupRefused('refusals.backup.newer', { format: head.data.format });
  }
  const file = fileSchema.safeParse(json);
  if (!file.success) throw new BackupRefused('refusals.backup.partsMissing');
  const { manifest, parts } = file.data;
  checkPart('data', parts.workbook, manifest.parts.workbook);
  if ((parts.complaintLog === null) !== (manifest.parts.complaintLog === null)) {
    throw new BackupRefused('refusals.backup.logMismatch');
  }
  if (parts.complaintLog !== null && manifest.parts.complaintLog !== null) {
    checkPart('log', parts.complaintLog, manifest.parts.complaintLog);
  }
  const decoded = decodePart('data', () =>
    decodeWorkbookFile(Buffer.from(parts.workbook, 'utf8'), versioning),
  );
  const complaintLog =
    parts.complaintLog === null
      ? null
      : decodePart('log', () =>
          decodeComplaintLogFile(Buffer.from(parts.complaintLog ?? '', 'utf8')),
        );
  return {
    parts,
    workbook: decoded.workbook,
    savedAt: decoded.savedAt,
    dataFormat: decoded.schemaVersion,
    complaintRows: complaintLog?.rows.length ?? 0,
    lineage: manifest.lineage,
    createdAt: new Date(manifest.createdAt),
    appVersion: manifest.appVersion,
  };
}

/** Which part of a backup a refusal names: the agreement data or the complaint log. */
type BackupPart = 'data' | 'log';

function readJson(bytes: Uint8Array): unknown {
  try {
    // A backup holds whole data files, so it may be as large as they are together.
    return parseJson(bytes, 1024 * 1024 * 1024);
  } catch (error) {
    if (!(error instanceof UnreadableFileError)) throw new BackupRefused('refusals.backup.notRead');
    if (error.why === 'cutOff') throw new BackupRefused('refusals.backup.cutOff');
    throw new BackupRefused('refusals.fileReason', { why: error.why });
  }
}

function checkPart(part: BackupPart, text: string, expected: z.output<typeof partSchema>): void {
  const actual = describePart(text);
  if (actual.bytes !== expected.bytes || actual.sha256 !== expected.sha256) {
    throw new BackupRefused('refusals.backup.checksum', { part });
  }
}

function decodePart<T>(part: BackupPart, decode: () => T): T {
  try {
    return decode();
  } catch (error) {
    if (error instanceof UnreadableFileError) {
      throw new BackupRefused('refusals.backup.partUnreadable', { part, reason: error.reason });
    }
    // An AppError here is a data format this version must not touch (newer, or too old).
    throw new BackupRefused('refusals.backup.partFormat', { part });
  }
}

/**
 * What a backup file says it holds, from its manifest alone (the parts are not checked): for
 * listing automatic backups quickly. Restoring reads and checks everything.
 */
export function readBackupManifest(bytes: Uint8Array): BackupManifest {
  const head = z.looseObject({
    kind: z.literal(backupKind),
    format: z.literal(backupFormat),
    manifest: manifestSchema,
  });
  const parsed = head.safeParse(readJson(bytes));
  if (!parsed.success) throw new BackupRefused('refusals.backup.notThisVersion');
  return parsed.data.manifest;
}
