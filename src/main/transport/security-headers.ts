import type { ServerResponse } from 'node:http';
import { contentSecurityPolicy } from '../resolve-app-file';

/** Headers every browser-mode response carries, errors included; the CSP is the desktop one. */
export function setSecurityHeaders(response: ServerResponse): void {
  response.setHeader('Content-Security-Policy', contentSecurityPolicy);
  response.setHeader('X-Content-Type-Options', 'nosniff');
  response.setHeader('Referrer-Policy', 'no-referrer');
  response.setHeader('X-Frame-Options', 'DENY');
  // Another site may not embed our files or keep a handle on our window.
  response.setHeader('Cross-Origin-Resource-Policy', 'same-origin');
  response.setHeader('Cross-Origin-Opener-Policy', 'same-origin');
}
