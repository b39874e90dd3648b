import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const folder = fileURLToPath(new URL('../../../fixtures/complaints/', import.meta.url));

/** A prepared complaint log, read as the renderer reads a chosen file: UTF-8 text, BOM kept. */
export function readFixture(name: string): string {
  return readFileSync(`${folder}${name}`, 'utf8');
}
