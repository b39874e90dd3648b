import type { z } from 'zod';
import type { Result } from '@shared/api/result';
import { samePath, withValueAt, type DraftPath, type FieldConflict } from './merge-drafts';
import { mergeStored } from './merge-stored';
import { repairInvalid } from './repair-invalid';
import { TaskQueue } from './task-queue';

export type ConflictChoice = 'mine' | 'theirs';

/** What the user sees next to the step title. */
export type SaveStatus =
  | { kind: 'saved' }
  | { kind: 'saving' }
  | { kind: 'invalid' }
  | { kind: 'failed'; message: string }
  /**
   * Another window saved other values in fields typed here. The typed values stay on screen,
   * and nothing is saved until the user settles each field, or all at once with `choose`.
   */
  | { kind: 'conflict'; fields: FieldConflict[]; choose: (choice: ConflictChoice) => void }
  /**
   * Another window changed or deleted the record and its version could not be read here (a
   * goal deleted there, say): the edits stay on screen, and only Reload helps.
   */
  | { kind: 'stale'; message: string }
  /** The board approved this revision meanwhile: nothing more can be saved here. */
  | { kind: 'frozen'; message: string };

export interface Versioned<T> {
  rev: number;
  value: T;
}

/** How the autosaver reads and replaces what the form holds. */
export interface FormAccess<Draft> {
  read: () => Draft;
  write: (draft: Draft) => void;
}

export interface AutosaverOptions<Draft, Value> {
  /** The record as loaded: the baseline for the revision and for repairing invalid fields. */
  initial: Versioned<Value>;
  /** The same schema the API parses with. */
  schema: z.ZodType<Value>;
  /** Turns the stored record into what the form holds. */
  toDraft: (value: Value) => Draft;
  /** Turns what the form holds (numbers still being typed, say) into the schema's input. */
  toInput: (draft: Draft) => unknown;
  save: (record: Versioned<Value>) => Promise<Result<Versioned<Value>>>;
  /** Reads the record as stored now, to bring in what another window saved. */
  load: () => Promise<Result<Versioned<Value>>>;
  /** The record as stored now: after a save here or a change brought in from another window. */
  onSaved?: (record: Versioned<Value>) => void;
  delayMs?: number;
}

interface Plan<Value> {
  value: Value;
  /** False when some field was invalid and its last saved value is sent instead. */
  complete: boolean;
}

/**
 * Saves a form's value a moment after the last change, one save or look at a time, always
 * against the latest revision it knows. What another window saved is merged into the form
 * (see mergeDrafts), so nothing typed here is ever dropped without the user's say. Kept free of
 * React so the rules are plain to read and test.
 */
export class Autosaver<Draft, Value> {
  private status: SaveStatus = { kind: 'saved' };
  private saved: Versioned<Value>;
  private pending: Draft | undefined;
  private conflicts: FieldConflict[] = [];
  private form: FormAccess<Draft> | undefined;
  private timer: ReturnType<typeof setTimeout> | undefined;
  // Saves and looks never overlap: a look must merge against the revision a save left.
  private readonly tasks = new TaskQueue<'drain' | 'refresh'>();
  private readonly listeners = new Set<() => void>();

  constructor(private readonly options: AutosaverOptions<Draft, Value>) {
    this.saved = options.initial;
  }

  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  readonly getStatus = (): SaveStatus => this.status;

  /** Connects the form whose values this saves; a merge reads and replaces them through it. */
  attach(form: FormAccess<Draft>): void {
    this.form = form;
  }

  /** Call on every edit; the save follows once the typing pauses. */
  change(draft: Draft): void {
    this.pending = draft;
    // Kept, not sent, until the user settles the conflict or a new revision is started.
    if (this.isPaused()) return;
    this.setStatus({ kind: 'saving' });
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.flush(), this.options.delayMs ?? 600);
  }

  /** Saves now whatever is waiting; resolves when nothing is left to send (or a save failed). */
  flush(): Promise<void> {
    clearTimeout(this.timer);
    this.timer = undefined;
    return this.tasks.run('drain', () => this.drain());
  }

  /** Sends the last edit again after a failed save. */
  retry(): Promise<void> {
    if (this.isPaused()) return Promise.resolve();
    return this.flush();
  }

  /** Looks for a change another window saved and brings it into the form. */
  refresh(): Promise<void> {
    return this.tasks.run('refresh', async () => {
      if (await this.pull()) await this.drain();
    });
  }

  /** Settles one conflicting field: keep what was typed here, or take the other window's. */
  resolve(path: DraftPath, choice: ConflictChoice): void {
    const conflict = this.conflicts.find((other) => samePath(other.path, path));
    if (!conflict) return;
    this.conflicts = this.conflicts.filter((other) => other !== conflict);
    this.settle(choice === 'theirs' ? [conflict] : []);
  }

  /** Settles every conflicting field the same way. */
  readonly choose = (choice: ConflictChoice): void => {
    const all = this.conflicts;
    this.conflicts = [];
    this.settle(choice === 'theirs' ? all : []);
  };

  /** The agreement is a draft again (a new revision): what was kept while frozen can be saved. */
  thaw(): void {
    if (this.status.kind !== 'frozen') return;
    this.resume();
  }

  /** The value a save would send for this draft, or null when nothing in it can be saved. */
  preview(draft: Draft): Value | null {
    return this.plan(draft)?.value ?? null;
  }

  private async drain(): Promise<void> {
    while (this.pending !== undefined && !this.isPaused()) {
      const draft = this.pending;
      this.pending = undefined;
      const plan = this.plan(draft);
      if (!plan) {
        this.setStatus({ kind: 'invalid' });
        continue;
      }
      const done: SaveStatus = plan.complete ? { kind: 'saved' } : { kind: 'invalid' };
      if (JSON.stringify(plan.value) === JSON.stringify(this.saved.value)) {
        this.setStatus(done);
        continue;
      }
      this.setStatus({ kind: 'saving' });
      const result = await this.options.save({ rev: this.saved.rev, value: plan.value });
      if (result.ok) {
        this.saved = result.value;
        this.options.onSaved?.(result.value);
        if (this.pending === undefined) this.setStatus(done);
        continue;
      }
      this.pending ??= draft;
      const { code, message } = result.error;
      // Another window saved first: merge its version in and save again on top of it.
      if (code === 'conflict' && (await this.pull())) continue;
      const kind = code === 'frozen' ? 'frozen' : code === 'conflict' ? 'stale' : 'failed';
      this.setStatus({ kind, message });
      return;
    }
  }

  /** Answers true when another window's newer version was found and merged into the form. */
  private async pull(): Promise<boolean> {
    const fresh = await this.options.load();
    if (!fresh.ok || fresh.value.rev === this.saved.rev) return false;
    this.absorb(fresh.value);
    return true;
  }

  private absorb(fresh: Versioned<Value>): void {
    const { toDraft, toInput, onSaved } = this.options;
    const form = this.form;
    if (!form) {
      this.saved = fresh;
      return;
    }
    const mine = form.read();
    const { draft, conflicts } = mergeStored({
      saved: this.saved.value,
      fresh: fresh.value,
      mine,
      open: this.conflicts,
      toDraft,
      toInput,
    });
    this.conflicts = conflicts;
    this.saved = fresh;
    onSaved?.(fresh);
    this.pending = draft;
    // Before the form changes, so the change it reports is held while a conflict is open.
    if (conflicts.length > 0 && this.status.kind !== 'frozen') this.showConflict();
    // Read at last: what was kept can be saved on top of it.
    else if (this.status.kind === 'stale') this.setStatus({ kind: 'saving' });
    if (JSON.stringify(draft) !== JSON.stringify(mine)) form.write(draft);
  }

  private settle(taken: FieldConflict[]): void {
    if (this.form && taken.length > 0) {
      const draft = taken.reduce<unknown>(
        (next, conflict) => withValueAt(next, conflict.path, conflict.theirs),
        this.form.read(),
      );
      // Only values the form held before are put back, so the draft keeps its shape.
      this.form.write(draft as Draft);
    }
    if (this.status.kind === 'frozen') return;
    if (this.conflicts.length > 0) this.showConflict();
    else this.resume();
  }

  /** Saves what the form holds now, on the latest revision known. */
  private resume(): void {
    if (this.conflicts.length > 0) {
      this.showConflict();
      return;
    }
    this.pending ??= this.form?.read();
    this.setStatus({ kind: 'saving' });
    void this.flush();
  }

  private showConflict(): void {
    this.setStatus({ kind: 'conflict', fields: this.conflicts, choose: this.choose });
  }

  /** A conflict waits for the user; a stale or frozen record cannot be saved as it is. */
  private isPaused(): boolean {
    const { kind } = this.status;
    return kind === 'conflict' || kind === 'stale' || kind === 'frozen';
  }

  private plan(draft: Draft): Plan<Value> | null {
    const { schema, toInput } = this.options;
    const input = toInput(draft);
    const first = schema.safeParse(input);
    if (first.success) return { value: first.data, complete: true };
    const invalidPaths = first.error.issues.map((issue) => issue.path);
    const repaired = repairInvalid(input, this.saved.value, invalidPaths);
    if (repaired === undefined) return null;
    const second = schema.safeParse(repaired);
    return second.success ? { value: second.data, complete: false } : null;
  }

  private setStatus(status: SaveStatus): void {
    this.status = status;
    for (const listener of this.listeners) listener();
  }
}
