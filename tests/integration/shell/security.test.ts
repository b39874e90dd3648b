import type { App, WebContents } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import {
  hardenWebContents,
  installSecurity,
  isAllowedNavigation,
  isSafeExternalUrl,
  type SecurityPolicy,
} from '../../../src/main/security';
import { FakeApp, FakeWebContents, fakeEvent } from './fake-electron';

vi.mock('electron', async () => (await import('./fake-electron')).createFakeElectron());

const appOrigins = ['app://los'];

function harden(isPackaged = true) {
  const contents = new FakeWebContents();
  const openExternal = vi.fn<(url: string) => Promise<void>>(() => Promise.resolve());
  const policy: SecurityPolicy = { allowedOrigins: appOrigins, isPackaged, openExternal };
  hardenWebContents(contents as unknown as WebContents, policy);
  return { contents, openExternal };
}

function navigate(
  contents: FakeWebContents,
  event: 'will-navigate' | 'will-redirect',
  url: string,
) {
  const details = fakeEvent({ url });
  contents.emit(event, details, url);
  return details.defaultPrevented ? 'blocked' : 'allowed';
}

function openWindow(contents: FakeWebContents, url: string) {
  const handler = contents.windowOpenHandler;
  if (!handler) throw new Error('no window-open handler');
  return handler({ url }).action;
}

describe('navigation', () => {
  it.each(['will-navigate', 'will-redirect'] as const)(
    '%s stays within the app origin',
    (event) => {
      const { contents } = harden();
      expect(navigate(contents, event, 'app://los/index.html#step-2')).toBe('allowed');
      expect(navigate(contents, event, 'https://example.com/')).toBe('blocked');
      expect(navigate(contents, event, 'app://evil/index.html')).toBe('blocked');
      expect(navigate(contents, event, 'file:///etc/passwd')).toBe('blocked');
      expect(navigate(contents, event, 'http://127.0.0.1:5173/')).toBe('blocked');
      expect(navigate(contents, event, 'javascript:alert(1)')).toBe('blocked');
      expect(navigate(contents, event, 'data:text/html,<h1>hi</h1>')).toBe('blocked');
    },
  );

  it('allows the dev server only when it is listed', () => {
    expect(isAllowedNavigation('http://localhost:5173/x', ['app://los'])).toBe(false);
    expect(
      isAllowedNavigation('http://localhost:5173/x', ['app://los', 'http://localhost:5173']),
    ).toBe(true);
    expect(isAllowedNavigation('http://localhost:5174/x', ['http://localhost:5173'])).toBe(false);
  });
});

describe('new windows and external links', () => {
  it('denies every window.open and opens only vetted https links in the browser', () => {
    const { contents, openExternal } = harden();
    expect(openWindow(contents, 'https://www.epa.gov/sustainable-water-infrastructure')).toBe(
      'deny',
    );
    expect(openExternal).toHaveBeenCalledWith(
      'https://www.epa.gov/sustainable-water-infrastructure',
    );

    for (const url of ['http://www.epa.gov/', 'file:///C:/Windows/system32/calc.exe']) {
      expect(openWindow(contents, url)).toBe('deny');
    }
    expect(openWindow(contents, 'javascript:alert(1)')).toBe('deny');
    expect(openWindow(contents, 'app://los/index.html')).toBe('deny');
    expect(openExternal).toHaveBeenCalledTimes(1);
  });

  it.each([
    'https://www.epa.gov/dwsrf',
    'https://rcap.org/resources/',
    'https://example.org/a?b=c#d',
  ])('accepts %s', (url) => {
    expect(isSafeExternalUrl(url)).toBe(true);
  });

  it.each([
    'http://www.epa.gov/',
    'file:///etc/passwd',
    'javascript:alert(document.cookie)',
    'smb://fileserver/share',
    'ms-msdt:/id PCWDiagnostic',
    'mailto:clerk@example.org',
    'https://user:secret@example.org/',
    'https://example.org:8443/',
    'https://localhost/',
    'https://printer.local/',
    'https://192.168.1.1/',
    'https://[::1]/',
    'https://intranet/',
    'not a url',
  ])('refuses %s', (url) => {
    expect(isSafeExternalUrl(url)).toBe(false);
  });
});

describe('webviews, permissions and developer tools', () => {
  it('refuses to attach a webview', () => {
    const { contents } = harden();
    const event = fakeEvent();
    contents.emit('will-attach-webview', event, {}, { src: 'https://example.com' });
    expect(event.defaultPrevented).toBe(true);
  });

  it('denies every permission request and check', () => {
    const { contents } = harden();
    const { permissionRequest, permissionCheck, devicePermission } = contents.session;
    const answers: boolean[] = [];
    for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read']) {
      permissionRequest?.(contents, permission, (granted) => answers.push(granted));
    }
    expect(answers).toEqual([false, false, false, false]);
    expect(permissionCheck?.(contents, 'media', 'app://los', {})).toBe(false);
    expect(devicePermission?.({ deviceType: 'usb', origin: 'app://los' })).toBe(false);
  });

  it('closes developer tools as soon as they open in a packaged build', () => {
    const { contents } = harden(true);
    contents.openDevTools();
    expect(contents.devToolsOpen).toBe(false);
  });

  it('leaves developer tools alone in development', () => {
    const { contents } = harden(false);
    contents.openDevTools();
    expect(contents.devToolsOpen).toBe(true);
  });

  it('hardens every web contents the app creates', () => {
    const app = new FakeApp();
    installSecurity(app as unknown as App, {
      allowedOrigins: appOrigins,
      isPackaged: true,
      openExternal: () => Promise.resolve(),
    });
    const contents = new FakeWebContents();
    app.emit('web-contents-created', fakeEvent(), contents);
    expect(navigate(contents, 'will-navigate', 'https://example.com/')).toBe('blocked');
    expect(openWindow(contents, 'https://example.com/')).toBe('deny');
  });
});
