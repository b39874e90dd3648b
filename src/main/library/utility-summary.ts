import { join } from 'node:path';
import type { Standing } from '../../shared/api/library-contract';
import { z } from 'zod';
import { agreementStateSchema, type AgreementState } from '../../shared/domain/agreement-version';
import { readApprovedVersion } from '../../shared/domain/approved/read-approved-version';
import {
  storedApprovalSchema,
  type StoredApproval,
} from '../../shared/domain/approved/stored-approval';
import type { Workbook } from '../../shared/domain/workbook';
import { sha256Hex } from '../services/records';
import { errorCode, type FsPort } from '../store/fs-port';
import { loadLineage, type Lineage } from '../store/lineage-file';
import { DATA_FILE } from '../store/store-files';
import { decodeWorkbookFile, parseJson, savedAtOf, type Versioning } from '../store/workbook-codec';

/** What the start screen and a restore's preview need to know of one utility's folder. */
export interface UtilitySummary {
  name: string;
  systemId: string;
  lastChange: Date | null;
  standing: Standing;
  /** A copy of the shipped example utility (the workbook's own mark). */
  example: boolean;
  /** Null when the folder has no lineage yet (nothing was ever opened there). */
  lineage: Lineage | null;
}

const emptyStanding: Standing = {
  status: 'empty',
  revision: 1,
  approvedRevision: null,
  reviewDue: null,
};

/** Reads a utility's folder without opening it (no lock: every file there is replaced whole). */
export async function summarizeFolder(
  fs: FsPort,
  folder: string,
  versioning: Versioning,
): Promise<UtilitySummary> {
  const lineage = await loadLineage(fs, folder);
  let bytes: Uint8Array;
  try {
    bytes = await fs.readFile(join(folder, DATA_FILE));
  } catch (error) {
    if (errorCode(error) !== 'ENOENT') throw error;
    const empty = { name: '', systemId: '', lastChange: null, example: false };
    return { ...empty, standing: emptyStanding, lineage };
  }
  const cacheKey = `${bytes.length}:${savedAtOf(Buffer.from(bytes.subarray(0, 300)).toString('utf8'))?.toISOString()}`;
  const cached = summaries.get(folder);
  if (cached?.key === cacheKey) return { ...cached.summary, lineage };
  const summary = readSummary(bytes, versioning);
  summaries.set(folder, { key: cacheKey, summary });
  return { ...summary, lineage };
}

/**
 * A data file changes only by being replaced whole, with a new `savedAt`; so a summary is read
 * again only when the file's length or `savedAt` changed. Twelve large utilities listed again
 * read twelve files' first bytes, not twelve 6 MB files through every check.
 */
const summaries = new Map<string, { key: string; summary: Omit<UtilitySummary, 'lineage'> }>();

/** The parts of a data file the list shows, each checked; the whole file is checked when opened. */
const listedFields = z.looseObject({
  schemaVersion: z.number().int(),
  savedAt: z.iso.datetime(),
  data: z.looseObject({
    utility: z.looseObject({
      value: z.looseObject({ name: z.string(), systemId: z.string() }),
    }),
    agreement: agreementStateSchema,
    approvals: z.array(z.unknown()),
    example: z.boolean(),
  }),
});

function readSummary(bytes: Uint8Array, versioning: Versioning): Omit<UtilitySummary, 'lineage'> {
  try {
    const listed = listedFields.safeParse(parseJson(bytes));
    // An older format is read through its migrations, as opening it would.
    if (!listed.success || listed.data.schemaVersion !== versioning.schemaVersion) {
      const { workbook, savedAt } = decodeWorkbookFile(bytes, versioning);
      const { example } = workbook;
      return { ...namesOf(workbook), lastChange: savedAt, example, standing: standingOf(workbook) };
    }
    const { utility, agreement, approvals, example } = listed.data.data;
    const last = storedApprovalSchema.safeParse(approvals.at(-1));
    return {
      name: utility.value.name,
      systemId: utility.value.systemId,
      lastChange: new Date(listed.data.savedAt),
      example,
      standing: standingFrom(agreement, last.success ? last.data : undefined),
    };
  } catch {
    const standing: Standing = { ...emptyStanding, status: 'unreadable' };
    return { name: '', systemId: '', lastChange: null, example: false, standing };
  }
}

export function namesOf(workbook: Workbook): { name: string; systemId: string } {
  return { name: workbook.utility.value.name, systemId: workbook.utility.value.systemId };
}

/** Draft or approved, and when the last approved revision's annual review is due. */
export function standingOf(workbook: Workbook): Standing {
  return standingFrom(workbook.agreement, workbook.approvals.at(-1));
}

function standingFrom(agreement: AgreementState, last: StoredApproval | undefined): Standing {
  const read = last ? readApprovedVersion(last, sha256Hex) : undefined;
  return {
    status: agreement.status,
    revision: agreement.revision,
    approvedRevision: last?.revision ?? null,
    reviewDue: read?.ok ? read.version.nextReviewOn : null,
  };
}
