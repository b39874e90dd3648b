// @ts-check
// Fetch-first for the commands that need the Electron program itself: `npm run dev`,
// `npm run dist` and the Electron end-to-end tests run this first. It fetches the program
// if it is missing and exits 0 once it is there; otherwise it says why in one line and exits
// 1, or, with --optional, exits 0 so the command after it runs without Electron.
//
// Usage: node scripts/with-electron.mjs --for "npm run dev" [--optional]
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureElectronProgram } from './launch/electron-program.mjs';

const args = process.argv.slice(2);
const purpose = args[args.indexOf('--for') + 1] ?? 'this command';
const optional = args.includes('--optional');
const projectDir = join(dirname(fileURLToPath(import.meta.url)), '..');

const program = await ensureElectronProgram(projectDir, process.env, (line) => console.log(line));
if (!program.ok) {
  if (optional) {
    console.log(`The Electron program is not available for ${purpose}: ${program.reason}.`);
  } else {
    console.error(
      `${purpose} needs the Electron program, which could not be set up: ${program.reason}. npm start opens LOS Builder in your web browser instead.`,
    );
    process.exit(1);
  }
}
