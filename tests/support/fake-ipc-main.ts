import type { Result } from '../../src/shared/api/result';
import type { FrameLike, IpcMainLike, SenderEventLike } from '../../src/main/transport/ipc';

type Listener = (
  event: SenderEventLike,
  input?: unknown,
  language?: unknown,
) => Promise<Result<unknown>>;

/** Records ipcMain.handle registrations and lets a test play the renderer's invoke. */
export class FakeIpcMain implements IpcMainLike<SenderEventLike> {
  private readonly listeners = new Map<string, Listener>();

  handle(channel: string, listener: Listener): void {
    // Electron throws on a second handler for one channel; so does the fake.
    if (this.listeners.has(channel)) throw new Error(`A handler for ${channel} already exists.`);
    this.listeners.set(channel, listener);
  }

  channels(): string[] {
    return [...this.listeners.keys()];
  }

  /** `language` is what the preload sends beside the input: the page's `lang`. */
  invoke(
    channel: string,
    event: SenderEventLike,
    input?: unknown,
    language?: unknown,
  ): Promise<Result<unknown>> {
    const listener = this.listeners.get(channel);
    if (!listener) throw new Error(`No handler registered for '${channel}'`);
    return listener(event, input, language);
  }
}

let nextRoutingId = 1;

/** A fake frame with ids of its own, as each of Electron's frames has. */
export function fakeFrame(url: string): FrameLike {
  return { url, processId: 7, routingId: nextRoutingId++ };
}

export function eventFrom(frame: FrameLike | null): SenderEventLike {
  return { senderFrame: frame };
}
