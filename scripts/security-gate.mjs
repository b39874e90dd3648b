// `npm run security`: runs Electronegativity over src/ and fails on any HIGH or MEDIUM finding
// that is not in tools/electronegativity/allowlist.json, and on any file it could not parse.
//
// The tool is called as a library, not through its command line: its CSV report is written by
// two unordered asynchronous writes (header, then rows), and now and then the header lands over
// the first row, which broke the report and once hid three findings from the gate.
//
// The tool lives in its own package under tools/electronegativity (old eslint and TypeScript
// that must not mix with the app's); it is installed from its lockfile on first use.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const toolDir = join(root, 'tools', 'electronegativity');
const toolPackage = join(toolDir, 'node_modules', '@doyensec', 'electronegativity');
const scanned = 'src';
const electronVersion = '45.5.0';
const failingSeverities = new Set(['HIGH', 'MEDIUM']);

if (!existsSync(toolPackage)) {
  console.log('Installing Electronegativity into tools/electronegativity (first run only)…');
  execFileSync('npm', ['ci', '--no-audit', '--no-fund'], { cwd: toolDir, stdio: 'inherit' });
}

/** Runs Electronegativity once and answers its findings, or stops the gate if a file went unread. */
async function scan() {
  const run = createRequire(join(toolDir, 'package.json'))('@doyensec/electronegativity');
  const result = await run({
    input: join(root, scanned),
    isRelative: true,
    // Reports Electron releases newer than ours: needs the network and is not a finding.
    excludeFromScan: ['availablesecurityfixesglobalcheck'],
    electronVersionOverride: electronVersion,
  });
  // A file it cannot parse is skipped without a finding, which would let the gate pass on nothing.
  const unread = result.errors.filter((error) => !error.tolerable);
  for (const error of result.errors) {
    console.warn(`  electronegativity could not read ${error.file}: ${error.message}`);
  }
  if (unread.length > 0) {
    console.error(
      `security: ${unread.length} file(s) went unscanned; fix them or the gate is blind.`,
    );
    process.exit(1);
  }
  return result.issues.map((issue) => ({
    issue: issue.id,
    severity: issue.severity.name.toUpperCase(),
    file: `${scanned}/${issue.file.replaceAll('\\', '/')}`,
    location: `${issue.location.line}:${issue.location.column}`,
    description: issue.description,
    sample: issue.sample,
    url: `https://github.com/doyensec/electronegativity/wiki/${issue.id}`,
  }));
}

const allowlist = JSON.parse(readFileSync(join(toolDir, 'allowlist.json'), 'utf8')).entries;
for (const entry of allowlist) {
  if (!entry.check || !entry.file || !entry.reason?.trim()) {
    console.error(
      `security: allowlist entry needs check, file and reason: ${JSON.stringify(entry)}`,
    );
    process.exit(1);
  }
}

const findings = await scan();
const unused = allowlist.filter(
  (entry) => !findings.some((f) => entry.check === f.issue && entry.file === f.file),
);
const allowed = findings.filter((finding) => allowlistEntryFor(finding)).length;
const failing = findings.filter(
  (finding) => !allowlistEntryFor(finding) && failingSeverities.has(finding.severity),
);

function allowlistEntryFor(finding) {
  return allowlist.find((e) => e.check === finding.issue && e.file === finding.file);
}

for (const finding of failing) {
  console.error(
    `  ${finding.severity} ${finding.issue} ${finding.file}:${finding.location} — ${finding.description}\n    ${finding.sample}\n    ${finding.url}`,
  );
}
// An entry that matches nothing was either fixed (remove it) or is a sign the scan went blind.
for (const entry of unused) {
  console.error(
    `  allowlist entry matches no finding: ${entry.check} ${entry.file} (remove it if the finding was fixed)`,
  );
}
console.log(
  `electronegativity: ${findings.length} findings, ${allowed} allowed, ${failing.length} failing`,
);
process.exit(failing.length > 0 || unused.length > 0 ? 1 : 0);
