import { z } from 'zod';
import {
  complaintImportSchema,
  complaintRowSchema,
  emptyComplaintLog,
  maxComplaintRows,
  type ComplaintImport,
  type ComplaintLog,
  type ComplaintRow,
} from '../../shared/domain/customers/complaint-log';
import type { ComplaintSummary } from '../../shared/domain/customers/feedback-summary';
import { summarizeComplaints } from '../../shared/domain/customers/summarize-complaints';
import { AppError } from '../app-error';
import { decodeComplaintLogFile, encodeComplaintLogFile } from './complaint-log-codec';
import { writeFileDurably } from './durable-write';
import { errorCode, type FsPort } from './fs-port';
import { SerialQueue } from './serial-queue';
import { closingError, readProblem, toStorageError } from './storage-error';
import { setAside } from './set-aside';
import { UnreadableFileError } from './workbook-codec';
import { issueSaid } from '../../shared/i18n/issue-said';
import { refusal, type Refusal } from '../messages/refusal';
import type { SaidNotice } from '../said-notice';

export interface ComplaintLogStoreOptions {
  fs: FsPort;
  /** complaint-log.json in the data folder. */
  path: string;
  appVersion: string;
  clock: () => Date;
  /** Runs before each write (the utility's lineage counts the change); may throw to cancel. */
  beforeSave?: () => Promise<void>;
}

const importsSchema = z.array(complaintImportSchema);

/**
 * The imported complaint log, kept in its own file beside the workbook. Like the workbook's
 * repository: updates run one at a time, are validated, and resolve only once the log is on
 * disk; a failed write leaves memory as it was.
 *
 * The log in memory is frozen (the log, its arrays and every row), so `read()` hands it out
 * without a copy and no caller can change it behind the store's back. An update gets fresh
 * arrays to change; rows are replaced, never edited. Rows already saved were checked when they
 * came in and are known by identity, so an import of 50,000 rows validates only the rows it
 * adds (a full check of a large log would take most of the time an import may take).
 */
export class ComplaintLogStore {
  readonly #options: ComplaintLogStoreOptions;
  readonly #queue = new SerialQueue();
  #log: ComplaintLog;
  #summary: ComplaintSummary | undefined;
  #keys: ReadonlySet<string> | undefined;
  #closed = false;

  /** `log` must be valid already (decoded from the file, or empty). */
  constructor(options: ComplaintLogStoreOptions, log: ComplaintLog = emptyComplaintLog) {
    this.#options = options;
    this.#log = freezeLog(
      log.imports,
      log.rows.map((row) => Object.freeze(row)),
    );
  }

  /**
   * Loads the log. An unreadable file is renamed aside and the store starts empty, with a
   * notice asking the user to import the CSV again (the CSV is the original; nothing else is
   * lost). A file from a newer version is refused, untouched.
   */
  static async open(
    options: ComplaintLogStoreOptions,
  ): Promise<{ store: ComplaintLogStore; notice: SaidNotice | null }> {
    let bytes: Uint8Array;
    try {
      bytes = await options.fs.readFile(options.path);
    } catch (error) {
      if (errorCode(error) === 'ENOENT')
        return { store: new ComplaintLogStore(options), notice: null };
      return ComplaintLogStore.#startEmpty(options, readProblem(error));
    }
    try {
      return { store: new ComplaintLogStore(options, decodeComplaintLogFile(bytes)), notice: null };
    } catch (error) {
      if (!(error instanceof UnreadableFileError)) throw error;
      return ComplaintLogStore.#startEmpty(options, error.reason);
    }
  }

  /**
   * A log that cannot be read (damaged, or refused by the disk) is moved aside, never lost, and
   * the app starts with an empty one instead of not at all; the notice says why and where.
   */
  static async #startEmpty(
    options: ComplaintLogStoreOptions,
    why: Refusal,
  ): Promise<{ store: ComplaintLogStore; notice: SaidNotice }> {
    const kept = await setAside(options.fs, options.path, options.clock()).catch(() => null);
    return {
      store: new ComplaintLogStore(options),
      notice: {
        level: 'warning',
        saying: kept
          ? refusal('refusals.complaintLogKept', { reason: why, kept })
          : refusal('refusals.complaintLogStuck', { reason: why, path: options.path }),
      },
    };
  }

  /** The saved log, frozen: callers read it and never change it. */
  read(): ComplaintLog {
    return this.#log;
  }

  /** The log in figures; computed once per saved state. */
  summary(): ComplaintSummary {
    this.#summary ??= summarizeComplaints(this.#log);
    return this.#summary;
  }

  /** Every stored row's key, so a preview can tell new rows from rows already imported. */
  keys(): ReadonlySet<string> {
    this.#keys ??= new Set(this.#log.rows.map((row) => row.key));
    return this.#keys;
  }

  /**
   * Applies `mutate` to fresh arrays holding the latest saved imports and rows, checks the
   * result and saves it. `mutate` may throw (an AppError) to cancel; nothing is written then.
   */
  update(mutate: (log: ComplaintLog) => void): Promise<ComplaintLog> {
    return this.#save(() => {
      const draft: ComplaintLog = { imports: [...this.#log.imports], rows: [...this.#log.rows] };
      mutate(draft);
      return checkedLog(draft, new Set(this.#log.rows));
    });
  }

  /**
   * Adds one import and its rows, made by `build` from the latest saved log; `build` may answer
   * null to add nothing, or throw (an AppError) to cancel. The rows come from map-complaints,
   * which reads every value into the form the row schema asks for, so they are not checked one
   * by one again (that took a sixth of a 50,000-row import; a test checks the mapper's rows
   * against the schema instead). The import entry and the log's size are still checked.
   */
  append(
    build: (log: ComplaintLog) => { entry: ComplaintImport; rows: ComplaintRow[] } | null,
  ): Promise<ComplaintLog> {
    return this.#save(() => {
      const built = build(this.#log);
      if (built === null) return null;
      const rows = this.#log.rows.concat(built.rows.map((row) => Object.freeze(row)));
      checkSize(rows.length);
      return freezeLog([...this.#log.imports, complaintImportSchema.parse(built.entry)], rows);
    });
  }

  /** Writes the log `next` makes (nothing when it answers null), one save at a time. */
  #save(next: () => ComplaintLog | null): Promise<ComplaintLog> {
    if (this.#closed) {
      return Promise.reject(closingError());
    }
    return this.#queue.run(async () => {
      const log = next();
      if (log === null) return this.#log;
      const { fs, path, appVersion, clock, beforeSave } = this.#options;
      try {
        await beforeSave?.();
        await writeFileDurably(
          fs,
          path,
          encodeComplaintLogFile(log, { appVersion, savedAt: clock() }),
        );
      } catch (error) {
        throw toStorageError(error, 'save');
      }
      this.#log = log;
      this.#summary = undefined;
      this.#keys = undefined;
      return log;
    });
  }

  /** Waits for every update queued so far. */
  flush(): Promise<void> {
    return this.#queue.idle();
  }

  /** Refuses new updates and waits for the pending ones. */
  async close(): Promise<void> {
    this.#closed = true;
    await this.flush();
  }
}

/** The draft, checked and frozen; `saved` are the rows checked before, which are let through. */
function checkedLog(draft: ComplaintLog, saved: ReadonlySet<ComplaintRow>): ComplaintLog {
  checkSize(draft.rows.length);
  const rows = draft.rows.map((row) => {
    if (saved.has(row)) return row;
    const parsed = complaintRowSchema.safeParse(row);
    if (!parsed.success) {
      const [issue] = parsed.error.issues;
      const column = issue?.path.join('.') ?? 'row';
      const problem = issue ? (issueSaid(issue) ?? issue.message) : 'not valid';
      throw new AppError(
        'invalid-input',
        refusal('refusals.rowNotStored', { row: String(row.row), column, problem }),
      );
    }
    return Object.freeze(parsed.data);
  });
  return freezeLog(importsSchema.parse(draft.imports), rows);
}

function checkSize(rows: number): void {
  if (rows > maxComplaintRows) {
    throw new AppError(
      'invalid-input',
      refusal('refusals.complaintLogFull', { max: maxComplaintRows }),
    );
  }
}

function freezeLog(imports: ComplaintLog['imports'], rows: ComplaintRow[]): ComplaintLog {
  return Object.freeze({
    imports: Object.freeze(imports.map((entry) => Object.freeze({ ...entry }))),
    rows: Object.freeze(rows),
  }) as ComplaintLog;
}
