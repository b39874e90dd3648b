import type { IncomingMessage } from 'node:http';

/** A body too large carries no message: the caller says it in the page's language. */
export type JsonBody =
  | { ok: true; input: unknown }
  | { ok: false; status: 413 }
  | { ok: false; status: 400; message: string };

/**
 * Reads `{"input": ...}` up to `maxBytes`. An empty body means no input. `__proto__` keys are
 * refused outright: nothing we accept needs one, and a merge somewhere later must never meet one.
 */
export async function readJsonBody(request: IncomingMessage, maxBytes: number): Promise<JsonBody> {
  const tooLarge: JsonBody = { ok: false, status: 413 };
  const declared = Number(request.headers['content-length'] ?? 0);
  if (declared > maxBytes) {
    drain(request);
    return tooLarge;
  }
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > maxBytes) {
      drain(request);
      return tooLarge;
    }
    chunks.push(chunk);
  }
  const text = Buffer.concat(chunks).toString('utf8');
  if (text.trim() === '') return { ok: true, input: undefined };
  return parseEnvelope(text);
}

function parseEnvelope(text: string): JsonBody {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text, refuseProtoKeys);
  } catch (error) {
    return {
      ok: false,
      status: 400,
      message:
        error instanceof ProtoKeyError
          ? 'The request contains a field named "__proto__", which is not allowed.'
          : 'The request body is not valid JSON.',
    };
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    return { ok: false, status: 400, message: 'The request body must be {"input": ...}.' };
  }
  return { ok: true, input: (parsed as { input?: unknown }).input };
}

class ProtoKeyError extends Error {}

function refuseProtoKeys(key: string, value: unknown): unknown {
  if (key === '__proto__') throw new ProtoKeyError('__proto__');
  return value;
}

/** Lets the client finish sending so it reads our answer instead of a reset connection. */
function drain(request: IncomingMessage): void {
  request.resume();
}
