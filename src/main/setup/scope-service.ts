import type { WorkbookStore } from '../services/editable-store';
import { saveVersioned } from '../services/save-versioned';
import type { AreaHandlers } from '../../shared/api/contract';

/** Step 2: goal areas, mission and boundaries. */

export function createScopeService(repository: WorkbookStore): AreaHandlers<'scope'> {
  return {
    'scope:get': () => repository.read().scope,
    'scope:save': (input) => saveVersioned(repository, 'scope', input),
  };
}
