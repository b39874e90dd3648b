import { readFile } from 'node:fs/promises';
import type { PdfCheck } from '../shared/api/approval-contract';
import type { Workbook } from '../shared/domain/workbook';
import { resolveDataDir } from './app-paths';
import { desktopDataDir } from './desktop-data-dir';
import { checkPdf, pdfCheckIn } from './approval/pdf-check';
import { migrations } from './store/migrations';
import { currentSchemaVersion } from './store/schema-version';
import { storePaths } from './store/store-files';
import { decodeWorkbookFile } from './store/workbook-codec';

// `npm run verify-pdf -- FILE.pdf [--data-dir DIR]`: "Check a PDF file" without Electron. It
// reads the data file without taking its lock (it changes nothing), so it works while the app
// is open. Exit codes, so a script can tell the answers apart:
const exitCodes: Record<PdfCheck['verdict'], number> = {
  matches: 0,
  'unknown-here': 2,
  'changed-here': 3,
  altered: 4,
  unreadable: 5,
};

const usage =
  'Usage: npm run verify-pdf -- FILE.pdf [--data-dir DIR]\nChecks an agreement PDF saved by LOS Builder against the fingerprint printed on it and the revisions approved on this computer.';

void main();

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const file = args.find((arg, index) => !arg.startsWith('--') && args[index - 1] !== '--data-dir');
  if (file === undefined || args.includes('--help')) {
    console.error(usage);
    process.exit(1);
  }
  let bytes: Uint8Array;
  try {
    bytes = await readFile(file);
  } catch (error) {
    console.error(
      `${file} could not be read (${(error as NodeJS.ErrnoException).code ?? 'error'}).`,
    );
    process.exit(1);
  }
  const dataDir = resolveDataDir(process.argv, process.env, desktopDataDir());
  const workbook = await readWorkbook(dataDir);
  // No window asks, so no language: the command line answers in English.
  const result = pdfCheckIn(checkPdf(bytes, workbook), 'en');
  console.log(result.message);
  if (workbook === null && result.verdict === 'unknown-here') {
    console.log(`No LOS Builder data was found in ${dataDir} to compare it with.`);
  }
  process.exit(exitCodes[result.verdict]);
}

/** The records on this computer, read only; null where there are none or they cannot be read. */
async function readWorkbook(dataDir: string): Promise<Workbook | null> {
  try {
    const bytes = await readFile(storePaths(dataDir).data);
    return decodeWorkbookFile(bytes, { schemaVersion: currentSchemaVersion, migrations }).workbook;
  } catch {
    return null;
  }
}
