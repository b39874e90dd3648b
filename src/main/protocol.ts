import { readFile } from 'node:fs/promises';
import { protocol } from 'electron';
import {
  appScheme,
  contentSecurityPolicy,
  contentTypeFor,
  resolveAppFile,
} from './resolve-app-file';

/**
 * Declares `app:` a standard, secure scheme so the renderer gets a real origin (`app://los`)
 * instead of file:// and its extra privileges. Electron accepts this only before `ready`.
 */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    {
      scheme: appScheme,
      privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true },
    },
  ]);
}

/** Serves the built renderer folder on `app://los/`. Call once the app is ready. */
export function handleAppProtocol(rendererDir: string): void {
  protocol.handle(appScheme, (request) => serveAppFile(request, rendererDir));
}

const securityHeaders = {
  'Content-Security-Policy': contentSecurityPolicy,
  'X-Content-Type-Options': 'nosniff',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Referrer-Policy': 'no-referrer',
};

/** Answers one request from `rendererDir`; every answer, errors included, carries the CSP. */
export async function serveAppFile(request: Request, rendererDir: string): Promise<Response> {
  if (request.method !== 'GET' && request.method !== 'HEAD') {
    return plain(405, 'Method not allowed');
  }
  const file = resolveAppFile(request.url, rendererDir);
  if (!file) return plain(404, 'Not found');
  try {
    const body = await readFile(file);
    return new Response(request.method === 'HEAD' ? null : body, {
      status: 200,
      headers: { ...securityHeaders, 'Content-Type': contentTypeFor(file) },
    });
  } catch {
    // A missing file and an unreadable one look the same to the page: nothing to serve.
    return plain(404, 'Not found');
  }
}

function plain(status: number, text: string): Response {
  return new Response(text, {
    status,
    headers: { ...securityHeaders, 'Content-Type': 'text/plain; charset=utf-8' },
  });
}
