/**
 * A CSV file that cannot be read as a complaint log at all (empty, binary, no column names).
 * `message` is a plain sentence the user can act on; the service turns it into an AppError.
 */
export class CsvFileError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'CsvFileError';
  }
}
