import { freeze, produce } from 'immer';
import type { Low } from 'lowdb';
import { workbookSchema, type Workbook } from '../../shared/domain/workbook';
import { SerialQueue } from './serial-queue';
import { closingError, toStorageError } from './storage-error';
import { validateChanges } from './validate-changes';

/**
 * A change to the workbook: it edits `draft` in place; `saved` is the state it starts from, to
 * read (and to copy from) without going through the draft. Nothing of `draft` may be kept after
 * the call: it is a stand-in that stops working once the change is applied.
 */
export type WorkbookChange = (draft: Workbook, saved: Workbook) => void;

/** Runs after each durable save (periodic backups); must not throw. */
export type AfterSave = (saved: Workbook) => Promise<void>;

/** Runs before each write (the utility's lineage counts the change); may throw to cancel it. */
export type BeforeSave = (saved: Workbook, next: Workbook) => Promise<void>;

/**
 * The only way services reach the data. Updates run one at a time on the latest saved state,
 * are validated, and resolve only once the new state is on disk; a failed write leaves memory
 * as it was, so what the app shows never runs ahead of what is saved.
 *
 * The saved state is deeply frozen and shared: a read hands it out as it is, and an update
 * (immer's `produce`) copies only the objects it changes, so the parts it leaves alone are
 * the same objects and are not validated again (decision 37). No call copies 20,000 cards.
 */
export class WorkbookRepository {
  readonly #db: Low<Workbook>;
  readonly #afterSave: AfterSave;
  readonly #beforeSave: BeforeSave;
  readonly #queue = new SerialQueue();
  #closed = false;

  constructor(
    db: Low<Workbook>,
    afterSave: AfterSave = () => Promise.resolve(),
    beforeSave: BeforeSave = () => Promise.resolve(),
  ) {
    this.#db = db;
    this.#afterSave = afterSave;
    this.#beforeSave = beforeSave;
    freeze(db.data, true);
  }

  /** The saved state: frozen, so changing it throws instead of changing what is stored. */
  read(): Workbook {
    return this.#db.data;
  }

  /**
   * Applies `mutate` to a draft of the latest state and saves the result. `mutate` may throw
   * (an AppError such as a conflict) to cancel; nothing is written then.
   */
  update(mutate: WorkbookChange): Promise<Workbook> {
    if (this.#closed) {
      return Promise.reject(closingError());
    }
    return this.#queue.run(async () => {
      const saved = this.#db.data;
      const changed = produce(saved, (draft) => {
        mutate(draft, saved);
      });
      const next = validateChanges(workbookSchema, saved, changed);
      try {
        await this.#beforeSave(saved, next);
        await this.#db.adapter.write(next);
      } catch (error) {
        throw toStorageError(error, 'save');
      }
      this.#db.data = next;
      await this.#afterSave(next);
      return next;
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
