import { isFrozen, storedMeetingDate } from '../../shared/domain/approved/audit-records';
import { plainDate } from '../../shared/domain/plain-date';
import { printedDate } from '../../shared/domain/printed-date';
import { said, type Said } from '../../shared/i18n/said';
import { saidEach } from '../../shared/i18n/said-each';
import type { Workbook } from '../../shared/domain/workbook';
import { AppError } from '../app-error';
import type { WorkbookRepository } from '../store/repository';

/** What a service needs from the store: the saved state and a queued, durable update. */
export type WorkbookStore = Pick<WorkbookRepository, 'read' | 'update'>;

/** Why an approved working copy refuses every edit, naming the revision and the meeting. */
export function frozenMessage(workbook: Workbook): Said {
  const { revision } = workbook.agreement;
  const approval = workbook.approvals.findLast((version) => version.revision === revision);
  const day = approval ? storedMeetingDate(approval) : null;
  if (!day) return said('approvalRules.frozen', { revision });
  const date = saidEach({ en: plainDate(day), es: printedDate(day, 'es') });
  return said('approvalRules.frozen.onDay', { revision, date });
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
