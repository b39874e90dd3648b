import type { ApprovedVersion } from '../../src/shared/domain/agreement-version';
import { readApprovedVersion } from '../../src/shared/domain/approved/read-approved-version';
import type { StoredApproval } from '../../src/shared/domain/approved/stored-approval';
import { sha256Hex } from '../../src/main/services/records';

/** A stored approval read the way the app reads it; fails the test when it is not intact. */
export function readIntact(stored: StoredApproval): ApprovedVersion {
  const read = readApprovedVersion(stored, sha256Hex);
  if (!read.ok) throw new Error(`Revision ${stored.revision} is ${read.problem}.`);
  return read.version;
}
