import { createHash } from 'node:crypto';
import { auditRecords, type RecordsAudit } from '../../shared/domain/approved/audit-records';
import type { Sha256Hex } from '../../shared/domain/approved/read-approved-version';
import type { Workbook } from '../../shared/domain/workbook';

/** SHA-256 of a text's UTF-8 bytes, synchronously, so every read can check what it shows. */
export const sha256Hex: Sha256Hex = (text) =>
  createHash('sha256').update(text, 'utf8').digest('hex');

/**
 * The board's records checked against their fingerprints and each other. Called on every read
 * that shows, prints or checks an approved revision: a file changed behind the app's back is
 * noticed when it is opened, and nothing read from it is ever printed as approved.
 */
export function auditOf(workbook: Workbook): RecordsAudit {
  return auditRecords(workbook, sha256Hex);
}
