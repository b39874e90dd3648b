import { said, type Said } from '../../i18n/said';
import { saidEach } from '../../i18n/said-each';
import { median } from '../customers/span-stats';
import { amountWithUnit } from '../numbers/unit-words';
import { meetsTarget, type TargetTerms } from './meets-target';
import type { LoggedResult, NotCounted } from './logged-result';

/**
 * A share as the nearest whole percent (2 of 3 is 67%, as people round), except that "100%" is
 * said only when every one counts and "0%" only when none does: 199 of 200 is 99%, 1 of 300 is 1%.
 */
export function sharePercent(part: number, whole: number): number {
  const nearest = Math.round((part / whole) * 100);
  if (part < whole) return Math.max(part > 0 ? 1 : 0, Math.min(99, nearest));
  return nearest;
}

/** One year of a complaint goal's results: how many, how many within the target, the median. */
export interface ResponseYear {
  year: string;
  answered: number;
  within: number;
  /** `within` of `answered` as a whole percent (see `sharePercent`); null with none answered. */
  percent: number | null;
  median: number | null;
  /** Complaints of the year with no figure: not answered yet, or without times. */
  notCounted: number;
}

/**
 * A complaint goal's results by calendar year (the year the complaint came in), oldest first:
 * the share answered within the target and the median, as the board report and the overview
 * say them. "Within" includes the target itself (meets-target.ts).
 */
export function responseYears(
  goal: TargetTerms,
  results: readonly LoggedResult[],
  notCounted: readonly NotCounted[],
): ResponseYear[] {
  const years = new Map<string, { values: number[]; within: number; notCounted: number }>();
  const yearOf = (day: string) => {
    const key = day.slice(0, 4);
    const found = years.get(key) ?? { values: [], within: 0, notCounted: 0 };
    years.set(key, found);
    return found;
  };
  for (const result of results) {
    const year = yearOf(result.day);
    year.values.push(result.value);
    if (meetsTarget(goal, result.value) === true) year.within += 1;
  }
  for (const left of notCounted) yearOf(left.day).notCounted += 1;
  return [...years.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([year, { values, within, notCounted: left }]) => ({
      year,
      answered: values.length,
      within,
      percent: values.length === 0 ? null : sharePercent(within, values.length),
      median: median(values),
      notCounted: left,
    }));
}

/**
 * One year in words: "In 2028: 5 of 6 answered within the target (83%), median 3 working days;
 * 1 more without a figure."
 */
export function responseYearWords(
  year: ResponseYear,
  unit: string,
  done: 'answered' | 'resolved' = 'answered',
): Said {
  const left = { leftCount: year.notCounted, left: String(year.notCounted) };
  if (year.answered === 0 || year.percent === null || year.median === null) {
    return said('afterVote.log.yearNone', { year: year.year, ...left });
  }
  return said('afterVote.log.year', {
    year: year.year,
    within: String(year.within),
    answered: String(year.answered),
    until: done,
    percent: String(year.percent),
    median: saidEach({
      en: amountWithUnit(year.median, unit, 'en'),
      es: amountWithUnit(year.median, unit, 'es'),
    }),
    ...left,
  });
}
