import { z } from 'zod';
import { snapshotFormats } from './snapshot-formats';

// The approval service, which makes records, takes the format to write them in from here.
export { currentSnapshotFormat } from './snapshot-formats';

/**
 * One approved revision as the data file keeps it. The covered part (`content`, `meeting`,
 * `outcome`) is kept as plain JSON and read with its own frozen schema only after its
 * fingerprint checks out (read-approved-version.ts), so a record changed by hand is reported,
 * not silently loaded, and a new field in the editing schemas never touches old approvals.
 */
export const storedApprovalSchema = z.strictObject({
  revision: z.number().int().min(1),
  /** Which frozen schema reads `content`, `meeting` and `outcome`. */
  snapshotFormat: z.literal(snapshotFormats),
  /** When the vote was recorded in the app; the approval date is the meeting's date. */
  recordedAt: z.string().max(40),
  content: z.json(),
  meeting: z.json(),
  outcome: z.json(),
  /** SHA-256 of the canonical form of { content, meeting, outcome }, 64 lowercase hex digits. */
  fingerprint: z.string().regex(/^[0-9a-f]{64}$/),
});
export type StoredApproval = z.output<typeof storedApprovalSchema>;
