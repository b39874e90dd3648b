import Papa from 'papaparse';
import { expect } from 'vitest';
import type { ExportResult } from '../../src/shared/api/export-result';

/** A CSV handed over as a download: its name, its bytes and its text after the BOM. */
export function downloadedCsv(result: ExportResult) {
  if (result.status !== 'download') throw new Error(`Expected a download, got ${result.status}.`);
  const bytes = Buffer.from(result.base64, 'base64');
  return { fileName: result.fileName, bytes, text: bytes.subarray(3).toString('utf8') };
}

/** Every row of a CSV whose lines end with CRLF, read by a real CSV parser. */
export function parseCsv(text: string): string[][] {
  const parsed = Papa.parse<string[]>(text, { newline: '\r\n' });
  expect(parsed.errors).toEqual([]);
  // The text ends with CRLF, which the parser reads as one last empty row.
  return parsed.data.slice(0, -1);
}

/** The rows of the section titled `title`: after its title, up to the blank row that ends it. */
export function csvSection(rows: string[][], title: string): string[][] {
  const start = rows.findIndex((row) => row.length === 1 && row[0] === title);
  if (start === -1) throw new Error(`No section "${title}".`);
  const end = rows.findIndex((row, index) => index > start && row.length === 1 && row[0] === '');
  return rows.slice(start + 1, end === -1 ? undefined : end);
}

/** A table's rows as objects keyed by its header row (the first row given). */
export function csvRecords(rows: string[][]): Record<string, string>[] {
  const [header = [], ...body] = rows;
  return body.map((row) =>
    Object.fromEntries(header.map((name, index) => [name, row[index] ?? ''])),
  );
}
