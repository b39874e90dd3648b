import { emptyMeeting } from '../../shared/domain/approval';
import type { Workbook } from '../../shared/domain/workbook';
import { AppError } from '../app-error';
import { refusal } from '../messages/refusal';
import { auditOf } from '../services/records';

/**
 * Starts revision N+1 inside a workbook change: the approved content stays as the new draft,
 * and the meeting keeps the board's rules only. Refused while the working copy is a draft.
 * Answers the new revision's number.
 */
export function startNextRevision(draft: Workbook, before: Workbook): number {
  const { revision } = before.agreement;
  if (!auditOf(before).frozen) {
    throw new AppError('conflict', refusal('refusals.stillDraft', { revision }));
  }
  const { seats, quorumRule, quorumFixed, threshold } = draft.meeting.value;
  draft.agreement = { revision: revision + 1, status: 'draft' };
  draft.meeting = {
    rev: draft.meeting.rev + 1,
    value: { ...structuredClone(emptyMeeting), seats, quorumRule, quorumFixed, threshold },
  };
  return revision + 1;
}
