import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/**
 * The Electron program's path, found the way the electron package finds it (path.txt naming
 * the file under dist/) but without loading the package, which would try to download it.
 * Undefined where it could not be downloaded (see ENVIRONMENT.md).
 */
function findElectronExecutable(): string | undefined {
  let packageDir: string;
  try {
    packageDir = dirname(createRequire(import.meta.url).resolve('electron/package.json'));
  } catch {
    return undefined;
  }
  const pathFile = join(packageDir, 'path.txt');
  if (!existsSync(pathFile)) return undefined;
  const executable = readFileSync(pathFile, 'utf8').trim();
  const distDir = process.env.ELECTRON_OVERRIDE_DIST_PATH || join(packageDir, 'dist');
  const fullPath = join(distDir, executable);
  return executable !== '' && existsSync(fullPath) ? fullPath : undefined;
}

export const electronExecutablePath = findElectronExecutable();
export const electronBinaryPresent = electronExecutablePath !== undefined;
