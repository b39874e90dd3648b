import { randomUUID } from 'node:crypto';
import type { CsvTable } from '../../shared/domain/csv/read-csv-table';
import { AppError } from '../app-error';
import { refusal, type Refusal } from '../messages/refusal';

/**
 * A CSV file read once, kept while the user maps its columns. Only its cells are kept, not rows
 * mapped from them: each preview maps the rows again, counting them rather than keeping them,
 * and the import maps them once more. Keeping a mapping's rows for the import saved that last
 * mapping, but every kept mapping raised the memory the server ran up to by more than the time
 * it saved was worth (measured on complaint logs: 450 MB against 380 MB at 100,000 rows).
 */
export interface OpenCsvFile {
  fileName: string;
  table: CsvTable;
}

const defaultIdleMs = 15 * 60 * 1000;

/** What a call naming a file let go is told; `what` names the kind of file ("complaint"). */
export function letGoMessage(what: 'complaint' | 'results' | 'outage'): Refusal {
  return refusal('refusals.fileLetGo', { what });
}

/**
 * The one file of a kind open in main. A parsed 20 MB file holds a lot of memory, so only one is
 * kept: choosing another file, importing it, or leaving it unused for some minutes lets it go,
 * and a call that names it afterwards is told to choose the file again (`letGo`).
 */
export class CsvFileSlot {
  readonly #letGo: Refusal;
  readonly #idleMs: number;
  #open: { id: string; file: OpenCsvFile; timer: ReturnType<typeof setTimeout> } | null = null;

  constructor(letGo: Refusal, idleMs = defaultIdleMs) {
    this.#letGo = letGo;
    this.#idleMs = idleMs;
  }

  /** Keeps `table` (letting go of any other file) and answers the id that names it. */
  open(fileName: string, table: CsvTable): string {
    this.#release();
    const id = randomUUID();
    this.#open = { id, file: { fileName, table }, timer: this.#timer() };
    return id;
  }

  /** The file `id` names; refused with "Choose the file again" once it was let go. */
  get(id: string): OpenCsvFile {
    const open = this.#open;
    if (open?.id !== id) {
      throw new AppError('conflict', this.#letGo, { fileId: this.#letGo });
    }
    clearTimeout(open.timer);
    open.timer = this.#timer();
    return open.file;
  }

  /** Lets go of the file `id` names, if it is still the open one. */
  close(id: string): void {
    if (this.#open?.id === id) this.#release();
  }

  #release(): void {
    if (this.#open) clearTimeout(this.#open.timer);
    this.#open = null;
  }

  #timer(): ReturnType<typeof setTimeout> {
    const timer = setTimeout(() => this.#release(), this.#idleMs);
    // An open file must not keep the process alive at quit.
    timer.unref();
    return timer;
  }
}
