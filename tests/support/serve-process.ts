import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
const sourceEntry = 'src/main/serve.ts';
const builtEntry = 'out/main/serve.js';
const readyLine = /LOS Builder is running at (http:\/\/127\.0\.0\.1:(\d+))\/#token=([0-9a-f]+)/;

export interface ServeOptions {
  /** Passed as --data-dir; leave out to test LOS_DATA_DIR or the default. */
  dataDir?: string;
  port?: number;
  /** 'source' runs serve.ts through tsx (no build needed); 'built' runs out/main/serve.js. */
  entry?: 'source' | 'built';
  env?: Record<string, string>;
  extraArgs?: string[];
}

export interface RunningServe {
  url: string;
  port: number;
  token: string;
  child: ChildProcess;
  /** Everything printed so far (stdout and stderr). */
  output(): string;
  /** Sends a signal and resolves with the exit code. */
  stop(signal?: NodeJS.Signals): Promise<number | null>;
}

export interface FinishedServe {
  code: number | null;
  stdout: string;
  stderr: string;
}

export function serveCommand(options: ServeOptions): { command: string; args: string[] } {
  const entry = options.entry ?? 'source';
  if (entry === 'built' && !existsSync(new URL(builtEntry, `file://${repoRoot}`))) {
    throw new Error(`${builtEntry} is missing: run npm run build first.`);
  }
  const script = entry === 'built' ? [builtEntry] : ['--import', 'tsx', sourceEntry];
  const port = ['--port', String(options.port ?? 0)];
  const dataDir = options.dataDir === undefined ? [] : ['--data-dir', options.dataDir];
  return {
    command: process.execPath,
    args: [...script, ...dataDir, ...port, ...(options.extraArgs ?? [])],
  };
}

function spawnServe(options: ServeOptions): ChildProcess {
  const { command, args } = serveCommand(options);
  return spawn(command, args, {
    cwd: repoRoot,
    env: { ...process.env, ...options.env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
}

function exitOf(child: ChildProcess): Promise<number | null> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve(child.exitCode);
  return new Promise((resolve) => child.once('exit', (code) => resolve(code)));
}

/** Starts browser mode and resolves once it printed its address; rejects if it exits first. */
export function startServe(options: ServeOptions): Promise<RunningServe> {
  const child = spawnServe(options);
  let printed = '';
  return new Promise((resolve, reject) => {
    const onData = (chunk: Buffer): void => {
      printed += chunk.toString('utf8');
      const match = readyLine.exec(printed);
      if (!match) return;
      child.off('exit', onExit);
      resolve({
        url: match[1] ?? '',
        port: Number(match[2]),
        token: match[3] ?? '',
        child,
        output: () => printed,
        stop: (signal = 'SIGTERM') => {
          child.kill(signal);
          return exitOf(child);
        },
      });
    };
    const onExit = (code: number | null): void =>
      reject(new Error(`serve exited with ${String(code)} before it was ready:\n${printed}`));
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.once('exit', onExit);
  });
}

/** Runs browser mode expecting it to stop by itself (a refusal at start-up). */
export async function runServeToExit(options: ServeOptions): Promise<FinishedServe> {
  const child = spawnServe(options);
  let stdout = '';
  let stderr = '';
  child.stdout?.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')));
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
  const code = await exitOf(child);
  return { code, stdout, stderr };
}
