import { isFrozen, storedMeetingDate } from '../../shared/domain/approved/audit-records';
import { plainDate } from '../../shared/domain/plain-date';
import type { Workbook } from '../../shared/domain/workbook';
import { AppError } from '../app-error';
import type { WorkbookRepository } from '../store/repository';

/** What a service needs from the store: the saved state and a queued, durable update. */
export type WorkbookStore = Pick<WorkbookRepository, 'read' | 'update'>;

/** Why an approved working copy refuses every edit, naming the revision and the meeting. */
export function frozenMessage(workbook: Workbook): string {
  const { revision } = workbook.agreement;
  const approval = workbook.approvals.findLast((version) => version.revision === revision);
  const day = approval ? storedMeetingDate(approval) : null;
  const when = day ? ` on ${plainDate(day)}` : '';
  return `Revision ${revision} was approved by the board${when} and can no longer be changed. Start a new revision to make changes.`;
}

/** Throws AppError('frozen') while the working copy is an approved (frozen) version. */
export function assertEditable(workbook: Workbook): void {
  if (isFrozen(workbook)) throw new AppError('frozen', frozenMessage(workbook));
}

/**
 * The one freeze guard. Every service that edits the agreement gets this store instead of the
 * repository, so it cannot write without the check. The check runs inside the repository's
 * queue, on the latest saved state: an edit queued behind an approval is refused too.
 */
export function editableStore(repository: WorkbookStore): WorkbookStore {
  return {
    read: () => repository.read(),
    update: (mutate) =>
      repository.update((draft, saved) => {
        assertEditable(saved);
        mutate(draft, saved);
      }),
  };
}
