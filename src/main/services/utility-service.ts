import type { UtilityProfile } from '../../shared/domain/utility';
import type { Workbook } from '../../shared/domain/workbook';
import type { WorkbookRepository } from '../store/repository';
import { saveVersioned } from './save-versioned';

/** Step 1: the utility, its board, operators and planning team. */
export function createUtilityService(repository: WorkbookRepository) {
  return {
    get: (): Workbook['utility'] => repository.read().utility,
    save: (input: { rev: number; value: UtilityProfile }) =>
      saveVersioned(repository, 'utility', input),
  };
}
