import { fileURLToPath } from 'node:url';
import { version as appVersion } from '../../package.json';
import { AppError } from './app-error';
import { resolveDataDir } from './app-paths';
import { desktopDataDir } from './desktop-data-dir';
import { openApp, refuseOtherUtility } from './library/open-app';
import type { UtilityLibrary } from './library/utility-library';
import { downloadDelivery } from './services/file-delivery';
import { createDispatcher, type Dispatch } from './transport/dispatch';
import { startHttpServer, type RunningHttpServer } from './transport/http';

// Browser mode: `node out/main/serve.js [--data-dir DIR] [--utility KEY] [--port N]`. The same
// library and handlers as the desktop app, served on 127.0.0.1 to a browser holding the launch
// token. --utility opens that utility (two servers may serve two utilities of one folder).

const defaultPort = 5173;
// Built layout: out/main/serve.js beside out/renderer.
const rendererDir = fileURLToPath(new URL('../renderer/', import.meta.url));

class StartError extends Error {}

void main();

async function main(): Promise<void> {
  let library: UtilityLibrary | undefined;
  let server: RunningHttpServer | undefined;
  try {
    const port = parsePort(process.argv);
    const root = resolveDataDir(process.argv, process.env, desktopDataDir());
    const opened = await openApp({
      root,
      appVersion,
      startWith: argValue(process.argv, '--utility'),
      mode: 'browser',
      // The browser saves PDFs and backups itself; main never writes outside its data folder here.
      delivery: downloadDelivery,
    });
    library = opened.library;
    server = await listen(refuseOtherUtility(createDispatcher(opened.handlers), library), port);
  } catch (error) {
    console.error(startFailureMessage(error));
    if (library) await closeQuietly(library);
    process.exit(1);
  }
  stopOnSignal(server, library);
  const address = `${server.url}/#token=${server.token}`;
  console.log(`LOS Builder is running at ${address}`);
  console.log('Press Ctrl+C to stop.');
  // Started by `npm start` (scripts/launch): tell it the address so it can open the browser.
  process.send?.({ type: 'listening', url: address });
}

async function listen(dispatch: Dispatch, port: number): Promise<RunningHttpServer> {
  try {
    return await startHttpServer({ dispatch, port, staticDir: rendererDir });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EADDRINUSE') {
      throw new StartError(
        `Port ${port} is already in use. Choose another with --port, or --port 0 for any free port.`,
      );
    }
    if (code === 'EACCES') throw new StartError(`LOS Builder may not use port ${port}.`);
    throw error;
  }
}

/** Waits for the save in flight and releases the data folder, then leaves. */
function stopOnSignal(server: RunningHttpServer, library: UtilityLibrary): void {
  let stopping = false;
  const stop = (): void => {
    // A second Ctrl+C means "now": the durable write never leaves a torn file behind.
    if (stopping) process.exit(1);
    stopping = true;
    void server
      .close()
      .then(() => library.close())
      .then(
        () => process.exit(0),
        (error: unknown) => {
          console.error(`LOS Builder could not finish saving: ${messageOf(error)}`);
          process.exit(1);
        },
      );
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  // A launcher that dies without passing on a signal must not leave the server running.
  process.on('disconnect', stop);
}

async function closeQuietly(library: UtilityLibrary): Promise<void> {
  try {
    await library.close();
  } catch {
    // Already failing to start; the first message is the one that matters.
  }
}

/** `--name value` or `--name=value`; the last one given wins. */
function argValue(argv: readonly string[], name: string): string | undefined {
  let raw: string | undefined;
  argv.forEach((arg, index) => {
    if (arg === name) raw = argv[index + 1];
    else if (arg.startsWith(`${name}=`)) raw = arg.slice(name.length + 1);
  });
  return raw;
}

function parsePort(argv: readonly string[]): number {
  const raw = argValue(argv, '--port');
  if (raw === undefined) return defaultPort;
  const port = Number(raw);
  if (!/^\d+$/.test(raw) || port > 65535) {
    throw new StartError('--port must be a whole number from 0 to 65535 (0 picks any free port).');
  }
  return port;
}

function startFailureMessage(error: unknown): string {
  if (error instanceof AppError || error instanceof StartError) return error.message;
  return `LOS Builder could not start: ${messageOf(error)}`;
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
