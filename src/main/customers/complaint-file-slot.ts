import { randomUUID } from 'node:crypto';
import type { CsvTable } from '../../shared/domain/customers/csv/read-complaint-csv';
import { AppError } from '../app-error';

/**
 * A complaint log file read once, kept while the user maps its columns. Only its cells are
 * kept, not rows mapped from them: each preview maps the rows again, counting them rather than
 * keeping them, and the import maps them once more. Keeping a mapping's rows for the import
 * saved that last mapping, but every kept mapping raised the memory the server ran up to by
 * more than the time it saved was worth (measured: 450 MB against 380 MB at 100,000 rows).
 */
export interface OpenComplaintFile {
  fileName: string;
  table: CsvTable;
}

const defaultIdleMs = 15 * 60 * 1000;

export const fileLetGoMessage =
  'This complaint file is no longer open in LOS Builder: a file is let go after 15 minutes unused, or when another file is chosen. Choose the file again.';

/**
 * The one complaint file open in main. A parsed 20 MB file holds a lot of memory, so only one is
 * kept: choosing another file, importing it, or leaving it unused for some minutes lets it go,
 * and a call that names it afterwards is told to choose the file again.
 */
export class ComplaintFileSlot {
  readonly #idleMs: number;
  #open: { id: string; file: OpenComplaintFile; timer: ReturnType<typeof setTimeout> } | null =
    null;

  constructor(idleMs = defaultIdleMs) {
    this.#idleMs = idleMs;
  }

  /** Keeps `table` (letting go of any other file) and answers the id that names it. */
  open(fileName: string, table: CsvTable): string {
    this.#letGo();
    const id = randomUUID();
    this.#open = { id, file: { fileName, table }, timer: this.#timer() };
    return id;
  }

  /** The file `id` names; refused with "Choose the file again" once it was let go. */
  get(id: string): OpenComplaintFile {
    const open = this.#open;
    if (open?.id !== id) {
      throw new AppError('conflict', fileLetGoMessage, { fileId: fileLetGoMessage });
    }
    clearTimeout(open.timer);
    open.timer = this.#timer();
    return open.file;
  }

  /** Lets go of the file `id` names, if it is still the open one. */
  close(id: string): void {
    if (this.#open?.id === id) this.#letGo();
  }

  #letGo(): void {
    if (this.#open) clearTimeout(this.#open.timer);
    this.#open = null;
  }

  #timer(): ReturnType<typeof setTimeout> {
    const timer = setTimeout(() => this.#letGo(), this.#idleMs);
    // An open file must not keep the process alive at quit.
    timer.unref();
    return timer;
  }
}
