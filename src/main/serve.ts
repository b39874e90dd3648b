import { fileURLToPath } from 'node:url';
import { version as appVersion } from '../../package.json';
import { AppError } from './app-error';
import { resolveDataDir } from './app-paths';
import { desktopDataDir } from './desktop-data-dir';
import { createHandlers } from './handlers';
import { downloadDelivery } from './services/file-delivery';
import { currentSchemaVersion } from './store/schema-version';
import { openStore, type OpenedStore } from './store/open-store';
import { createDispatcher, type Dispatch } from './transport/dispatch';
import { startHttpServer, type RunningHttpServer } from './transport/http';

// Browser mode: `node out/main/serve.js [--data-dir DIR] [--port N]`. The same store and
// handlers as the desktop app, served on 127.0.0.1 to a browser holding the launch token.

const defaultPort = 5173;
// Built layout: out/main/serve.js beside out/renderer.
const rendererDir = fileURLToPath(new URL('../renderer/', import.meta.url));

class StartError extends Error {}

void main();

async function main(): Promise<void> {
  let store: OpenedStore | undefined;
  let server: RunningHttpServer | undefined;
  try {
    const port = parsePort(process.argv);
    const dataDir = resolveDataDir(process.argv, process.env, desktopDataDir());
    store = await openStore({ dataDir, appVersion });
    const opened = store;
    const handlers = createHandlers({
      repository: opened.repository,
      complaints: opened.complaints,
      status: () => ({
        appVersion,
        schemaVersion: currentSchemaVersion,
        mode: 'browser',
        notices: opened.notices,
      }),
      // The browser saves the PDF itself; main never writes outside its data folder here.
      delivery: downloadDelivery,
    });
    server = await listen(createDispatcher(handlers), port);
  } catch (error) {
    console.error(startFailureMessage(error));
    if (store) await closeQuietly(store);
    process.exit(1);
  }
  stopOnSignal(server, store);
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
function stopOnSignal(server: RunningHttpServer, store: OpenedStore): void {
  let stopping = false;
  const stop = (): void => {
    // A second Ctrl+C means "now": the durable write never leaves a torn file behind.
    if (stopping) process.exit(1);
    stopping = true;
    void server
      .close()
      .then(() => store.repository.flush())
      .then(() => store.close())
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

async function closeQuietly(store: OpenedStore): Promise<void> {
  try {
    await store.close();
  } catch {
    // Already failing to start; the first message is the one that matters.
  }
}

function parsePort(argv: readonly string[]): number {
  let raw: string | undefined;
  argv.forEach((arg, index) => {
    if (arg === '--port') raw = argv[index + 1];
    else if (arg.startsWith('--port=')) raw = arg.slice('--port='.length);
  });
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
