import { numberedGoals } from '../domain/goal-numbers';
import { meetsTarget } from '../domain/tracking/meets-target';
import { isPeriodKey, periodKindOf, periodName } from '../domain/tracking/periods';
import { actualLabels, type Actual } from '../domain/tracking/tracking-records';
import type { CsvValue } from './csv-cell';
import { goalNumberTitle, type SheetGoal } from './spreadsheet-goals';

/** An approved revision whose record could be read: the goals its results are held to. */
export interface ApprovedGoals {
  revision: number;
  goals: readonly SheetGoal[];
}

const header: CsvValue[] = [
  'Revision',
  goalNumberTitle,
  actualLabels.period,
  'Period name',
  actualLabels.value,
  'Unit',
  'Kept the target',
  actualLabels.source,
  actualLabels.note,
  'Recorded at',
];

function keptWords(kept: boolean | null): string {
  if (kept === null) return "can't tell";
  return kept ? 'yes' : 'no';
}

/** An ISO timestamp as the computer's local day and time, "2028-02-03 12:00", which Excel reads. */
function localDateTime(timestamp: string): string {
  const when = new Date(timestamp);
  if (Number.isNaN(when.getTime())) return timestamp;
  const pad = (n: number) => String(n).padStart(2, '0');
  const day = `${when.getFullYear()}-${pad(when.getMonth() + 1)}-${pad(when.getDate())}`;
  return `${day} ${pad(when.getHours())}:${pad(when.getMinutes())}`;
}

function periodWords(goal: SheetGoal, period: string): string {
  if (goal.frequency === null) return '';
  const kind = periodKindOf(goal.frequency);
  // A period that is not one of the goal's (a file edited by hand) keeps its key, unnamed.
  return isPeriodKey(kind, period) ? periodName(kind, period) : '';
}

function byGoalAndRevision(actuals: readonly Actual[]): Map<string, Actual[]> {
  const found = new Map<string, Actual[]>();
  for (const actual of actuals) {
    const key = `${actual.revision} ${actual.goalId}`;
    const list = found.get(key) ?? [];
    list.push(actual);
    found.set(key, list);
  }
  for (const list of found.values()) list.sort((a, b) => a.period.localeCompare(b.period));
  return found;
}

/**
 * Every result recorded, each against the revision it was recorded for (results of last year's
 * agreement stay after a new one is approved): newest revision first, then in goal order,
 * oldest period first, as the overview lists them. Whether a result kept the target is judged
 * against its own revision's target. `leftOut` counts the results of revisions whose record
 * could not be read, which cannot be matched to a goal.
 */
export function resultRows(
  revisions: readonly ApprovedGoals[],
  actuals: readonly Actual[],
): { rows: CsvValue[][]; leftOut: number } {
  const results = byGoalAndRevision(actuals);
  const readable = new Set(revisions.map(({ revision }) => revision));
  const rows: CsvValue[][] = [];
  const newestFirst = [...revisions].sort((a, b) => b.revision - a.revision);
  for (const { revision, goals } of newestFirst) {
    for (const { number, goal } of numberedGoals(goals)) {
      for (const actual of results.get(`${revision} ${goal.id}`) ?? []) {
        rows.push([
          revision,
          number,
          actual.period,
          periodWords(goal, actual.period),
          actual.value,
          goal.unit,
          keptWords(meetsTarget(goal, actual.value)),
          actual.source,
          actual.note,
          localDateTime(actual.recordedAt),
        ]);
      }
    }
  }
  const leftOut = actuals.filter((actual) => !readable.has(actual.revision)).length;
  return { rows: rows.length === 0 ? [] : [header, ...rows], leftOut };
}
