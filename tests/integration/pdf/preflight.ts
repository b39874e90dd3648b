import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

// Debian's libpdfbox2-java (with libactivation-java and libjaxb-api-java) ships Apache PDFBox
// Preflight, a PDF/A-1b validator. No PDF/A-3 validator installs here (veraPDF is not on npm
// or in Debian), but Preflight's metadata checks parse the XMP with a second, independent
// parser (xmpbox), and PDF/A-1's metadata rules still hold for PDF/A-3.
const jars = [
  'preflight',
  'pdfbox2',
  'fontbox2',
  'xmpbox',
  'commons-logging',
  'javax.activation',
  'jaxb-api',
].map((name) => `/usr/share/java/${name}.jar`);

export const preflightInstalled =
  jars.every((jar) => existsSync(jar)) && spawnSync('java', ['-version']).status === 0;

/** Preflight's findings on a file, as "code : message" lines ("7.1 : Error on MetaData, …"). */
export function preflightFindings(path: string): string[] {
  const run = spawnSync(
    'java',
    ['-cp', jars.join(':'), 'org.apache.pdfbox.preflight.Validator_A1b', path],
    { encoding: 'utf8', timeout: 60_000 },
  );
  const output = `${run.stdout}${run.stderr}`;
  if (!/is (not )?a valid PDF\/A-1b file/.test(output)) {
    throw new Error(`PDFBox Preflight did not give a verdict: ${output}`);
  }
  return output.split('\n').filter((line) => /^\d+(\.\d+)* : /.test(line));
}

/**
 * Findings about the metadata (section 7) other than "part must be 1", which only says the
 * file claims PDF/A-3 rather than PDF/A-1.
 */
export function metadataFindings(path: string): string[] {
  return preflightFindings(path).filter(
    (line) => line.startsWith('7') && !line.startsWith('7.11.2 '),
  );
}
