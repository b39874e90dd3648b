import type { AppStatus, Handlers } from '../shared/api/contract';
import { createGoalService } from './services/goal-service';
import { createReviewService } from './services/review-service';
import { createScopeService } from './services/scope-service';
import { templateLibrary } from './services/template-library';
import { createUtilityService } from './services/utility-service';
import { createWizardService } from './services/wizard-service';
import type { WorkbookRepository } from './store/repository';

export interface HandlerDeps {
  repository: WorkbookRepository;
  status: () => AppStatus;
}

/** Every method of the contract, each a thin call into a service. */
export function createHandlers(deps: HandlerDeps): Handlers {
  const utility = createUtilityService(deps.repository);
  const scope = createScopeService(deps.repository);
  const wizard = createWizardService(deps.repository);
  const goals = createGoalService(deps.repository);
  const review = createReviewService(deps.repository);
  return {
    'app:status': () => Promise.resolve(deps.status()),
    'utility:get': () => Promise.resolve(utility.get()),
    'utility:save': (input) => utility.save(input),
    'scope:get': () => Promise.resolve(scope.get()),
    'scope:save': (input) => scope.save(input),
    'wizard:get': () => Promise.resolve(wizard.get()),
    'wizard:setStep': (input) => wizard.setStep(input),
    'templates:list': () => Promise.resolve(templateLibrary()),
    'goals:list': () => Promise.resolve(goals.list()),
    'goals:add': (input) => goals.add(input.fields),
    'goals:update': (input) => goals.update(input),
    'goals:delete': (input) => goals.delete(input),
    'goals:restore': (input) => goals.restore(input),
    'goals:reorder': (input) => goals.reorder(input),
    'review:get': () => Promise.resolve(review.get()),
    'review:save': (input) => review.save(input),
  };
}
