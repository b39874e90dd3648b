import { spawnSync } from 'node:child_process';

/** Runs a poppler or qpdf command on a file; answers its exit code and output. */
export function tool(command: string, args: string[]): { status: number | null; output: string } {
  const result = spawnSync(command, args, { encoding: 'utf8' });
  if (result.error) throw result.error;
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

/** The text of a PDF in content order (-raw keeps each table cell's lines together). */
export function pdfText(path: string, page?: number): string {
  const range = page === undefined ? [] : ['-f', String(page), '-l', String(page)];
  const { status, output } = tool('pdftotext', ['-raw', '-enc', 'UTF-8', ...range, path, '-']);
  if (status !== 0) throw new Error(`pdftotext failed: ${output}`);
  return output.replaceAll('\u200B', '');
}

/** Text as one line with single spaces: table cells wrap, so words meet across line ends. */
export function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ');
}

export function pageCount(path: string): number {
  const match = /Pages:\s+(\d+)/.exec(tool('pdfinfo', [path]).output);
  return Number(match?.[1]);
}
