// Lock test child: tries to open the store in the folder given and prints one JSON line,
// {"opened":true} (then holds the lock until stdin closes) or {"error":{code,message}}.
import { AppError } from '../../src/main/app-error';
import { openStore } from '../../src/main/store/open-store';

const dataDir = process.argv[2];
if (!dataDir) throw new Error('usage: store-open-child.ts <data folder>');

try {
  const store = await openStore({ dataDir, appVersion: 'lock-test' });
  process.stdout.write(`${JSON.stringify({ opened: true, pid: process.pid })}\n`);
  process.stdin.resume();
  process.stdin.on('end', () => {
    void store.close().then(() => process.exit(0));
  });
} catch (error) {
  const body =
    error instanceof AppError
      ? { code: error.code, message: error.message }
      : { code: 'other', message: String(error) };
  process.stdout.write(`${JSON.stringify({ error: body })}\n`);
  process.exitCode = 1;
}
