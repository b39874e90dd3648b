import type { z } from 'zod';
import type { Result } from '../../../shared/api/result';
import { repairInvalid } from './repair-invalid';

/** What the user sees next to the step title. */
export type SaveStatus =
  | { kind: 'saved' }
  | { kind: 'saving' }
  | { kind: 'invalid' }
  | { kind: 'failed'; message: string }
  | { kind: 'conflict'; message: string }
  /** The board approved this revision meanwhile: nothing more can be saved here. */
  | { kind: 'frozen'; message: string };

export interface Versioned<T> {
  rev: number;
  value: T;
}

export interface AutosaverOptions<Draft, Value> {
  /** The record as loaded: the baseline for the revision and for repairing invalid fields. */
  initial: Versioned<Value>;
  /** The same schema the API parses with. */
  schema: z.ZodType<Value>;
  /** Turns what the form holds (numbers still being typed, say) into the schema's input. */
  toInput: (draft: Draft) => unknown;
  save: (record: Versioned<Value>) => Promise<Result<Versioned<Value>>>;
  onSaved?: (record: Versioned<Value>) => void;
  delayMs?: number;
}

interface Plan<Value> {
  value: Value;
  /** False when some field was invalid and its last saved value is sent instead. */
  complete: boolean;
}

/**
 * Saves a form's value a moment after the last change, one save at a time, always against the
 * latest revision it knows. Kept free of React so the rules are plain to read and test.
 */
export class Autosaver<Draft, Value> {
  private status: SaveStatus = { kind: 'saved' };
  private saved: Versioned<Value>;
  private pending: Draft | undefined;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private running: Promise<void> | null = null;
  private readonly listeners = new Set<() => void>();

  constructor(private readonly options: AutosaverOptions<Draft, Value>) {
    this.saved = options.initial;
  }

  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  readonly getStatus = (): SaveStatus => this.status;

  /** Call on every edit; the save follows once the typing pauses. */
  change(draft: Draft): void {
    // After a conflict or a freeze nothing more is saved; the edits stay on screen to be read.
    if (this.isStuck()) return;
    this.pending = draft;
    this.setStatus({ kind: 'saving' });
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.flush(), this.options.delayMs ?? 600);
  }

  /** Saves now whatever is waiting; resolves when nothing is left to send (or a save failed). */
  flush(): Promise<void> {
    clearTimeout(this.timer);
    this.timer = undefined;
    this.running ??= this.drain().finally(() => {
      this.running = null;
    });
    return this.running;
  }

  /** Sends the last edit again after a failed save. */
  retry(): Promise<void> {
    if (this.isStuck()) return Promise.resolve();
    return this.flush();
  }

  /** The value a save would send for this draft, or null when nothing in it can be saved. */
  preview(draft: Draft): Value | null {
    return this.plan(draft)?.value ?? null;
  }

  private async drain(): Promise<void> {
    while (this.pending !== undefined && !this.isStuck()) {
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
      if (!result.ok) {
        this.pending ??= draft;
        const { code, message } = result.error;
        this.setStatus(
          code === 'conflict' || code === 'frozen'
            ? { kind: code, message }
            : { kind: 'failed', message },
        );
        return;
      }
      this.saved = result.value;
      this.options.onSaved?.(result.value);
      if (this.pending === undefined) this.setStatus(done);
    }
  }

  /** A conflict or a frozen revision: sending again cannot succeed. */
  private isStuck(): boolean {
    return this.status.kind === 'conflict' || this.status.kind === 'frozen';
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
