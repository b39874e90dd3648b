import type { Handlers } from '../shared/api/contract';
import type { MethodsOf } from '../shared/api/method-spec';
import type { MethodName } from '../shared/api/methods';
import { annualReviewHandlers } from './annual-review/annual-review-handlers';
import { approvalHandlers } from './approval/approval-handlers';
import { customerHandlers } from './customers/customer-handlers';
import { createExportService } from './export/export-service';
import { goalHandlers } from './goals/goal-handlers';
import type { HandlerDeps } from './handler-deps';
import { outageHandlers } from './outages/outage-handlers';
import { reportHandlers } from './reports/report-handlers';
import { setupHandlers } from './setup/setup-handlers';
import { trackingHandlers } from './tracking/tracking-handlers';

/**
 * Every method of the contract: each area's slice, side by side with its contract slice in
 * src/shared/api. A method missing from its area (or answering the wrong shape) fails to compile.
 */
export function createHandlers(deps: HandlerDeps): UtilityHandlers {
  return {
    ...setupHandlers(deps),
    ...goalHandlers(deps),
    ...customerHandlers(deps),
    ...approvalHandlers(deps),
    ...trackingHandlers(deps),
    ...annualReviewHandlers(deps),
    ...outageHandlers(deps),
    ...reportHandlers(deps),
    ...createExportService(deps.repository, deps.delivery, {
      clock: deps.clock,
      complaints: () => deps.complaints.summary(),
      complaintLog: () => deps.complaints.read(),
    }),
  };
}

/** The methods that work on the open utility's records; the library answers the rest. */
export type UtilityMethod = Exclude<MethodName, MethodsOf<'library' | 'backup' | 'preferences'>>;
export type UtilityHandlers = Pick<Handlers, UtilityMethod>;
