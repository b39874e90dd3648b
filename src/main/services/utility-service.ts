import type { UtilityProfile } from '../../shared/domain/utility';
import type { Workbook } from '../../shared/domain/workbook';
import type { WorkbookStore } from './editable-store';
import { saveVersioned } from './save-versioned';

/** Step 1: the utility, its board, operators and planning team. */
export function createUtilityService(repository: WorkbookStore) {
  return {
    get: (): Workbook['utility'] => repository.read().utility,
    save: (input: { rev: number; value: UtilityProfile }) =>
      saveVersioned(repository, 'utility', input),
  };
}
