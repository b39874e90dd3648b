import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect } from 'vitest';
import type { ExportResult } from '../../../src/shared/api/export-result';
import { oneLine, pdfText, tool } from '../pdf/poppler';
import type { PromisedHandlers } from '../../support/promised-handlers';

export const utility = 'Smith & Sons "Mutual" Water Co. <Agua Pura>';
/** Typed by the board: every character XML and PDF strings treat specially, and accents. */
export const followUp = `Cambiaremos la válvula de presión & revisaremos <la loma> "cada semana" antes de que llegue el 'verano'.`;

/**
 * Results for the v8 fixture's goals (approved November 18, 2027; today February 3, 2028):
 * goal 1, water lost (at most 15%); goal 2, main breaks (at most 9); goal 3, pressure (at least
 * 25 psi, the one external goal).
 */
export async function recordYear(handlers: PromisedHandlers): Promise<void> {
  const entry = (goalId: string, period: string, value: number) => ({
    goalId,
    period,
    value,
    source: 'Operator log',
    note: '',
  });
  await handlers['tracking:saveActuals']({
    entries: [
      entry('g-breaks', '2027-11', 8),
      entry('g-breaks', '2027-12', 10),
      entry('g-breaks', '2028-01', 4),
      entry('g-loss', '2027-12', 14.5),
      entry('g-pressure', '2027-11', 27),
      entry('g-pressure', '2027-12', 24),
      entry('g-pressure', '2028-01', 26),
    ],
  });
}

/** The PDF handed over as a download, written to `dir` for poppler, with its text on one line. */
export async function savedPdf(dir: string, name: string, result: ExportResult) {
  if (result.status !== 'download') throw new Error(`Expected a download, got ${result.status}.`);
  const path = join(dir, name);
  await writeFile(path, Buffer.from(result.base64, 'base64'));
  return { path, fileName: result.fileName, text: oneLine(pdfText(path)) };
}

/** qpdf finds no fault, and every font is embedded. */
export function expectSoundPdf(path: string): void {
  const check = tool('qpdf', ['--check', path]);
  expect(check.output).toContain('No syntax or stream encoding errors');
  expect(check.status).toBe(0);
  const fonts = tool('pdffonts', [path])
    .output.split('\n')
    .slice(2)
    .filter((row) => row.trim() !== '');
  expect(fonts.length).toBeGreaterThan(0);
  // Columns: name, type, encoding, emb, sub, uni, object, generation.
  for (const row of fonts) expect(row.trim().split(/\s+/).at(-5)).toBe('yes');
}
