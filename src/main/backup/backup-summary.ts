import type { BackupSummary } from '../../shared/api/library-contract';
import { isFrozen } from '../../shared/domain/approved/audit-records';
import type { Restorable } from './backup-file';

/** What a checked backup holds, for its preview. */
export function summaryOf(backup: Restorable): BackupSummary {
  const { workbook } = backup;
  return {
    utilityName: workbook.utility.value.name,
    systemId: workbook.utility.value.systemId,
    revision: workbook.agreement.revision,
    status: isFrozen(workbook) ? 'approved' : 'draft',
    lastChange: backup.savedAt.toISOString(),
    createdAt: backup.createdAt.toISOString(),
    appVersion: backup.appVersion ?? 'an earlier version',
    goals: workbook.goals.length,
    approvals: workbook.approvals.length,
    customerEntries: workbook.customers.entries.length,
    complaintRows: backup.complaintRows,
  };
}
