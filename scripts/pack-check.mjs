// Checks packaging offline, up to the app archive: builds the bundles, packs them with
// electron-builder into an unpacked Linux folder around a stand-in Electron (the real binary
// cannot be downloaded here), then inspects app.asar and the fuse wire.
//
// The stand-in carries a fuse wire in Electron 45's default state (the same sentinel and layout
// @electron/fuses looks for), so electron-builder's fuse step runs for real on it and this
// script can read back which fuses it flipped. It proves the configuration, not the binary:
// the real binary is fused when installers are built with `npm run dist`.
//
// Usage: node scripts/pack-check.mjs [--no-build]
import { execFileSync } from 'node:child_process';
import {
  chmodSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const electronVersion = '45.5.0';
const executableName = 'los-builder';
const sentinel = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX';
// Fuse wire V1 order, with Electron's default state ('1' on, '0' off).
const fuses = [
  { name: 'RunAsNode', initial: '1', wanted: '0' },
  { name: 'EnableCookieEncryption', initial: '0', wanted: '1' },
  { name: 'EnableNodeOptionsEnvironmentVariable', initial: '1', wanted: '0' },
  { name: 'EnableNodeCliInspectArguments', initial: '1', wanted: '0' },
  { name: 'EnableEmbeddedAsarIntegrityValidation', initial: '0', wanted: '1' },
  { name: 'OnlyLoadAppFromAsar', initial: '0', wanted: '1' },
  { name: 'LoadBrowserProcessSpecificV8Snapshot', initial: '0', wanted: '0' },
  { name: 'GrantFileProtocolExtraPrivileges', initial: '1', wanted: '0' },
];
const required = [
  'out/main/index.js',
  'out/preload/index.cjs',
  'out/renderer/index.html',
  'package.json',
];
const forbiddenPrefixes = ['src/', 'tests/', 'scripts/', 'tools/', 'resources/', '.git/'];

const problems = [];
const work = mkdtempSync(join(tmpdir(), 'los-pack-check-'));
try {
  if (!process.argv.includes('--no-build')) run('npx', ['electron-vite', 'build']);
  const electronDist = makeStandInElectron(join(work, 'electron'));
  const output = join(work, 'dist');
  run('npx', [
    'electron-builder',
    '--linux',
    'dir',
    '--publish',
    'never',
    '--config',
    'electron-builder.yml',
    `-c.electronDist=${electronDist}`,
    `-c.directories.output=${output}`,
  ]);
  const appDir = join(output, 'linux-unpacked');
  checkArchive(join(appDir, 'resources', 'app.asar'));
  checkFuses(join(appDir, executableName));
} catch (error) {
  problems.push(error instanceof Error ? error.message : String(error));
} finally {
  rmSync(work, { recursive: true, force: true });
}

if (problems.length > 0) {
  console.error(`pack-check: FAILED\n- ${problems.join('\n- ')}`);
  process.exit(1);
}
console.log('pack-check: OK');

function run(command, args) {
  execFileSync(command, args, {
    stdio: ['ignore', 'inherit', 'inherit'],
    env: {
      ...process.env,
      ELECTRON_SKIP_BINARY_DOWNLOAD: '1',
      CSC_IDENTITY_AUTO_DISCOVERY: 'false',
    },
  });
}

function makeStandInElectron(dir) {
  mkdirSync(join(dir, 'resources'), { recursive: true });
  const wire = Buffer.concat([
    Buffer.from(sentinel, 'latin1'),
    Buffer.from([1, fuses.length]),
    Buffer.from(fuses.map((fuse) => fuse.initial).join(''), 'latin1'),
  ]);
  const script = Buffer.from('#!/bin/sh\necho "stand-in Electron for pack-check"\nexit 1\n# ');
  writeFileSync(join(dir, 'electron'), Buffer.concat([script, wire, Buffer.from('\n')]));
  chmodSync(join(dir, 'electron'), 0o755);
  writeFileSync(join(dir, 'version'), electronVersion);
  writeFileSync(join(dir, 'LICENSE'), 'Stand-in for the Electron license.\n');
  return dir;
}

/** Lists the files in an asar archive from its JSON header (no extra dependency needed). */
function listAsar(file) {
  const buffer = readFileSync(file);
  const headerLength = buffer.readUInt32LE(12);
  const header = JSON.parse(buffer.subarray(16, 16 + headerLength).toString('utf8'));
  const files = [];
  const walk = (node, prefix) => {
    for (const [name, child] of Object.entries(node.files ?? {})) {
      const path = `${prefix}${name}`;
      if (child.files) walk(child, `${path}/`);
      else files.push(path);
    }
  };
  walk(header, '');
  return files;
}

function checkArchive(asarPath) {
  if (!existsSync(asarPath)) {
    problems.push(`no app archive at ${asarPath}`);
    return;
  }
  const files = listAsar(asarPath);
  for (const path of required) {
    if (!files.includes(path)) problems.push(`app.asar lacks ${path}`);
  }
  const stray = files.filter((path) => forbiddenPrefixes.some((prefix) => path.startsWith(prefix)));
  if (stray.length > 0)
    problems.push(`app.asar holds files it must not: ${stray.slice(0, 5).join(', ')}`);
  const modules = new Set(
    files
      .filter((path) => path.startsWith('node_modules/'))
      .map((path) =>
        path
          .split('/')
          .slice(1, path.split('/')[1].startsWith('@') ? 3 : 2)
          .join('/'),
      ),
  );
  const megabytes = (statSync(asarPath).size / 1024 / 1024).toFixed(1);
  console.log(
    `app.asar: ${megabytes} MB, ${files.length} files, ${modules.size} packages in node_modules`,
  );
}

function checkFuses(binaryPath) {
  const binary = readFileSync(binaryPath);
  const at = binary.indexOf(sentinel, 0, 'latin1');
  if (at === -1) {
    problems.push('fuse wire not found in the packed executable');
    return;
  }
  const start = at + sentinel.length + 2;
  const states = fuses.map((fuse, index) => ({
    ...fuse,
    actual: String.fromCharCode(binary[start + index]),
  }));
  for (const fuse of states) {
    if (fuse.actual !== fuse.wanted) {
      problems.push(`fuse ${fuse.name} is ${fuse.actual}, expected ${fuse.wanted}`);
    }
  }
  const summary = states.map((fuse) => `${fuse.name}=${fuse.actual === '1' ? 'on' : 'off'}`);
  console.log(`fuses (flipped by electron-builder on the stand-in wire): ${summary.join(', ')}`);
}
