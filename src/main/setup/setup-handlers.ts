import type { AreaHandlers } from '../../shared/api/contract';
import type { AppStatus } from '../../shared/api/setup-contract';
import type { Language } from '../../shared/domain/printed-date';
import type { Workbook } from '../../shared/domain/workbook';
import { sayIn } from '../../shared/i18n/say-in';
import type { HandlerDeps } from '../handler-deps';
import { noticeIn, type MainStatus } from '../said-notice';
import { editableStore } from '../services/editable-store';
import { auditOf } from '../services/records';
import { createScopeService } from './scope-service';
import { createUtilityService } from './utility-service';
import { createWizardService } from './wizard-service';

/**
 * Start-up notices, plus a red one for each problem with the board's records: checked on every
 * call, so a notice stays as long as its cause does. All said in the asking window's language.
 * Whether the utility is the example comes from its workbook, where the mark is kept.
 */
function withRecordNotices(status: MainStatus, workbook: Workbook, language: Language): AppStatus {
  const problems = auditOf(workbook).problems.map((problem) => ({
    level: 'error' as const,
    message: sayIn(problem, language),
  }));
  const notices = status.notices.map((notice) => noticeIn(notice, language));
  const utility = { ...status.utility, example: workbook.example };
  return { ...status, utility, notices: [...notices, ...problems] };
}

/** Setting up: the app's status, steps 1 and 2, and the step on screen. */
export function setupHandlers(
  deps: HandlerDeps,
): AreaHandlers<'app' | 'utility' | 'scope' | 'wizard'> {
  // Services that edit the agreement only ever see the guarded store: approved means frozen.
  const editable = editableStore(deps.repository);
  return {
    'app:status': async (_input, context) =>
      withRecordNotices(await deps.status(), deps.repository.read(), context?.language ?? 'en'),
    ...createUtilityService(editable),
    ...createScopeService(editable),
    // Moving between steps is not an edit: a frozen agreement can still be read step by step.
    ...createWizardService(deps.repository),
  };
}
