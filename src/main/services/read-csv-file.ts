import {
  complaintFileTooLarge,
  maxComplaintFileBytes,
} from '../../shared/domain/customers/complaint-log';
import { CsvFileError } from '../../shared/domain/customers/csv/csv-file-error';
import { said } from '../../shared/i18n/said';
import { AppError } from '../app-error';

export interface CsvFile {
  fileName: string;
  csvText: string;
}

/**
 * Reads the file with `read`; a file that is not a usable CSV at all becomes a refusal naming
 * the file field, as the contract's own checks do.
 */
export function readCsvFile<T>(file: CsvFile, read: (text: string) => T): T {
  // The contract refuses this already; checked again because a service must not trust its caller.
  if (file.csvText.length > maxComplaintFileBytes) {
    throw new AppError('invalid-input', said(complaintFileTooLarge), {
      csvText: said(complaintFileTooLarge),
    });
  }
  try {
    return read(file.csvText);
  } catch (error) {
    if (error instanceof CsvFileError) {
      throw new AppError('invalid-input', error.saying, { csvText: error.saying });
    }
    throw error;
  }
}
