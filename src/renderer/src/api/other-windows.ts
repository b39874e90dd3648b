import { isMethodName, type MethodName } from '@shared/api/methods';

/**
 * Why a window should look at the stored records again: another window of the app saved a
 * change (`method` is what it called), or this window came back into view, where a change
 * made elsewhere (another browser, a window that was asleep) may have gone unannounced.
 */
export type OtherWindowNews = { kind: 'saved'; method: MethodName } | { kind: 'back' };

type Listener = (news: OtherWindowNews) => void;

/** The app's windows share one origin, so they can reach each other on this channel. */
export const channelName = 'los-builder';

const listeners = new Set<Listener>();
// One channel per window, for sending and hearing alike: a channel never hears its own
// messages, so a window is not told of its own saves.
let channel: BroadcastChannel | null | undefined;

function openChannel(): BroadcastChannel | null {
  if (channel !== undefined) return channel;
  channel = typeof BroadcastChannel === 'function' ? new BroadcastChannel(channelName) : null;
  channel?.addEventListener('message', (event: MessageEvent<unknown>) => {
    const method: unknown = isRecord(event.data) ? event.data.method : undefined;
    if (typeof method === 'string' && isMethodName(method)) tell({ kind: 'saved', method });
  });
  window.addEventListener('focus', () => tell({ kind: 'back' }));
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'visible') tell({ kind: 'back' });
  });
  return channel;
}

function tell(news: OtherWindowNews): void {
  for (const listener of listeners) listener(news);
}

/** Tells the app's other windows that `method` changed the stored records. */
export function announceSave(method: MethodName): void {
  openChannel()?.postMessage({ method });
}

/** Calls `listener` with each piece of news from the other windows; answers the way to stop. */
export function hearOtherWindows(listener: Listener): () => void {
  openChannel();
  listeners.add(listener);
  return () => listeners.delete(listener);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}
