import { sampleToday } from '../../support/sample-today';
import type { Handlers, Unprintable } from '../../../src/shared/api/contract';
import type { ExportResult } from '../../../src/shared/api/export-result';
import type { ErrorCode } from '../../../src/shared/api/result';
import type { ComplaintLog } from '../../../src/shared/domain/customers/complaint-log';
import { summarizeComplaints } from '../../../src/shared/domain/customers/summarize-complaints';
import type { Workbook } from '../../../src/shared/domain/workbook';
import { createApprovalService } from '../../../src/main/services/approval-service';
import { checkPdf } from '../../../src/main/services/pdf-check';
import {
  assertEditable,
  frozenMessage,
  type WorkbookStore,
} from '../../../src/main/services/editable-store';

/** An error a handler throws; the memory Api answers it as a Result with this code. */
export class MemoryError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
  ) {
    super(message);
  }
}

/** How the memory Api's exports answer, set by each test. */
export interface ExportSettings {
  delivery: 'download' | 'saved' | 'cancelled';
  unprintable: Unprintable[];
  opened: boolean;
}

type ApprovalMethods =
  | 'approval:get'
  | 'approval:saveMeeting'
  | 'approval:approve'
  | 'approval:newRevision'
  | 'approval:checkCopy'
  | 'approval:checkPdf'
  | 'export:check'
  | 'export:agreementPdf'
  | 'export:customerSummaryPdf'
  | 'export:openSaved';

export function frozenMessageOf(workbook: Workbook): string {
  return frozenMessage(workbook);
}

/** Refuses an edit to an approved working copy, as the real freeze guard does. */
export { assertEditable };

/** The component tests' "today": after the sample meetings, so they can be approved. */
export const memoryToday = sampleToday();

/** The real store interface over the memory workbook. */
function memoryStore(state: { workbook: Workbook }): WorkbookStore {
  return {
    read: () => structuredClone(state.workbook),
    update: (mutate) => {
      const draft = structuredClone(state.workbook);
      mutate(draft);
      state.workbook = draft;
      return Promise.resolve(structuredClone(draft));
    },
  };
}

/**
 * Steps 7 and 8 for the memory Api: the real approval service over the memory workbook, so
 * the screens are tested against the same outcomes, blockers and records the app keeps.
 */
export function approvalHandlers(state: {
  workbook: Workbook;
  exports: ExportSettings;
  complaintLog: ComplaintLog;
}): Pick<Handlers, ApprovalMethods> {
  const deliver = (fileName: string): Promise<ExportResult> => {
    const { delivery } = state.exports;
    if (delivery === 'cancelled') return Promise.resolve({ status: 'cancelled' });
    if (delivery === 'saved') return Promise.resolve({ status: 'saved', fileName });
    // "%PDF-1.7" in base64, enough for a test to recognise the bytes it was handed.
    return Promise.resolve({ status: 'download', fileName, base64: 'JVBERi0xLjc=' });
  };
  const approval = createApprovalService(memoryStore(state), {
    complaints: () => summarizeComplaints(state.complaintLog),
    clock: () => memoryToday,
  });
  return {
    'approval:get': () => Promise.resolve(approval.get()),
    'approval:saveMeeting': (input) => approval.saveMeeting(input),
    'approval:approve': (input) => approval.approve(input),
    'approval:newRevision': () => approval.newRevision(),
    'approval:checkCopy': (input) => Promise.resolve(approval.checkCopy(input)),
    // The desktop dialog is main's; here a pick is a cancelled dialog.
    'approval:checkPdf': (input) =>
      Promise.resolve(
        'pick' in input ? null : checkPdf(Buffer.from(input.pdfBase64, 'base64'), state.workbook),
      ),
    'export:check': () =>
      Promise.resolve({ unprintable: structuredClone(state.exports.unprintable) }),
    'export:agreementPdf': ({ revision }) =>
      deliver(`LOS Agreement revision ${revision ?? state.workbook.agreement.revision}.pdf`),
    'export:customerSummaryPdf': ({ revision, language }) =>
      deliver(`LOS Customer Summary revision ${revision} (${language}).pdf`),
    'export:openSaved': () => Promise.resolve({ opened: state.exports.opened }),
  };
}
