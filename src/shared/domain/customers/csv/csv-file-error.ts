import { said, type Said, type SaidValue } from '../../../i18n/said';
import { sayIn } from '../../../i18n/say-in';
import type { SaidKey } from '../../../i18n/shared-catalog';

/**
 * A CSV file that cannot be read as a spreadsheet import at all (empty, binary, no column
 * names). `saying` is a plain sentence the user can act on, said in the reader's language by
 * whoever shows it; the service turns it into an AppError. `message` is its English, for logs.
 */
export class CsvFileError extends Error {
  readonly saying: Said;

  constructor(key: SaidKey, values?: Record<string, SaidValue>) {
    const saying = said(key, values);
    super(sayIn(saying, 'en'));
    this.name = 'CsvFileError';
    this.saying = saying;
  }
}
