import type { BackupSummary } from '@shared/api/library-contract';
import type { Text } from '../../i18n/use-text';

/** "Revision 2, approved": the agreement a backup holds. */
export function revisionText(text: Text, summary: BackupSummary): string {
  return text('library.revision', { revision: summary.revision, status: summary.status });
}

/** "8 goals · 1 approval · 40 customer entries · 1,200 complaint rows": what else it holds. */
export function contentsText(text: Text, summary: BackupSummary): string {
  return text('library.contents', {
    goals: summary.goals,
    approvals: summary.approvals,
    entries: summary.customerEntries,
    rows: summary.complaintRows,
  });
}
