import { said, type Said } from '../../i18n/said';
import { saidList } from '../../i18n/said-list';
import type { MeasureFrequency } from '../goal';
import type { UtilityProfile } from '../utility';
import { runsWater } from '../utility';
import type { GoalStanding } from './goal-standing';
import { daySaid, periodSaid } from './period-words';
import { followingPeriod, periodContaining, periodFirstDay, type PeriodKind } from './periods';

export const dueKinds = ['measurement', 'annual-review', 'ccr', 'survey', 'board-term'] as const;
export type DueKind = (typeof dueKinds)[number];

/** One thing the utility owes, with its date, in plain words. */
export interface DueItem {
  kind: DueKind;
  /** YYYY-MM-DD: the day it is due, or was. */
  date: string;
  overdue: boolean;
  text: Said;
}

export interface DueInput {
  /** Each approved goal's number (as printed) and standing. */
  goals: readonly { number: number; frequency: MeasureFrequency | null; standing: GoalStanding }[];
  nextReviewOn: string;
  utility: Pick<UtilityProfile, 'systemType' | 'connections' | 'population' | 'board'>;
  /** The newest outreach's date (YYYY-MM-DD), or null when customers were not asked yet. */
  lastAskedOn: string | null;
  approvedOn: string;
  today: string;
}

/** Board terms are shown this many days before they end, and for a year after. */
const termNoticeDays = 90;

function addDays(isoDay: string, days: number): string {
  const date = new Date(`${isoDay}T00:00:00Z`);
  return new Date(date.getTime() + days * 86_400_000).toISOString().slice(0, 10);
}

function addYears(isoDay: string, years: number): string {
  const [year, month, day] = isoDay.split('-').map(Number);
  const date = new Date(Date.UTC((year ?? 0) + years, (month ?? 1) - 1, day));
  // 29 February plus a year is 28 February, as the annual review counts it.
  if (date.getUTCDate() !== day) date.setUTCDate(0);
  return date.toISOString().slice(0, 10);
}

function goalsWord(numbers: number[]): Said {
  const sorted = [...numbers].sort((a, b) => a - b).map(String);
  return said('afterVote.due.goals', { count: sorted.length, numbers: saidList(sorted) });
}

/**
 * What a goal owes, worded: up to three periods by name; more as a count with the oldest and the
 * newest, never as a range (a range would claim the periods between are owed too, and some of
 * them may be recorded).
 */
function owedWords(kind: PeriodKind, missing: readonly string[]): Said {
  const names = missing.map((period) => periodSaid(kind, period));
  if (names.length <= 3) {
    return said('afterVote.due.owed', { count: names.length, periods: saidList(names) });
  }
  return said('afterVote.due.owedMany', {
    count: String(names.length),
    oldest: names[0] ?? '',
    newest: names.at(-1) ?? '',
  });
}

/** Results owed, one line per day and wording: overdue ones, then the running period's. */
function measurementItems(input: DueInput): DueItem[] {
  const lines = new Map<
    string,
    { date: string; overdue: boolean; what: Said; numbers: number[] }
  >();
  const add = (date: string, overdue: boolean, what: Said, number: number) => {
    const key = `${date} ${JSON.stringify(what)}`;
    const line = lines.get(key) ?? { date, overdue, what, numbers: [] };
    line.numbers.push(number);
    lines.set(key, line);
  };
  for (const { number, frequency, standing } of input.goals) {
    const { kind, missing } = standing;
    if (!kind) continue;
    const oldest = missing[0];
    if (oldest !== undefined) {
      add(
        periodFirstDay(kind, followingPeriod(kind, oldest)),
        true,
        owedWords(kind, missing),
        number,
      );
      continue;
    }
    // The period running now, owed when it ends; not for a goal measured daily (every day
    // would be listed), at each event or every few years.
    if (kind === 'day' || frequency === 'every-2-3-years') continue;
    const running = periodContaining(kind, input.today);
    if (standing.latest?.period === running) continue;
    add(
      periodFirstDay(kind, followingPeriod(kind, running)),
      false,
      owedWords(kind, [running]),
      number,
    );
  }
  return [...lines.values()].map(({ date, overdue, what, numbers }) => ({
    kind: 'measurement',
    date,
    overdue,
    text: said('afterVote.due.record', { what, goals: goalsWord(numbers) }),
  }));
}

/** A community water system (15 or more connections or 25 residents) reports by July 1. */
function ccrItem({ utility, today }: DueInput): DueItem[] {
  if (!runsWater(utility.systemType)) return [];
  const tooSmall =
    utility.connections !== null &&
    utility.connections < 15 &&
    (utility.population === null || utility.population < 25);
  if (tooSmall) return [];
  const thisYears = `${today.slice(0, 4)}-07-01`;
  const date = today <= thisYears ? thisYears : `${Number(today.slice(0, 4)) + 1}-07-01`;
  return [
    {
      kind: 'ccr',
      date,
      overdue: false,
      text: said('afterVote.due.ccr'),
    },
  ];
}

/** Customers are asked again every 2–3 years: due at two, overdue after three. */
function surveyItem({ lastAskedOn, approvedOn, today }: DueInput): DueItem[] {
  const since = lastAskedOn ?? approvedOn;
  const date = addYears(since, 2);
  const late = addYears(since, 3);
  const asked = lastAskedOn
    ? { asked: 'yes', date: daySaid(lastAskedOn) }
    : { asked: 'none', date: '' };
  return [
    {
      kind: 'survey',
      date,
      overdue: today > late,
      text: said('afterVote.due.survey', asked),
    },
  ];
}

function boardTermItems({ utility, today }: DueInput): DueItem[] {
  const items: DueItem[] = [];
  for (const member of utility.board) {
    const ends = member.termEnds;
    if (ends === '' || ends > addDays(today, termNoticeDays) || ends < addYears(today, -1))
      continue;
    items.push({
      kind: 'board-term',
      date: ends,
      overdue: ends < today,
      text: said('afterVote.due.term', {
        named: member.name === '' ? 'no' : 'yes',
        name: member.name,
        ended: ends < today ? 'yes' : 'no',
        date: daySaid(ends),
      }),
    });
  }
  return items;
}

/** Everything owed, computed offline: overdue first, then by date. */
export function dueItems(input: DueInput): DueItem[] {
  const review: DueItem = {
    kind: 'annual-review',
    date: input.nextReviewOn,
    overdue: input.today > input.nextReviewOn,
    text: said('afterVote.due.review'),
  };
  return [
    ...measurementItems(input),
    review,
    ...ccrItem(input),
    ...surveyItem(input),
    ...boardTermItems(input),
  ].sort((a, b) => Number(b.overdue) - Number(a.overdue) || a.date.localeCompare(b.date));
}
