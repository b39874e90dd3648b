import type { BackupSummary } from '../../shared/api/library-contract';
import { isFrozen } from '../../shared/domain/approved/audit-records';
import type { Language } from '../../shared/domain/printed-date';
import { refusal, refusalIn } from '../messages/refusal';
import type { Restorable } from './backup-file';

/** What a checked backup holds, for its preview, worded for a window showing `language`. */
export function summaryOf(backup: Restorable, language: Language): BackupSummary {
  const { workbook } = backup;
  return {
    utilityName: workbook.utility.value.name,
    systemId: workbook.utility.value.systemId,
    revision: workbook.agreement.revision,
    status: isFrozen(workbook) ? 'approved' : 'draft',
    lastChange: backup.savedAt.toISOString(),
    createdAt: backup.createdAt.toISOString(),
    appVersion: backup.appVersion ?? refusalIn(refusal('refusals.earlierVersion'), language),
    goals: workbook.goals.length,
    approvals: workbook.approvals.length,
    customerEntries: workbook.customers.entries.length,
    complaintRows: backup.complaintRows,
  };
}
