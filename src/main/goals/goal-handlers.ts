import type { AreaHandlers } from '../../shared/api/contract';
import type { HandlerDeps } from '../handler-deps';
import { editableStore } from '../services/editable-store';
import { createGoalService } from './goal-service';
import { templateLibrary } from './template-library';

/** Steps 3 and 5: the goals, and the library they are often started from. */
export function goalHandlers(deps: HandlerDeps): AreaHandlers<'goals' | 'templates'> {
  return {
    ...createGoalService(editableStore(deps.repository)),
    'templates:list': templateLibrary,
  };
}
