import type { App, Session, WebContents } from 'electron';
import { originOf } from './transport/ipc';

export interface SecurityPolicy {
  /** Origins the window may show: `app://los`, plus the dev server's origin in development. */
  allowedOrigins: readonly string[];
  /** Packaged builds never keep developer tools open. */
  isPackaged: boolean;
  /** Opens a vetted link in the user's browser (shell.openExternal). */
  openExternal: (url: string) => Promise<void>;
}

/** True when the window may navigate (or be redirected) to `url`: only the app's own pages. */
export function isAllowedNavigation(url: string, allowedOrigins: readonly string[]): boolean {
  const origin = originOf(url);
  return origin !== undefined && allowedOrigins.includes(origin);
}

/** The only schemes handed to the operating system: links open in the user's browser. */
const externalSchemes = new Set(['https:']);

/**
 * True for a link that may be opened with shell.openExternal: an `https:` address on a public
 * domain name with no credentials and no unusual port. Anything else (http:, file:, smb:,
 * javascript:, custom app schemes, localhost, bare IP addresses) could run a program, leak
 * Windows credentials or reach a device on the local network, so it is refused.
 */
export function isSafeExternalUrl(url: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (!externalSchemes.has(parsed.protocol)) return false;
  if (parsed.username || parsed.password || parsed.port) return false;
  const host = parsed.hostname.toLowerCase();
  if (!host.includes('.') || host.startsWith('[') || /^[\d.]+$/.test(host)) return false;
  return !['.localhost', '.local', '.internal', '.home.arpa'].some((suffix) =>
    `.${host}`.endsWith(suffix),
  );
}

/** Refuses every permission (camera, notifications, clipboard read, USB…): the app needs none. */
export function denyAllPermissions(session: Session): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  session.setDevicePermissionHandler(() => false);
}

/** Locks down one web contents: navigation, new windows, webviews, permissions, devtools. */
export function hardenWebContents(contents: WebContents, policy: SecurityPolicy): void {
  const blockForeign = (event: { url: string; preventDefault(): void }): void => {
    if (!isAllowedNavigation(event.url, policy.allowedOrigins)) event.preventDefault();
  };
  contents.on('will-navigate', blockForeign);
  contents.on('will-redirect', blockForeign);

  contents.setWindowOpenHandler(({ url }) => {
    if (isSafeExternalUrl(url)) {
      policy.openExternal(url).catch((error: unknown) => {
        console.error('LOS Builder could not open a link in the browser:', error);
      });
    }
    return { action: 'deny' };
  });

  contents.on('will-attach-webview', (event) => event.preventDefault());
  denyAllPermissions(contents.session);

  if (policy.isPackaged) {
    contents.on('devtools-opened', () => contents.closeDevTools());
  }
}

/** Applies the policy to every web contents the app ever creates. Call before `ready`. */
export function installSecurity(app: App, policy: SecurityPolicy): void {
  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents, policy));
}
