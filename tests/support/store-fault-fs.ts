import type { FsFile, FsPort } from '../../src/main/store/fs-port';

type Operation = keyof FsPort | 'write' | 'sync' | 'close';

/** An error as Node's file calls give it, with its errno code. */
export const errno = (code: string) => Object.assign(new Error(`${code}: refused`), { code });

export interface Fault {
  /** Fail the k-th call (1-based) counted from when the fault was armed. */
  at: number;
  code: string;
  /** Keep failing every later call of the same operation until cleared (a full disk stays full). */
  persistent: boolean;
}

/** Wraps a file layer and fails a chosen call with an errno error, like SQLite's I/O-error tests. */
export class FaultInjectingFs implements FsPort {
  calls = 0;
  readonly log: Operation[] = [];
  #fault: Fault | undefined;
  #failing: Operation | undefined;

  constructor(private readonly base: FsPort) {}

  arm(fault: Fault): void {
    this.calls = 0;
    this.log.length = 0;
    this.#fault = fault;
    this.#failing = undefined;
  }

  clear(): void {
    this.#fault = undefined;
    this.#failing = undefined;
  }

  async #call<T>(operation: Operation, run: () => Promise<T>): Promise<T> {
    this.calls += 1;
    this.log.push(operation);
    const fault = this.#fault;
    if (fault) {
      const hit = this.calls === fault.at || this.#failing === operation;
      if (hit) {
        if (fault.persistent) this.#failing = operation;
        else this.#fault = undefined;
        throw Object.assign(errno(fault.code), {
          message: `${fault.code}: injected fault, ${operation}`,
        });
      }
    }
    return run();
  }

  async openExclusive(path: string): Promise<FsFile> {
    const file = await this.#call('openExclusive', () => this.base.openExclusive(path));
    return {
      write: (data) => this.#call('write', () => file.write(data)),
      sync: () => this.#call('sync', () => file.sync()),
      // A failed close still frees the handle; the real one is closed so no descriptor leaks.
      close: () =>
        this.#call('close', () => Promise.resolve()).finally(() =>
          file.close().catch(() => undefined),
        ),
    };
  }
  rename(from: string, to: string) {
    return this.#call('rename', () => this.base.rename(from, to));
  }
  unlink(path: string) {
    return this.#call('unlink', () => this.base.unlink(path));
  }
  readFile(path: string) {
    return this.#call('readFile', () => this.base.readFile(path));
  }
  readdir(path: string) {
    return this.#call('readdir', () => this.base.readdir(path));
  }
  mkdir(path: string) {
    return this.#call('mkdir', () => this.base.mkdir(path));
  }
  rmdir(path: string) {
    return this.#call('rmdir', () => this.base.rmdir(path));
  }
  syncDir(path: string) {
    return this.#call('syncDir', () => this.base.syncDir(path));
  }
}
