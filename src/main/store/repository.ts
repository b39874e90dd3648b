import type { Low } from 'lowdb';
import { workbookSchema, type Workbook } from '../../shared/domain/workbook';
import { SerialQueue } from './serial-queue';
import { closingError, toStorageError } from './storage-error';

/** Runs after each durable save (periodic backups); must not throw. */
export type AfterSave = (saved: Workbook) => Promise<void>;

/**
 * The only way services reach the data. Updates run one at a time on the latest saved state,
 * are validated, and resolve only once the new state is on disk; a failed write leaves memory
 * as it was, so what the app shows never runs ahead of what is saved.
 */
export class WorkbookRepository {
  readonly #db: Low<Workbook>;
  readonly #afterSave: AfterSave;
  readonly #queue = new SerialQueue();
  #closed = false;

  constructor(db: Low<Workbook>, afterSave: AfterSave = () => Promise.resolve()) {
    this.#db = db;
    this.#afterSave = afterSave;
  }

  /** A copy of the saved state. */
  read(): Workbook {
    return structuredClone(this.#db.data);
  }

  /**
   * Applies `mutate` to a copy of the latest state and saves it. `mutate` may throw (an
   * AppError such as a conflict) to cancel; nothing is written then.
   */
  update(mutate: (draft: Workbook) => void): Promise<Workbook> {
    if (this.#closed) {
      return Promise.reject(closingError());
    }
    return this.#queue.run(async () => {
      const draft = structuredClone(this.#db.data);
      mutate(draft);
      const next = workbookSchema.parse(draft);
      try {
        await this.#db.adapter.write(next);
      } catch (error) {
        throw toStorageError(error, 'save');
      }
      this.#db.data = next;
      await this.#afterSave(next);
      return structuredClone(next);
    });
  }

  /** Waits for every update queued so far. */
  flush(): Promise<void> {
    return this.#queue.idle();
  }

  /** Refuses new updates and waits for the pending ones (the lock is about to be released). */
  async close(): Promise<void> {
    this.#closed = true;
    await this.flush();
  }
}
