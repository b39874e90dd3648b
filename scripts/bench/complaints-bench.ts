// The complaint log import (rows 6 and 7 of the budgets): its time on the real service path,
// and the browser-mode server's peak memory while it takes a 100,000-row file from the mapper.
import { copyFile, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { storePaths } from '../../src/main/store/store-files';
import { createDispatcher } from '../../src/main/transport/dispatch';
import type { Result } from '../../src/shared/api/result';
import { complaintCsv, complaintMapping, openFolder } from './bench-data';
import { missingBuild, startServe } from './browser-serve';
import {
  alternate,
  describe,
  repeat,
  report,
  withinBudget,
  type BenchModule,
  type BudgetResult,
} from './measure';

/** The request body the renderer's HTTP client sends for a file: the CSV inside JSON. */
function openBody(fileName: string, csvText: string): string {
  return JSON.stringify({ input: { fileName, csvText } });
}

function value<T>(result: Result<unknown>): T {
  if (!result.ok) throw new Error(`The bench's call failed: ${result.error.message}`);
  return result.value as T;
}

/**
 * One import as the renderer makes it, timed from the request body to the log on disk: the
 * body parsed, the file opened (read, columns suggested, rows mapped), then imported with the
 * suggested columns (checked, stored durably). `logFile`, when given, is a saved log the data
 * folder starts with. Answers the milliseconds taken.
 */
async function timedImport(body: string, rows: number, logFile?: string): Promise<number> {
  const dir = await mkdtemp(join(tmpdir(), 'los-bench-complaints-'));
  try {
    if (logFile) await copyFile(logFile, storePaths(dir).complaints);
    const { store, handlers } = await openFolder(dir);
    const dispatch = createDispatcher(handlers);
    const started = performance.now();
    const { input } = JSON.parse(body) as { input: unknown };
    const opened = value<{ fileId: string }>(await dispatch('complaints:open', input));
    const imported = value<{ added: number }>(
      await dispatch('complaints:import', { fileId: opened.fileId, mapping: complaintMapping }),
    );
    const taken = performance.now() - started;
    if (imported.added !== rows) throw new Error(`Imported ${imported.added} of ${rows} rows.`);
    await store.close();
    return taken;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** A data folder holding a saved 50,000-row log; its log file is copied into fresh folders. */
async function savedLog(body: string): Promise<{ path: string; dispose(): Promise<void> }> {
  const dir = await mkdtemp(join(tmpdir(), 'los-bench-log-'));
  const { store, handlers } = await openFolder(dir);
  const { input } = JSON.parse(body) as { input: { fileName: string; csvText: string } };
  const { fileId } = await handlers['complaints:open'](input);
  await handlers['complaints:import']({ fileId, mapping: complaintMapping });
  await store.close();
  return {
    path: storePaths(dir).complaints,
    dispose: () => rm(dir, { recursive: true, force: true }),
  };
}

async function importTimes(quick: boolean): Promise<BudgetResult[]> {
  const fiftyCsv = complaintCsv(50_000);
  const fifty = openBody('complaints.csv', fiftyCsv);
  const hundred = openBody('complaints.csv', complaintCsv(100_000));
  report('file sizes', `50,000 rows ${mb(fiftyCsv.length)}; 100,000 rows ${mb(hundred.length)}`);
  const { measure, reference, ratio } = await alternate(
    { runs: quick ? 3 : 7, warmUps: 1 },
    () => timedImport(hundred, 100_000),
    () => timedImport(fifty, 50_000),
  );
  report('import 50,000 rows into an empty log', describe(reference));
  report('import 100,000 rows into an empty log', describe(measure));

  // A later year's file into a log that holds one already: every row new, the log twice as long.
  const log = await savedLog(fifty);
  try {
    const nextYear = openBody('complaints-2.csv', fiftyCsv.replaceAll('Elm St', 'Oak Ave'));
    const second = await repeat({ runs: quick ? 2 : 5, warmUps: 0 }, () =>
      timedImport(nextYear, 50_000, log.path),
    );
    report('import 50,000 more rows into a 50,000-row log', describe(second));
  } finally {
    await log.dispose();
  }
  return [
    withinBudget('complaint import, 50,000 rows', reference, { max: 1000 }),
    withinBudget('complaint import, 100,000 rows vs 50,000', ratio, { max: 2.1, unit: '×' }),
  ];
}

function mb(chars: number): string {
  return `${(chars / 1024 / 1024).toFixed(1)} MB`;
}

/** The highest resident memory the process has had, in MB (Linux's VmHWM). */
async function peakMemory(pid: number): Promise<number> {
  const status = await readFile(`/proc/${pid}/status`, 'utf8');
  const kilobytes = /VmHWM:\s+(\d+) kB/.exec(status)?.[1];
  if (kilobytes === undefined) throw new Error('This system does not report VmHWM.');
  return Number(kilobytes) / 1024;
}

/**
 * One 100,000-row file through a fresh browser-mode server as the mapper sends it: the file
 * once, four column changes (a column left out and put back, twice), then the import. Answers
 * the server's peak memory in MB.
 */
async function serverPeak(body: string): Promise<number> {
  const dir = await mkdtemp(join(tmpdir(), 'los-bench-serve-'));
  const server = await startServe(dir);
  try {
    const { origin, hash } = new URL(server.url);
    const token = new URLSearchParams(hash.slice(1)).get('token') ?? '';
    const call = async <T>(method: string, payload: string): Promise<T> => {
      const response = await fetch(`${origin}/api/${method}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'X-LOS-Token': token },
        body: payload,
      });
      return value<T>((await response.json()) as Result<unknown>);
    };
    type Preview = { mapping: Record<string, string | null> };
    const opened = await call<{ fileId: string; preview: Preview }>('complaints:open', body);
    const { fileId } = opened;
    let mapping = opened.preview.mapping;
    const suggested = mapping;
    for (const column of ['location', 'resolved']) {
      for (const header of [null, suggested[column] ?? null]) {
        mapping = { ...mapping, [column]: header };
        const preview = await call<Preview>(
          'complaints:preview',
          JSON.stringify({ input: { fileId, mapping } }),
        );
        mapping = preview.mapping;
      }
    }
    const imported = await call<{ added: number }>(
      'complaints:import',
      JSON.stringify({ input: { fileId, mapping } }),
    );
    if (imported.added !== 100_000) throw new Error(`Imported ${imported.added} rows.`);
    return await peakMemory(server.pid);
  } finally {
    await server.stop();
    await rm(dir, { recursive: true, force: true });
  }
}

async function serverMemory(quick: boolean): Promise<BudgetResult[]> {
  const missing = missingBuild();
  if (missing) {
    report('server peak memory', missing);
    return [
      {
        measure: 'server peak memory, 100,000-row import',
        value: 'not measured',
        budget: '< 400 MB',
        ok: false,
      },
    ];
  }
  const body = openBody('complaints.csv', complaintCsv(100_000));
  const peak = await repeat({ runs: quick ? 1 : 3, warmUps: 0 }, () => serverPeak(body));
  report('server peak memory, 100,000-row import', describe(peak, 'MB'));
  return [withinBudget('server peak memory, 100,000-row import', peak, { max: 400, unit: 'MB' })];
}

export const bench: BenchModule = async ({ quick }) => [
  ...(await importTimes(quick)),
  ...(await serverMemory(quick)),
];
