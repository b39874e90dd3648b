import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { carriesFile } from '../../shared/api/contract';
import { isMethodName } from '../../shared/api/methods';
import { languageSchema } from '../../shared/api/preferences-contract';
import { fail, type Result } from '../../shared/api/result';
import { refusal, refusalIn, type RefusalKey } from '../messages/refusal';
import { internalError, type Caller, type Dispatch } from './dispatch';
import { readJsonBody } from './read-json-body';
import { setSecurityHeaders } from './security-headers';
import { serveStaticFile } from './static-files';

export interface HttpServerOptions {
  dispatch: Dispatch;
  /** 0 picks any free port. */
  port: number;
  /** The built renderer (out/renderer); without it only the API is served. */
  staticDir?: string;
  /** Made at random when absent; tests pass their own. */
  token?: string;
  maxBodyBytes?: number;
  /** The limit for the methods that carry a whole CSV file (default 48 MB). */
  maxFileBodyBytes?: number;
}

export interface RunningHttpServer {
  /** `http://127.0.0.1:PORT` without a trailing slash. */
  url: string;
  port: number;
  token: string;
  close(): Promise<void>;
}

export const tokenHeader = 'x-los-token';
/** Which utility the page shows (its key from app:status), so a stale page is refused. */
export const utilityHeader = 'x-los-utility';
/** The language the page shows, so main's refusals come back in it. */
export const languageHeader = 'x-los-language';
const host = '127.0.0.1';
const defaultMaxBodyBytes = 2 * 1024 * 1024;
/**
 * A complaint log of up to 20 MB travels inside JSON, where quotes, backslashes and control
 * characters take more room; only the methods the contract marks as carrying a file need that
 * much, so only they get it.
 */
const defaultMaxFileBodyBytes = 48 * 1024 * 1024;
const apiPrefix = '/api/';

/**
 * Browser mode: the same dispatcher as IPC, on loopback only. Any web page in the user's browser
 * can send requests to 127.0.0.1, so every API call needs the launch token (which only the page
 * opened from the printed address knows), and a foreign Host (DNS rebinding) or Origin is refused.
 */
export async function startHttpServer(options: HttpServerOptions): Promise<RunningHttpServer> {
  const token = options.token ?? randomBytes(32).toString('hex');
  const expectedTokenHash = sha256(token);
  const maxBodyBytes = options.maxBodyBytes ?? defaultMaxBodyBytes;
  const maxFileBodyBytes = options.maxFileBodyBytes ?? defaultMaxFileBodyBytes;
  let port = 0;

  const server = createServer((request, response) => {
    handle(request, response).catch((error: unknown) => {
      console.error('Browser-mode request failed:', error);
      if (!response.headersSent) {
        sendResult(response, 500, internalError(callerOf(request).language ?? 'en'));
      } else response.destroy();
    });
  });

  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    setSecurityHeaders(response);
    const pathname = new URL(request.url ?? '/', 'http://placeholder').pathname;
    const isApi = pathname.startsWith(apiPrefix);
    if (isApi) response.setHeader('Cache-Control', 'no-store');

    const hostHeader = request.headers.host?.toLowerCase();
    if (!hostHeader || !allowedHosts(port).includes(hostHeader)) {
      return refuse(request, response, 403, isApi, 'refusals.notThisAddress');
    }
    const origin = request.headers.origin;
    if (origin !== undefined && origin.toLowerCase() !== `http://${hostHeader}`) {
      return refuse(request, response, 403, isApi, 'refusals.otherWebsite');
    }
    if (!isApi) return serveStaticFile(request, response, options.staticDir, pathname);

    if (request.method !== 'POST') {
      response.setHeader('Allow', 'POST');
      const said = refusalIn(refusal('refusals.mustPost'), callerOf(request).language ?? 'en');
      return sendResult(response, 405, fail('invalid-input', said));
    }
    if (!tokenMatches(request.headers[tokenHeader], expectedTokenHash)) {
      return refuse(request, response, 401, true, 'refusals.notConnected');
    }
    const method = decodeMethod(pathname.slice(apiPrefix.length));
    const limit = isMethodName(method) && carriesFile(method) ? maxFileBodyBytes : maxBodyBytes;
    const body = await readJsonBody(request, limit);
    const caller = callerOf(request);
    if (!body.ok) {
      if (body.status === 400)
        return sendResult(response, 400, fail('invalid-input', body.message));
      response.setHeader('Connection', 'close');
      const megabytes = Math.round(limit / 1024 / 1024);
      const said = refusalIn(refusal('refusals.tooLarge', { megabytes }), caller.language ?? 'en');
      return sendResult(response, 413, fail('invalid-input', said));
    }
    sendResult(response, 200, await options.dispatch(method, body.input, caller));
  }

  await new Promise<void>((resolveListen, rejectListen) => {
    server.once('error', rejectListen);
    server.listen(options.port, host, () => {
      server.off('error', rejectListen);
      resolveListen();
    });
  });
  port = (server.address() as AddressInfo).port;

  return {
    url: `http://${host}:${port}`,
    port,
    token,
    close: () =>
      new Promise<void>((resolveClose, rejectClose) => {
        server.close((error) => (error ? rejectClose(error) : resolveClose()));
        // Keep-alive connections would otherwise hold close() open for seconds.
        server.closeAllConnections();
      }),
  };
}

function allowedHosts(port: number): string[] {
  return [`${host}:${port}`, `localhost:${port}`];
}

function sha256(text: string): Buffer {
  return createHash('sha256').update(text).digest();
}

/** Compares digests of equal length so the time taken says nothing about the token. */
function tokenMatches(given: string | string[] | undefined, expectedHash: Buffer): boolean {
  return typeof given === 'string' && timingSafeEqual(sha256(given), expectedHash);
}

function decodeMethod(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

/**
 * A refusal: a Result in the caller's language for API callers, plain English text for page
 * loads (a browser asking for a page sends no language).
 */
function refuse(
  request: IncomingMessage,
  response: ServerResponse,
  status: number,
  isApi: boolean,
  key: RefusalKey,
): void {
  if (isApi) {
    const message = refusalIn(refusal(key), callerOf(request).language ?? 'en');
    return sendResult(response, status, fail('forbidden', message));
  }
  response.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8' });
  response.end(refusalIn(refusal(key), 'en'));
}

/**
 * Every API answer is a Result. A dispatched call answers 200 even when the Result is an error:
 * the status reports the transport, the Result reports the call, exactly as over IPC.
 */
function sendResult(response: ServerResponse, status: number, result: Result<unknown>): void {
  const body = JSON.stringify(result);
  response.writeHead(status, {
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': Buffer.byteLength(body),
  });
  response.end(body);
}

/** The utility the calling page shows, when it says (a key is short, lower-case and plain). */
function callerOf(request: IncomingMessage): Caller {
  const key = request.headers[utilityHeader];
  const language = languageSchema.safeParse(request.headers[languageHeader]);
  return {
    ...(typeof key === 'string' && /^[a-z0-9-]{1,40}$/.test(key) ? { utilityKey: key } : {}),
    ...(language.success ? { language: language.data } : {}),
  };
}
