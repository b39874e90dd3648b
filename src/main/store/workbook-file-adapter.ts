import type { Adapter } from 'lowdb';
import type { Workbook } from '../../shared/domain/workbook';
import { writeFileDurably } from './durable-write';
import { errorCode, type FsPort } from './fs-port';
import { unreadableFileError } from './storage-error';
import { decodeWorkbookFile, encodeWorkbookFile, type Versioning } from './workbook-codec';

export interface AdapterSettings {
  versioning: Versioning;
  appVersion: string;
  clock: () => Date;
}

/**
 * lowdb's adapter for the data file: reads through parse → migrate → validate, writes the
 * envelope durably. lowdb's own JSONFile adapter (steno) does no fsync and keeps `null`.
 */
export class WorkbookFileAdapter implements Adapter<Workbook> {
  /** The bytes and format of the last successful read, for the start-up backup. */
  lastRead: { bytes: Uint8Array; schemaVersion: number } | undefined;

  constructor(
    private readonly fs: FsPort,
    private readonly path: string,
    private readonly settings: AdapterSettings,
  ) {}

  /** null when there is no file yet; throws UnreadableFileError or AppError otherwise. */
  async read(): Promise<Workbook | null> {
    let bytes: Uint8Array;
    try {
      bytes = await this.fs.readFile(this.path);
    } catch (error) {
      if (errorCode(error) === 'ENOENT') return null;
      throw unreadableFileError(error, 'data', this.path);
    }
    const decoded = decodeWorkbookFile(bytes, this.settings.versioning);
    this.lastRead = { bytes, schemaVersion: decoded.schemaVersion };
    return decoded.workbook;
  }

  write(data: Workbook): Promise<void> {
    return writeFileDurably(this.fs, this.path, this.encode(data));
  }

  encode(data: Workbook): string {
    return encodeWorkbookFile(data, {
      schemaVersion: this.settings.versioning.schemaVersion,
      appVersion: this.settings.appVersion,
      savedAt: this.settings.clock(),
    });
  }
}
