import type { Api } from '@shared/api/contract';
import { methodNames, type MethodName } from '@shared/api/methods';
import type { Result } from '@shared/api/result';
import { announceSave } from './other-windows';

/**
 * Methods that change nothing another window shows. Every other method is announced, so a
 * method added later is announced until someone lists it here: an extra look costs a request,
 * a missing one leaves a window showing stale records.
 */
const quietMethods = new Set<MethodName>([
  'app:status',
  'utility:get',
  'scope:get',
  // Where this window is, not what the agreement says: another window keeps its own step.
  'wizard:get',
  'wizard:setStep',
  'templates:list',
  'goals:list',
  'review:get',
  'approval:get',
  'approval:checkCopy',
  'approval:checkPdf',
  'export:check',
  'export:agreementPdf',
  'export:customerSummaryPdf',
  'export:boardPacketPdf',
  'export:minutesPdf',
  'export:openSaved',
  'export:surveyPdf',
  'export:spreadsheet',
  'tracking:get',
  'annual:get',
  'report:get',
  'export:boardReportPdf',
  'export:reportCardPdf',
  'tracking:openCsv',
  'tracking:previewCsv',
  'customers:get',
  'complaints:open',
  'complaints:preview',
  'complaints:rows',
  'library:list',
  'library:showFolder',
  'backup:save',
  'backup:list',
  'backup:preview',
  // These open another utility: the page that called them tells the other windows so itself
  // (announceSwitch), since a "saved" would make them read the new utility into their forms.
  'library:create',
  'library:openExample',
  'library:open',
  'backup:restore',
  'backup:undoRestore',
]);

type Call = (input?: unknown) => Promise<Result<unknown>>;

/** The same Api, telling the app's other windows after each change it stored. */
export function announcingApi(
  api: Api,
  announce: (method: MethodName) => void = announceSave,
): Api {
  const entries = methodNames.map((method) => {
    const call = api[method] as Call;
    if (quietMethods.has(method)) return [method, call];
    const announced: Call = async (input) => {
      const result = await call(input);
      if (result.ok) announce(method);
      return result;
    };
    return [method, announced];
  });
  // As in http-api: the per-method types cannot be expressed through a loop over the names;
  // each method keeps the one it wraps, so the answer has the shape `api` had.
  return Object.fromEntries(entries) as Api;
}
