import type { TrackedGoal } from '@shared/api/tracking-contract';
import { goalAreaTitles, type GoalArea } from '@shared/domain/goal-areas';
import { listOf } from '@shared/domain/list-of';
import { amountWithUnit } from '@shared/domain/numbers/unit-words';
import type { GoalStatus } from '@shared/domain/tracking/goal-standing';
import { isPeriodKey, periodName, type PeriodKind } from '@shared/domain/tracking/periods';

/** A goal's standing as a tag: a mark and words, so it reads the same without colour. */
export const statusWords: Record<GoalStatus, string> = {
  met: '✓ Met',
  'not-met': '✗ Not met',
  'on-track': '✓ On track',
  'no-data': 'No results yet',
  due: 'Result due',
};

/** The area's name as the agreement prints it; goals with no area come last under their own. */
export function areaHeading(area: GoalArea | null): string {
  return area === null ? 'Area not chosen yet' : goalAreaTitles[area];
}

/** A result as a volunteer says it: "Yes", "3 working days", "14%". */
export function resultWords(goal: Pick<TrackedGoal, 'direction' | 'unit'>, value: number): string {
  if (goal.direction === 'yes-no') return value === 0 ? 'No' : 'Yes';
  return amountWithUnit(value, goal.unit);
}

/** The period in words; a period the goal does not use (a file edited by hand) as written. */
export function periodWords(kind: PeriodKind | null, key: string): string {
  return kind !== null && isPeriodKey(kind, key) ? periodName(kind, key) : key;
}

const kindNouns: Record<PeriodKind, [string, string]> = {
  day: ['day', 'days'],
  week: ['week', 'weeks'],
  month: ['month', 'months'],
  quarter: ['quarter', 'quarters'],
  year: ['year', 'years'],
};

/** The periods still owed, all named when few: "April 2027 and May 2027". */
export function missingWords(kind: PeriodKind | null, missing: readonly string[]): string {
  const first = missing[0] ?? '';
  const last = missing.at(-1) ?? '';
  if (missing.length <= 4 || kind === null) return listOf([...missing]);
  return `${missing.length} ${kindNouns[kind][1]}, from ${first} to ${last}`;
}

function times(count: number): string {
  if (count === 1) return 'once';
  if (count === 2) return 'twice';
  return `${count} times`;
}

/** This calendar year's results against the target, or null when there are none yet. */
export function thisYearWords({ met, missed }: TrackedGoal['thisYear']): string | null {
  const parts = [met > 0 ? `kept ${times(met)}` : '', missed > 0 ? `missed ${times(missed)}` : ''];
  const said = parts.filter((part) => part !== '');
  return said.length === 0 ? null : `This year the target was ${said.join(' and ')}.`;
}

/** A result with its period: "27 psi for March 2027", "5 hours on May 20, 2027", "Yes for 2027". */
export function resultForPeriod(
  goal: Pick<TrackedGoal, 'direction' | 'unit' | 'periodKind'>,
  actual: { period: string; value: number },
): string {
  const joiner = goal.periodKind === 'day' ? 'on' : 'for';
  return `${resultWords(goal, actual.value)} ${joiner} ${periodWords(goal.periodKind, actual.period)}`;
}

/** What the periods of a kind are called in a choice: "Goals measured by the month". */
export function kindChoiceWords(kind: PeriodKind, count: number): string {
  const goals = count === 1 ? '1 goal' : `${count} goals`;
  return `${goals} recorded by the ${kindNouns[kind][0]}`;
}
