import type { Workbook } from '../../shared/domain/workbook';
import type { WorkbookStore } from '../services/editable-store';
import { applyVersioned } from '../services/save-versioned';
import type { AreaHandlers } from '../../shared/api/contract';

/**
 * A vote recorded for someone since removed from the board counts for nothing; dropping it when
 * the board changes keeps the meeting record to people on the board, so a vote by anyone else
 * can only mean the file was edited by hand (approved/audit-records.ts reports it).
 */
function dropVotesOfFormerMembers(draft: Workbook): void {
  const board = new Set(draft.utility.value.board.map((member) => member.id));
  const { votes } = draft.meeting.value;
  const kept = votes.filter((vote) => board.has(vote.memberId));
  if (kept.length === votes.length) return;
  draft.meeting = { rev: draft.meeting.rev + 1, value: { ...draft.meeting.value, votes: kept } };
}

/** Step 1: the utility, its board, operators and planning team. */

export function createUtilityService(repository: WorkbookStore): AreaHandlers<'utility'> {
  return {
    'utility:get': () => repository.read().utility,
    'utility:save': async (input) => {
      const saved = await repository.update((draft) => {
        applyVersioned(draft, 'utility', input);
        dropVotesOfFormerMembers(draft);
      });
      return saved.utility;
    },
  };
}
