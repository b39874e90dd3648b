import { CsvFileSlot, letGoMessage } from '../services/csv-file-slot';

export const fileLetGoMessage = letGoMessage('complaint');

/** The one complaint log file open in main while its columns are mapped. */
export class ComplaintFileSlot extends CsvFileSlot {
  constructor(idleMs?: number) {
    super(fileLetGoMessage, idleMs);
  }
}
