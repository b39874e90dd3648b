/**
 * Runs tasks one at a time, in order. Asking for a kind of task that is already waiting (not
 * yet running) joins it instead of queueing a second one: ten "look again" requests while a
 * save runs make one look after it.
 */
export class TaskQueue<Kind extends string> {
  private tail: Promise<void> = Promise.resolve();
  private readonly waiting = new Map<Kind, Promise<void>>();

  run(kind: Kind, task: () => Promise<void>): Promise<void> {
    const waiting = this.waiting.get(kind);
    if (waiting) return waiting;
    const next = this.tail.then(() => {
      this.waiting.delete(kind);
      return task();
    });
    this.waiting.set(kind, next);
    this.tail = next.catch(() => undefined);
    return next;
  }
}
