import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';

/**
 * A copy of `source` with one piece of text in the record it carries changed, as someone with a
 * PDF tool might: qpdf writes the file with its streams uncompressed, the text is replaced in
 * place, and fix-qdf puts the lengths right so the result is still a valid PDF.
 */
export function alteredPdf(source: string, target: string, from: string, to: string): void {
  const qdf = `${target}.qdf`;
  execFileSync('qpdf', ['--qdf', '--object-streams=disable', source, qdf]);
  const text = readFileSync(qdf).toString('latin1');
  if (!text.includes(from)) throw new Error(`The PDF's record does not contain ${from}.`);
  writeFileSync(qdf, Buffer.from(text.replace(from, to), 'latin1'));
  writeFileSync(target, spawnSync('fix-qdf', [qdf]).stdout);
}
