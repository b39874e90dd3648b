import { CsvFileSlot, letGoMessage } from '../services/csv-file-slot';

/** The one complaint log file open in main while its columns are mapped. */
export class ComplaintFileSlot extends CsvFileSlot {
  constructor(idleMs?: number) {
    super(letGoMessage('complaint'), idleMs);
  }
}
