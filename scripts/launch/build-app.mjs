// @ts-check
// Builds the app's bundles (main, preload, renderer) into out/ with electron-vite. Its output
// is kept back unless the build fails: a newcomer needs one line, not a page of file sizes.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/**
 * @param {string} projectDir
 * @param {NodeJS.ProcessEnv} env
 * @returns {Promise<{ ok: true } | { ok: false, output: string }>}
 */
export function buildApp(projectDir, env) {
  const manifest = createRequire(join(projectDir, 'package.json')).resolve(
    'electron-vite/package.json',
  );
  const { bin } = JSON.parse(readFileSync(manifest, 'utf8'));
  const cli = join(dirname(manifest), typeof bin === 'string' ? bin : bin['electron-vite']);
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [cli, 'build'], {
      cwd: projectDir,
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk) => (output += String(chunk)));
    child.stderr.on('data', (chunk) => (output += String(chunk)));
    child.on('error', (error) => resolve({ ok: false, output: error.message }));
    child.on('close', (code) => resolve(code === 0 ? { ok: true } : { ok: false, output }));
  });
}
