import { said, type Said } from '../../../i18n/said';
import type { SaidKey } from '../../../i18n/shared-catalog';
import { readNumber } from '../../numbers/read-number';
import { quotedCell } from '../../customers/csv/quoted-cell';
import { outageLabelKeys } from '../outage-records';

/** A cell read: its value, or what is wrong in words that follow "Row 7, ". */
export type CellReading<T> = { value: T } | { problem: Said };

// Compared without accents, case or dots: "No programado", "P", "U.", "Sí".
const plannedWords = new Set(['planned', 'scheduled', 'yes', 'y', 'p', 'true', 'programado', 'si']);
const unplannedWords = new Set([
  'unplanned',
  'unscheduled',
  'emergency',
  'no',
  'n',
  'u',
  'false',
  'no programado',
  'noprogramado',
  'emergencia',
]);

function plain(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[.\-_]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * Planned or unplanned as a log writes it: planned / unplanned, scheduled / unscheduled or
 * emergency, yes / no (the column asks "planned?"), P / U, true / false, and Spanish
 * programado / no programado. An empty cell is refused: the log's figures split on it.
 */
export function readPlannedCell(cell: string): CellReading<boolean> {
  const word = plain(cell);
  if (plannedWords.has(word)) return { value: true };
  if (unplannedWords.has(word)) return { value: false };
  const detail =
    word === ''
      ? said('imports.outages.plannedEmpty')
      : said('imports.outages.plannedNeither', { cell: quotedCell(cell) });
  return { problem: said('imports.field', { label: said(outageLabelKeys.planned), detail }) };
}

/** Hours written after the figure ("48 h", "48 hours", "48 hrs", "48 horas"). */
const hoursAfter = /\s*(?:h|hr|hrs|hour|hours|horas?)\.?$/i;

/**
 * A count or an amount of hours: blank is null (not recorded, never 0); "1,200" is twelve
 * hundred; "48 hours" reads with its unit. The log's schema then holds it to its range.
 */
export function readAmountCell(
  cell: string,
  label: SaidKey,
  hours: boolean,
): CellReading<number | null> {
  const text = hours ? cell.trim().replace(hoursAfter, '') : cell.trim();
  const reading = readNumber(text);
  if (reading.kind === 'empty') return { value: null };
  if (reading.kind === 'number' && !reading.percent) return { value: reading.value };
  const detail = said('imports.outages.notAmount', {
    cell: quotedCell(cell),
    kind: hours ? 'hours' : 'count',
  });
  return { problem: said('imports.field', { label: said(label), detail }) };
}
