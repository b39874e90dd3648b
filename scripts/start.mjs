// `npm start`: opens the desktop app with `electron-vite preview` (build, then launch) when the
// Electron program is installed. Where it could not be downloaded, say so in one plain line
// and point to browser mode instead of letting `require('electron')` try to download it.
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

if (!electronBinaryPresent()) {
  console.error(
    'The Electron app cannot start here because its program could not be downloaded; run `npm run serve` to use LOS Builder in your browser instead.',
  );
  process.exit(1);
}

const child = spawn('npx', ['electron-vite', 'preview', ...process.argv.slice(2)], {
  stdio: 'inherit',
  shell: process.platform === 'win32',
});
child.on('exit', (code, signal) => process.exit(signal ? 1 : (code ?? 1)));

/** Mirrors how the electron package finds its program (path.txt under dist/), without loading it. */
function electronBinaryPresent() {
  let packageDir;
  try {
    packageDir = dirname(createRequire(import.meta.url).resolve('electron/package.json'));
  } catch {
    return false;
  }
  const pathFile = join(packageDir, 'path.txt');
  if (!existsSync(pathFile)) return false;
  const executable = readFileSync(pathFile, 'utf8').trim();
  const distDir = process.env.ELECTRON_OVERRIDE_DIST_PATH || join(packageDir, 'dist');
  return executable !== '' && existsSync(join(distDir, executable));
}
