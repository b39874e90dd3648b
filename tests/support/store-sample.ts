import { emptyWorkbook, type Workbook } from '../../src/shared/domain/workbook';
import { currentSchemaVersion } from '../../src/main/store/schema-version';
import { encodeWorkbookFile } from '../../src/main/store/workbook-codec';

/** A workbook whose utility name and rev say which save it came from. */
export function sampleWorkbook(rev: number): Workbook {
  const workbook = emptyWorkbook();
  workbook.utility = { rev, value: { ...workbook.utility.value, name: `Save ${rev}` } };
  return workbook;
}

/** A data file's text, as the store writes it. */
export function sampleFileText(rev: number, savedAt = new Date('2026-11-26T14:05:00Z')): string {
  return encodeWorkbookFile(sampleWorkbook(rev), {
    schemaVersion: currentSchemaVersion,
    appVersion: '0.1.0',
    savedAt,
  });
}

/** A save the way services make it: the next revision of the utility record. */
export function bumpUtility(draft: Workbook): void {
  const rev = draft.utility.rev + 1;
  draft.utility = { rev, value: { ...draft.utility.value, name: `Save ${rev}` } };
}
