import type { UtilityProfile } from '../../shared/domain/utility';
import type { Workbook } from '../../shared/domain/workbook';
import type { WorkbookStore } from './editable-store';
import { applyVersioned } from './save-versioned';

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
export function createUtilityService(repository: WorkbookStore) {
  return {
    get: (): Workbook['utility'] => repository.read().utility,
    save: async (input: { rev: number; value: UtilityProfile }): Promise<Workbook['utility']> => {
      const saved = await repository.update((draft) => {
        applyVersioned(draft, 'utility', input);
        dropVotesOfFormerMembers(draft);
      });
      return saved.utility;
    },
  };
}
