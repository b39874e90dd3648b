/**
 * Every method the renderer may call, `area:verb`. Kept free of zod so the sandboxed preload
 * can build its named methods from this list alone; contract.ts must cover exactly these.
 */
export const methodNames = [
  'app:status',
  'utility:get',
  'utility:save',
  'scope:get',
  'scope:save',
  'wizard:get',
  'wizard:setStep',
  'templates:list',
  'goals:list',
  'goals:add',
  'goals:update',
  'goals:delete',
  'goals:restore',
  'goals:reorder',
  'review:get',
  'review:save',
  'approval:get',
  'approval:saveMeeting',
  'approval:approve',
  'approval:newRevision',
  'approval:checkCopy',
  'approval:checkPdf',
  'export:check',
  'export:agreementPdf',
  'export:customerSummaryPdf',
  'export:openSaved',
  'customers:get',
  'customers:savePlan',
  'customers:addOutreach',
  'customers:updateOutreach',
  'customers:deleteOutreach',
  'customers:addEntry',
  'customers:updateEntry',
  'customers:deleteEntry',
  'customers:restoreEntry',
  'customers:link',
  'customers:unlink',
  'complaints:open',
  'complaints:preview',
  'complaints:import',
  'complaints:rows',
  'complaints:setTopic',
  'complaints:removeImport',
  'export:surveyPdf',
] as const;

export type MethodName = (typeof methodNames)[number];

export function isMethodName(value: string): value is MethodName {
  return (methodNames as readonly string[]).includes(value);
}
