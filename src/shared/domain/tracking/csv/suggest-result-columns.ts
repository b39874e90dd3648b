import { pickHeaders } from '../../csv/header-words';
import type { ResultColumn, ResultColumnChoices } from './result-columns';

/**
 * Header words that suggest each column, English and Spanish (accents dropped). The order of
 * `matchOrder` matters: "Goal measured value" names the goal first, so the goal picks first.
 */
const columnNames: Record<ResultColumn, string[]> = {
  goal: ['goal', 'goals', 'meta', 'objetivo'],
  period: ['period', 'month', 'quarter', 'year', 'date', 'day', 'week', 'periodo', 'mes'],
  value: ['result', 'results', 'value', 'actual', 'figure', 'measured', 'resultado', 'valor'],
  source: ['source', 'fuente', 'origen'],
  note: ['note', 'notes', 'comment', 'comments', 'remarks', 'nota', 'notas', 'comentarios'],
};
const matchOrder: ResultColumn[] = ['goal', 'period', 'value', 'source', 'note'];

/** 2 when the header is exactly one of the column's words, 1 when it holds one, else 0. */
function scoreOf(words: string[], column: ResultColumn): number {
  const names = columnNames[column];
  if (!words.some((word) => names.includes(word))) return 0;
  return words.length === 1 ? 2 : 1;
}

/** The file's headers most likely to hold each column; null where none looks right. */
export function suggestResultColumns(headers: string[]): ResultColumnChoices {
  const picked = pickHeaders(headers, matchOrder, scoreOf);
  return {
    goal: picked.goal ?? null,
    period: picked.period ?? null,
    value: picked.value ?? null,
    source: picked.source ?? null,
    note: picked.note ?? null,
  };
}
