/**
 * Picks the data folder: `--data-dir DIR` or `--data-dir=DIR` on the command line, then the
 * LOS_DATA_DIR environment variable, then the fallback (Electron's userData folder).
 *
 * Pure on purpose: the browser-mode server (serve.ts) uses it too and must not load electron.
 * An empty value is ignored rather than meaning "the current folder", so a stray
 * `LOS_DATA_DIR=` cannot scatter a board's records into wherever the app was started from.
 */
export function resolveDataDir(
  argv: readonly string[],
  env: Record<string, string | undefined>,
  fallback: string,
): string {
  const fromArgs = dataDirFromArgs(argv);
  if (fromArgs) return fromArgs;
  const fromEnv = env.LOS_DATA_DIR?.trim();
  if (fromEnv) return fromEnv;
  return fallback;
}

const flag = '--data-dir';

function dataDirFromArgs(argv: readonly string[]): string | undefined {
  // The last occurrence wins, as with most command-line tools.
  let found: string | undefined;
  argv.forEach((arg, index) => {
    if (arg === flag) {
      const next = argv[index + 1];
      if (next !== undefined && !next.startsWith('--') && next.trim()) found = next;
    } else if (arg.startsWith(`${flag}=`)) {
      const value = arg.slice(flag.length + 1);
      if (value.trim()) found = value;
    }
  });
  return found;
}
