// Checks the built renderer against Mantine's style sheets (src/renderer/src/mantine-styles.ts
// imports them one component at a time): every Mantine class the built code uses must be styled
// by the built CSS, or that component would draw unstyled; and every component style sheet
// imported must style something the code uses, or it only slows the start.
//
// Mantine's component classes are short hashes (`m_` and hex digits) shared by its code and its
// CSS, so the hashes in out/renderer/assets/*.js are exactly the components in the build.
//
// Usage: node scripts/check-mantine-styles.mjs (after `npm run build`)
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

const assets = 'out/renderer/assets';
const mantineClass = /(?<![\w-])m_[0-9a-f]{5,8}(?![\w-])/g;

/** Mantine style sheets that style one component each (plus the packages' single sheets). */
function mantineSheets() {
  const coreDir = 'node_modules/@mantine/core/styles';
  const core = readdirSync(coreDir)
    .filter((name) => name.endsWith('.css') && !name.endsWith('.layer.css'))
    .map((name) => ({ importPath: `@mantine/core/styles/${name}`, file: join(coreDir, name) }));
  const packages = ['dates', 'charts', 'notifications'].map((name) => ({
    importPath: `@mantine/${name}/styles.css`,
    file: `node_modules/@mantine/${name}/styles.css`,
  }));
  return [...core, ...packages].map((sheet) => ({
    ...sheet,
    classes: new Set(readFileSync(sheet.file, 'utf8').match(mantineClass) ?? []),
  }));
}

function classesIn(extension) {
  const found = new Set();
  for (const name of readdirSync(assets).filter((file) => file.endsWith(extension))) {
    for (const hash of readFileSync(join(assets, name), 'utf8').match(mantineClass) ?? []) {
      found.add(hash);
    }
  }
  return found;
}

const used = classesIn('.js');
const styled = classesIn('.css');
const sheets = mantineSheets();
const problems = [];
for (const sheet of sheets) {
  if (sheet.classes.size === 0) continue; // global sheets (baseline, variables) have no hashes
  const usedHere = [...sheet.classes].filter((hash) => used.has(hash));
  const inBuild = [...sheet.classes].some((hash) => styled.has(hash));
  if (usedHere.length > 0 && !usedHere.every((hash) => styled.has(hash))) {
    problems.push(`the build draws a component styled by ${sheet.importPath}: import it`);
  } else if (usedHere.length === 0 && inBuild && sheet.importPath.startsWith('@mantine/core/')) {
    problems.push(`${sheet.importPath} styles nothing the build draws: remove its import`);
  }
}
if (problems.length > 0) {
  console.error(`Mantine styles (src/renderer/src/mantine-styles.ts):\n  ${problems.join('\n  ')}`);
  process.exit(1);
}
console.log(`Mantine styles: all ${used.size} Mantine classes in the build are styled.`);
