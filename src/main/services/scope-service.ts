import type { Scope } from '../../shared/domain/scope';
import type { Workbook } from '../../shared/domain/workbook';
import type { WorkbookStore } from './editable-store';
import { saveVersioned } from './save-versioned';

/** Step 2: goal areas, mission and boundaries. */
export function createScopeService(repository: WorkbookStore) {
  return {
    get: (): Workbook['scope'] => repository.read().scope,
    save: (input: { rev: number; value: Scope }) => saveVersioned(repository, 'scope', input),
  };
}
