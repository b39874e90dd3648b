import { join } from 'node:path';
import type { Standing } from '../../shared/api/library-contract';
import { readApprovedVersion } from '../../shared/domain/approved/read-approved-version';
import type { Workbook } from '../../shared/domain/workbook';
import { sha256Hex } from '../services/records';
import { errorCode, type FsPort } from '../store/fs-port';
import { loadLineage, type Lineage } from '../store/lineage-file';
import { DATA_FILE } from '../store/store-files';
import { decodeWorkbookFile, type Versioning } from '../store/workbook-codec';

/** What the start screen and a restore's preview need to know of one utility's folder. */
export interface UtilitySummary {
  name: string;
  systemId: string;
  lastChange: Date | null;
  standing: Standing;
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
    return { name: '', systemId: '', lastChange: null, standing: emptyStanding, lineage };
  }
  try {
    const { workbook, savedAt } = decodeWorkbookFile(bytes, versioning);
    return { ...namesOf(workbook), lastChange: savedAt, standing: standingOf(workbook), lineage };
  } catch {
    const standing: Standing = { ...emptyStanding, status: 'unreadable' };
    return { name: '', systemId: '', lastChange: null, standing, lineage };
  }
}

export function namesOf(workbook: Workbook): { name: string; systemId: string } {
  return { name: workbook.utility.value.name, systemId: workbook.utility.value.systemId };
}

/** Draft or approved, and when the last approved revision's annual review is due. */
export function standingOf(workbook: Workbook): Standing {
  const last = workbook.approvals.at(-1);
  const read = last ? readApprovedVersion(last, sha256Hex) : undefined;
  return {
    status: workbook.agreement.status,
    revision: workbook.agreement.revision,
    approvedRevision: last?.revision ?? null,
    reviewDue: read?.ok ? read.version.nextReviewOn : null,
  };
}
