import type { GoalDirection } from '../../goal';
import { readNumber } from '../../numbers/read-number';
import { isShareUnit } from '../../numbers/share-unit';
import { quotedCell } from '../../customers/csv/quoted-cell';
import { said, type Said, type SaidValue } from '../../../i18n/said';
import type { SaidKey } from '../../../i18n/shared-catalog';
import { actualLabelKeys } from '../tracking-records';

/** What reading a result needs of its goal. */
export interface ValueGoal {
  direction: GoalDirection | null;
  unit: string;
}

export type ValueReading =
  | { kind: 'empty' }
  | { kind: 'value'; value: number }
  /** Starts with the field's name: "Result: …". */
  | { kind: 'problem'; problem: Said };

// Accents dropped and lower case first, so "Sí", "SI" and "YES" read too. TRUE and FALSE are
// what a spreadsheet's checkbox column exports.
const answers: Record<string, 0 | 1> = {
  yes: 1,
  y: 1,
  si: 1,
  true: 1,
  '1': 1,
  no: 0,
  n: 0,
  false: 0,
  '0': 0,
};

function answerOf(cell: string): 0 | 1 | undefined {
  const key = cell.normalize('NFD').replace(/\p{M}/gu, '').trim().toLowerCase();
  return Object.hasOwn(answers, key) ? answers[key] : undefined;
}

function problem(key: SaidKey, values: Record<string, SaidValue>): ValueReading {
  const detail = said(key, values);
  return {
    kind: 'problem',
    problem: said('imports.field', { label: said(actualLabelKeys.value), detail }),
  };
}

/**
 * Reads a result cell for its goal: yes or no (y/n, 1/0, sí/no) for a yes-or-no goal, 1 or 0 as
 * the data file keeps it; otherwise a number as every field reads one (read-number.ts: "1,234.5",
 * a comma only between thousands), with a % sign only where the goal counts a share ("95%" is 95).
 * An empty cell is a result not measured yet.
 */
export function readResultValue(cell: string, goal: ValueGoal): ValueReading {
  if (cell.trim() === '') return { kind: 'empty' };
  if (goal.direction === 'yes-no') {
    const answer = answerOf(cell);
    if (answer !== undefined) return { kind: 'value', value: answer };
    return problem('imports.results.notAnswer', { cell: quotedCell(cell) });
  }
  const reading = readNumber(cell);
  if (reading.kind === 'unreadable') {
    const key = reading.problem === 'separators' ? 'separators' : 'notANumber';
    return problem(`imports.results.${key}`, { cell: quotedCell(cell) });
  }
  if (reading.kind !== 'number') return { kind: 'empty' };
  if (reading.percent && !isShareUnit(goal.unit)) {
    const unit = goal.unit.trim();
    if (unit === '') return problem('imports.results.percentNoUnit', { cell: quotedCell(cell) });
    return problem('imports.results.percentUnit', { cell: quotedCell(cell), unit });
  }
  return { kind: 'value', value: reading.value };
}
