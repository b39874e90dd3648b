import { maxCheckedPdfBytes, type AppStatus, type Handlers } from '../shared/api/contract';
import { AppError } from './app-error';
import { checkPdf } from './services/pdf-check';
import { createApprovalService } from './services/approval-service';
import { createComplaintsService } from './services/complaints-service';
import { createCustomersService } from './services/customers-service';
import { editableStore } from './services/editable-store';
import { createExportService } from './services/export-service';
import type { FileDelivery } from './services/file-delivery';
import { createGoalService } from './services/goal-service';
import { createReviewService } from './services/review-service';
import { createScopeService } from './services/scope-service';
import { templateLibrary } from './services/template-library';
import { createUtilityService } from './services/utility-service';
import { createWizardService } from './services/wizard-service';
import { auditOf } from './services/records';
import type { Workbook } from '../shared/domain/workbook';
import type { ComplaintLogStore } from './store/complaint-log-store';
import type { WorkbookRepository } from './store/repository';

export interface HandlerDeps {
  repository: WorkbookRepository;
  /** The imported complaint log (its own file beside the workbook). */
  complaints: ComplaintLogStore;
  status: () => AppStatus;
  /** Where exported PDFs go: a save dialog (desktop) or a download (browser). */
  delivery: FileDelivery;
  /** When "now" is, for approval and export dates; tests pass a fixed clock. */
  clock?: () => Date;
}

/**
 * Start-up notices, plus a red one for each problem with the board's records: checked on every
 * call, so a notice stays as long as its cause does.
 */
function withRecordNotices(status: AppStatus, workbook: Workbook): AppStatus {
  const problems = auditOf(workbook).problems.map((message) => ({
    level: 'error' as const,
    message,
  }));
  return { ...status, notices: [...status.notices, ...problems] };
}

/** Every method of the contract, each a thin call into a service. */
export function createHandlers(deps: HandlerDeps): Handlers {
  const { repository, clock } = deps;
  const complaintFigures = () => deps.complaints.summary();
  // Services that edit the agreement only ever see the guarded store: approved means frozen.
  const editable = editableStore(repository);
  const utility = createUtilityService(editable);
  const scope = createScopeService(editable);
  const goals = createGoalService(editable);
  const review = createReviewService(editable);
  const customers = createCustomersService(editable, complaintFigures);
  // The log is not in the workbook, so this service checks the freeze itself.
  const complaints = createComplaintsService(repository, deps.complaints, { clock });
  // Moving between steps is not an edit: a frozen agreement can still be read step by step.
  const wizard = createWizardService(repository);
  const approval = createApprovalService(repository, { clock, complaints: complaintFigures });
  const exports = createExportService(repository, deps.delivery, {
    clock,
    complaints: complaintFigures,
  });
  return {
    'app:status': () => Promise.resolve(withRecordNotices(deps.status(), repository.read())),
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
    'customers:get': () => Promise.resolve(customers.get()),
    'customers:savePlan': (input) => customers.savePlan(input),
    'customers:addOutreach': (input) => customers.addOutreach(input.fields),
    'customers:updateOutreach': (input) => customers.updateOutreach(input),
    'customers:deleteOutreach': (input) => customers.deleteOutreach(input),
    'customers:addEntry': (input) => customers.addEntry(input),
    'customers:updateEntry': (input) => customers.updateEntry(input),
    'customers:deleteEntry': (input) => customers.deleteEntry(input),
    'customers:restoreEntry': (input) => customers.restoreEntry(input),
    'customers:link': (input) => customers.link(input),
    'customers:unlink': (input) => customers.unlink(input),
    // A refusal (a file that is not a CSV) must arrive as a rejected promise.
    'complaints:preview': (input) => Promise.resolve().then(() => complaints.preview(input)),
    'complaints:import': (input) => complaints.import(input),
    'complaints:rows': () => Promise.resolve(complaints.rows()),
    'complaints:setTopic': (input) => complaints.setTopic(input),
    'complaints:removeImport': (input) => complaints.removeImport(input),
    'review:get': () => Promise.resolve(review.get()),
    'review:save': (input) => review.save(input),
    'approval:get': () => Promise.resolve(approval.get()),
    'approval:saveMeeting': (input) => approval.saveMeeting(input),
    'approval:approve': (input) => approval.approve(input),
    'approval:newRevision': () => approval.newRevision(),
    'approval:checkCopy': (input) => Promise.resolve(approval.checkCopy(input)),
    'approval:checkPdf': async (input) => {
      const bytes =
        'pick' in input ? await deps.delivery.pickPdf() : Buffer.from(input.pdfBase64, 'base64');
      if (bytes === null) return null;
      if (bytes.length > maxCheckedPdfBytes) {
        throw new AppError(
          'invalid-input',
          'The file is larger than 20 MB: choose the agreement PDF itself.',
        );
      }
      return checkPdf(bytes, repository.read());
    },
    // A refusal (an unknown revision) must arrive as a rejected promise, like every other handler's.
    'export:check': (input) => Promise.resolve().then(() => exports.check(input)),
    'export:agreementPdf': (input) => exports.agreementPdf(input),
    'export:customerSummaryPdf': (input) => exports.customerSummaryPdf(input),
    'export:surveyPdf': (input) => exports.surveyPdf(input),
    'export:openSaved': () => exports.openSaved(),
  };
}
