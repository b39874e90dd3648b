import { createReadStream } from 'node:fs';
import { realpath, stat } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { contentTypeFor } from '../resolve-app-file';
import { isAbsolute, join, relative, resolve, sep } from 'node:path';

/** Serves the built renderer read-only; anything outside `root` does not exist as far as callers know. */
export async function serveStaticFile(
  request: IncomingMessage,
  response: ServerResponse,
  root: string | undefined,
  pathname: string,
): Promise<void> {
  if (request.method !== 'GET' && request.method !== 'HEAD') {
    response.setHeader('Allow', 'GET, HEAD');
    return sendText(response, 405, 'Method not allowed');
  }
  const filePath = root ? await resolveInside(root, pathname) : undefined;
  if (!filePath) return sendText(response, 404, 'Not found');
  const info = await stat(filePath);
  response.writeHead(200, {
    'Content-Type': contentTypeFor(filePath),
    'Content-Length': info.size,
    'Cache-Control': cachePolicyFor(pathname),
  });
  if (request.method === 'HEAD') {
    response.end();
    return;
  }
  await new Promise<void>((done) => {
    const stream = createReadStream(filePath);
    stream.on('error', () => response.destroy());
    response.on('close', () => {
      stream.destroy();
      done();
    });
    stream.pipe(response);
  });
}

/**
 * The build names every file under assets/ after a hash of its content, so a name never
 * changes content: the browser may keep it and the code it compiled from it (a repeat start
 * then skips downloading and compiling). The page itself must be asked for again each time,
 * since it names the current build's files.
 */
function cachePolicyFor(pathname: string): string {
  return pathname.startsWith('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache';
}

/** The real path of a regular file under root, or undefined (missing, a folder, or outside). */
async function resolveInside(root: string, pathname: string): Promise<string | undefined> {
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return undefined;
  }
  // Decoding can smuggle a NUL or a Windows separator past URL normalisation; refuse both.
  if (decoded.includes('\0') || decoded.includes('\\')) return undefined;
  const wanted = decoded === '/' ? 'index.html' : decoded;
  const rootPath = resolve(root);
  const candidate = resolve(join(rootPath, wanted));
  if (!isInside(rootPath, candidate)) return undefined;
  try {
    // A symbolic link inside the folder must not lead outside it either.
    const [realRoot, realFile] = await Promise.all([realpath(rootPath), realpath(candidate)]);
    if (!isInside(realRoot, realFile)) return undefined;
    return (await stat(realFile)).isFile() ? realFile : undefined;
  } catch {
    return undefined;
  }
}

function isInside(root: string, candidate: string): boolean {
  const rel = relative(root, candidate);
  return rel !== '' && rel !== '..' && !rel.startsWith(`..${sep}`) && !isAbsolute(rel);
}

function sendText(response: ServerResponse, status: number, text: string): void {
  response.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8' });
  response.end(text);
}
