import type { BackupSummary } from '@shared/api/library-contract';
import { plural } from '@shared/domain/numbers/plural';

/** "Revision 2, approved": the agreement a backup holds. */
export function revisionText(summary: BackupSummary): string {
  return `Revision ${summary.revision}, ${summary.status === 'approved' ? 'approved' : 'draft'}`;
}

/** "8 goals · 1 approval · 40 customer entries · 1,200 complaint rows": what else it holds. */
export function contentsText(summary: BackupSummary): string {
  return [
    plural(summary.goals, 'goal'),
    plural(summary.approvals, 'approval'),
    plural(summary.customerEntries, 'customer entry', 'customer entries'),
    plural(summary.complaintRows, 'complaint row'),
  ].join(' · ');
}
