import { fileURLToPath } from 'node:url';
import {
  findElectronPackage,
  installedProgram,
} from '../../../scripts/launch/electron-program.mjs';

/**
 * The Electron program's path, found the way `npm start` finds it (without loading the
 * package, which would try to download it). `npm run test:e2e` fetches it first where it can;
 * undefined where it could not be had (see ENVIRONMENT.md).
 */
function findElectronExecutable(): string | undefined {
  const electron = findElectronPackage(fileURLToPath(new URL('../../../', import.meta.url)));
  return electron && installedProgram(electron, process.env);
}

export const electronExecutablePath = findElectronExecutable();
export const electronBinaryPresent = electronExecutablePath !== undefined;
