import { methodNames } from '../../shared/api/methods';
import { languageSchema } from '../../shared/api/preferences-contract';
import { fail, type Result } from '../../shared/api/result';
import { refusal, refusalIn } from '../messages/refusal';
import { appHost, appScheme } from '../resolve-app-file';
import type { Dispatch } from './dispatch';

/** The part of a frame the trust check reads; Electron's WebFrameMain fits it. */
export interface FrameLike {
  readonly url: string;
  /** With routingId, names one frame for as long as it lives. */
  readonly processId: number;
  readonly routingId: number;
}

/** The part of an invoke event the trust check reads; Electron's IpcMainInvokeEvent fits it. */
export interface SenderEventLike {
  readonly senderFrame: FrameLike | null;
}

/** The part of ipcMain we use, so tests can pass a fake. */
export interface IpcMainLike<E> {
  handle(
    channel: string,
    listener: (event: E, input?: unknown, language?: unknown) => Promise<Result<unknown>>,
  ): void;
}

export interface TrustedSenderOptions {
  /** The app window's main frame right now (undefined before the window exists). */
  mainFrame: () => FrameLike | null | undefined;
  /** Origins the app's own page may have, such as `app://los`. */
  allowedOrigins: readonly string[];
}

/** The scheme and host the production renderer is served from (see the shell's protocol). */
export const appOrigin = `${appScheme}://${appHost}`;

/** `app://los` in production; electron-vite's dev server is trusted only in development. */
export function rendererOrigins(devServerUrl: string | undefined): string[] {
  const devOrigin = devServerUrl ? originOf(devServerUrl) : undefined;
  return devOrigin ? [appOrigin, devOrigin] : [appOrigin];
}

/**
 * The origin as `scheme://host[:port]`. WHATWG URL answers "null" for a custom scheme such as
 * `app:`, which would make every custom-scheme page look alike, so it is built by hand.
 */
export function originOf(url: string): string | undefined {
  try {
    const parsed = new URL(url);
    return parsed.host ? `${parsed.protocol}//${parsed.host}` : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Only the app window's own top frame, showing the app's own page, may call main. A subframe,
 * another window or a page the window was navigated to gets nothing.
 */
export function isTrustedSender(event: SenderEventLike, options: TrustedSenderOptions): boolean {
  const frame = event.senderFrame;
  if (!frame) return false;
  if (!isSameFrame(frame, options.mainFrame())) return false;
  const origin = originOf(frame.url);
  return origin !== undefined && options.allowedOrigins.includes(origin);
}

/**
 * Compared by ids rather than object identity: Electron does not promise to hand back the same
 * WebFrameMain wrapper for a frame on every event.
 */
function isSameFrame(frame: FrameLike, mainFrame: FrameLike | null | undefined): boolean {
  return (
    mainFrame !== null &&
    mainFrame !== undefined &&
    frame.processId === mainFrame.processId &&
    frame.routingId === mainFrame.routingId
  );
}

/** Registers one channel per API method; each answers a Result and never throws. */
export function registerIpcHandlers<E extends SenderEventLike>(
  ipcMain: IpcMainLike<E>,
  dispatch: Dispatch,
  isTrusted: (event: E) => boolean,
): void {
  for (const method of methodNames) {
    ipcMain.handle(method, async (event, input, language) => {
      const shown = languageSchema.safeParse(language);
      if (!isTrusted(event)) {
        console.warn(`Refused ${method} from an untrusted sender: ${describeSender(event)}`);
        const said = refusal('refusals.forbidden');
        return fail('forbidden', refusalIn(said, shown.success ? shown.data : 'en'));
      }
      return dispatch(method, input, shown.success ? { language: shown.data } : {});
    });
  }
}

function describeSender(event: SenderEventLike): string {
  return event.senderFrame ? event.senderFrame.url || '(no URL)' : '(frame gone)';
}
