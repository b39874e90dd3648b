import { isMethodName, type MethodName } from '@shared/api/methods';

/**
 * Why a window should look at the stored records again: another window of the app saved a
 * change (`method` is what it called), or this window came back into view, where a change
 * made elsewhere (another browser, a window that was asleep) may have gone unannounced.
 */
export type OtherWindowNews = { kind: 'saved'; method: MethodName } | { kind: 'back' };

type Listener = (news: OtherWindowNews) => void;

/**
 * Hears that this window's records are no longer the ones stored: another window opened a
 * different utility (`what` says so in a sentence), or null when a call was refused as
 * 'switched' and nothing more is known.
 */
type SwitchListener = (what: string | null) => void;

/** The app's windows share one origin, so they can reach each other on this channel. */
export const channelName = 'los-builder';

const listeners = new Set<Listener>();
const switchListeners = new Set<SwitchListener>();
// Once another utility is open, every read here would bring its records into this window's
// forms: the news that would start those reads stops until the window reloads.
let switched = false;
// One channel per window, for sending and hearing alike: a channel never hears its own
// messages, so a window is not told of its own saves.
let channel: BroadcastChannel | null | undefined;

function openChannel(): BroadcastChannel | null {
  if (channel !== undefined) return channel;
  channel = typeof BroadcastChannel === 'function' ? new BroadcastChannel(channelName) : null;
  channel?.addEventListener('message', (event: MessageEvent<unknown>) => {
    if (!isRecord(event.data)) return;
    const { method, switched: what } = event.data;
    if (typeof what === 'string') tellSwitched(what);
    else if (typeof method === 'string' && isMethodName(method)) tell({ kind: 'saved', method });
  });
  window.addEventListener('focus', () => tell({ kind: 'back' }));
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'visible') tell({ kind: 'back' });
  });
  return channel;
}

function tell(news: OtherWindowNews): void {
  if (switched) return;
  for (const listener of listeners) listener(news);
}

function tellSwitched(what: string | null): void {
  switched = true;
  for (const listener of switchListeners) listener(what);
}

/** Tells the app's other windows that `method` changed the stored records. */
export function announceSave(method: MethodName): void {
  openChannel()?.postMessage({ method });
}

/**
 * Tells the app's other windows that this one opened another utility (or restored one), in a
 * sentence they show: "Another window opened Cedar Creek Water."
 */
export function announceSwitch(what: string): void {
  openChannel()?.postMessage({ switched: what });
}

/** A call here was refused as 'switched': this window learns it the way the others do. */
export function noticeSwitched(): void {
  tellSwitched(null);
}

/** Calls `listener` with each piece of news from the other windows; answers the way to stop. */
export function hearOtherWindows(listener: Listener): () => void {
  openChannel();
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Calls `listener` when this window's records are out of date; answers the way to stop. */
export function hearSwitch(listener: SwitchListener): () => void {
  openChannel();
  switchListeners.add(listener);
  return () => switchListeners.delete(listener);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}
