import { spawn, type ChildProcess } from 'node:child_process';
import { chmod, cp, mkdir, mkdtemp, readdir, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
/** What `npm start` needs of a checkout: the launcher, the sources it builds, their config. */
const copied = ['scripts', 'src', 'resources', 'package.json', 'electron.vite.config.ts'];
export const electronVersion = '45.5.0';

/**
 * A throwaway checkout for running `scripts/start.mjs` against: its own copy of the electron
 * package (so an installer can write into it) and every other package linked from ours.
 */
export interface StartProject {
  dir: string;
  electronDir: string;
  /** A folder for the test's own files (records of what stand-ins saw, a fake home). */
  work: string;
  remove(): Promise<void>;
}

export async function makeStartProject(): Promise<StartProject> {
  const work = await mkdtemp(join(tmpdir(), 'los-start-'));
  const dir = join(work, 'checkout');
  await mkdir(join(dir, 'node_modules'), { recursive: true });
  const tsconfigs = (await readdir(repoRoot)).filter((name) => /^tsconfig.*\.json$/.test(name));
  for (const entry of [...copied, ...tsconfigs])
    await cp(join(repoRoot, entry), join(dir, entry), { recursive: true });
  for (const name of await readdir(join(repoRoot, 'node_modules'))) {
    if (name === 'electron') continue;
    await symlink(join(repoRoot, 'node_modules', name), join(dir, 'node_modules', name));
  }
  const electronDir = join(dir, 'node_modules', 'electron');
  await cp(join(repoRoot, 'node_modules', 'electron'), electronDir, { recursive: true });
  // Whatever our own checkout has downloaded is not part of a fresh install.
  await rm(join(electronDir, 'dist'), { recursive: true, force: true });
  await rm(join(electronDir, 'path.txt'), { force: true });
  return { dir, electronDir, work, remove: () => rm(work, { recursive: true, force: true }) };
}

/**
 * A stand-in Electron program: answers --version like the real one and otherwise records the
 * arguments it was started with in $STAND_IN_RECORD.
 */
export function standInProgramSource(): string {
  return [
    `#!${process.execPath}`,
    "const { writeFileSync } = require('node:fs');",
    `if (process.argv.includes('--version')) { console.log('v${electronVersion}'); process.exit(0); }`,
    'writeFileSync(process.env.STAND_IN_RECORD, JSON.stringify(process.argv.slice(2)));',
    '',
  ].join('\n');
}

export async function writeStandInProgram(distDir: string): Promise<string> {
  await mkdir(distDir, { recursive: true });
  const program = join(distDir, 'electron');
  await writeFile(program, standInProgramSource());
  await chmod(program, 0o755);
  await writeFile(join(distDir, 'version'), electronVersion);
  return program;
}

/**
 * Replaces the package's installer: 'succeeds' lays out dist/ and path.txt as the real one
 * does; 'fails' prints what the real one prints without a network. Either way it leaves a
 * mark in $STAND_IN_INSTALLER_RAN.
 */
export async function useStandInInstaller(
  project: StartProject,
  outcome: 'succeeds' | 'fails',
): Promise<void> {
  const lines = [
    "const { writeFileSync } = require('node:fs');",
    "writeFileSync(process.env.STAND_IN_INSTALLER_RAN, 'ran');",
  ];
  if (outcome === 'fails') {
    lines.push("console.error('TypeError: fetch failed\\n    at node:internal/deps/undici');");
    lines.push('process.exit(1);');
  } else {
    lines.push(
      "const { chmodSync, mkdirSync } = require('node:fs');",
      "const { join } = require('node:path');",
      "mkdirSync(join(__dirname, 'dist'), { recursive: true });",
      `writeFileSync(join(__dirname, 'dist', 'electron'), ${JSON.stringify(standInProgramSource())});`,
      "chmodSync(join(__dirname, 'dist', 'electron'), 0o755);",
      `writeFileSync(join(__dirname, 'dist', 'version'), '${electronVersion}');`,
      "writeFileSync(join(__dirname, 'path.txt'), 'electron');",
    );
  }
  await writeFile(join(project.electronDir, 'install.js'), lines.join('\n') + '\n');
}

export interface StartRun {
  child: ChildProcess;
  output(): string;
  /** Resolves with the first match of `pattern` in the output; rejects if the run ends first. */
  waitFor(pattern: RegExp, timeoutMs?: number): Promise<RegExpExecArray>;
  exit(): Promise<number | null>;
}

/** Runs `node scripts/start.mjs` in the project, with the environment given and nothing else. */
export function runStart(
  project: StartProject,
  env: Record<string, string>,
  args: string[] = [],
  nodeArgs: string[] = [],
): StartRun {
  const child = spawn(process.execPath, [...nodeArgs, 'scripts/start.mjs', ...args], {
    cwd: project.dir,
    env: { PATH: process.env.PATH ?? '', HOME: join(project.work, 'home'), ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let printed = '';
  const listeners = new Set<() => void>();
  const onData = (chunk: Buffer): void => {
    printed += chunk.toString('utf8');
    for (const listener of listeners) listener();
  };
  child.stdout.on('data', onData);
  child.stderr.on('data', onData);
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return {
    child,
    output: () => printed,
    exit: () => exited,
    waitFor: (pattern, timeoutMs = 60_000) =>
      new Promise((resolve, reject) => {
        const check = (): void => {
          const match = pattern.exec(printed);
          if (!match) return;
          done();
          resolve(match);
        };
        const timer = setTimeout(() => {
          done();
          reject(new Error(`Not printed within ${timeoutMs} ms: ${pattern}\n${printed}`));
        }, timeoutMs);
        const done = (): void => {
          clearTimeout(timer);
          listeners.delete(check);
        };
        listeners.add(check);
        void exited.then(() => {
          if (!listeners.has(check)) return;
          done();
          reject(new Error(`start exited before printing ${pattern}:\n${printed}`));
        });
        check();
      }),
  };
}
