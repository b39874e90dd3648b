import type { AreaHandlers } from '../../shared/api/contract';
import type { HandlerDeps } from '../handler-deps';
import { editableStore } from '../services/editable-store';
import { createComplaintsService } from './complaints-service';
import { createCustomersService } from './customers-service';

/** Step 4: the plan, outreaches and feedback, and the imported complaint log. */
export function customerHandlers(deps: HandlerDeps): AreaHandlers<'customers' | 'complaints'> {
  return {
    ...createCustomersService(editableStore(deps.repository), () => deps.complaints.summary()),
    // The log is not in the workbook, so this service checks the freeze itself.
    ...createComplaintsService(deps.repository, deps.complaints, { clock: deps.clock }),
  };
}
