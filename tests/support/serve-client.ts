import { request, type IncomingHttpHeaders, type OutgoingHttpHeaders } from 'node:http';
import { languageHeader } from '../../src/main/transport/http';
import type { Result } from '../../src/shared/api/result';
import type { Language } from '../../src/shared/domain/printed-date';

export interface RawResponse {
  status: number;
  headers: IncomingHttpHeaders;
  body: string;
}

export interface RawRequest {
  port: number;
  path: string;
  method?: string;
  /** Sent as given: a raw request may set Host and Origin, which fetch would not allow. */
  headers?: OutgoingHttpHeaders;
  body?: string | Buffer;
}

/** One HTTP exchange with nothing added: no default Host rewriting, no redirects, no retries. */
export function rawRequest(options: RawRequest): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const outgoing = request(
      {
        host: '127.0.0.1',
        port: options.port,
        path: options.path,
        method: options.method ?? 'GET',
        headers: { Host: `127.0.0.1:${options.port}`, ...options.headers },
        agent: false,
      },
      (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () =>
          resolve({
            status: response.statusCode ?? 0,
            headers: response.headers,
            body: Buffer.concat(chunks).toString('utf8'),
          }),
        );
        response.on('error', reject);
      },
    );
    outgoing.on('error', reject);
    outgoing.end(options.body);
  });
}

/** What a page sends besides its token: the language it shows, and any other header. */
export interface PageSends {
  language?: Language;
  headers?: Record<string, string>;
}

/** Calls one API method the way the renderer's HTTP client does. */
export async function callApi(
  port: number,
  token: string,
  method: string,
  input?: unknown,
  page: PageSends = {},
): Promise<{ status: number; result: Result<unknown> }> {
  const body = JSON.stringify(input === undefined ? {} : { input });
  const language = page.language ? { [languageHeader]: page.language } : {};
  const response = await rawRequest({
    port,
    path: `/api/${method}`,
    method: 'POST',
    headers: {
      'Content-Type': 'application/json',
      'X-LOS-Token': token,
      ...language,
      ...page.headers,
    },
    body,
  });
  return { status: response.status, result: JSON.parse(response.body) as Result<unknown> };
}
