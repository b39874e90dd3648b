import type { FromLog } from '../../shared/api/tracking-contract';
import type { GoalFields } from '../../shared/domain/goal';
import { logRuleOf, type LogRule } from '../../shared/domain/tracking/log-fed-goals';
import type { LoggedResult } from '../../shared/domain/tracking/logged-result';
import { meetsTarget } from '../../shared/domain/tracking/meets-target';
import { responseYearWords, responseYears } from '../../shared/domain/tracking/response-summary';
import type { GoalLogReading } from '../../shared/domain/tracking/results-from-logs';

/**
 * The newest results sent with the overview: a complaint log of years holds thousands, the
 * chart and the list show the latest, and the standing and yearly figures count them all.
 */
export const resultsShown = 200;
/** Events without a figure named on the card; the rest are counted. */
export const notCountedShown = 10;

const topicWords: Record<string, string> = {
  odor: 'about odor',
  backups: 'about a sewer backup',
  'outages,leaks': 'about an outage or a leak',
};

/**
 * Where the results come from and how to add to that log. Both logs stay open after the vote
 * (the approval keeps its own copy of the complaint figures; decision "The complaint log stays
 * open after the vote"), so the sentence points at the tab where the newer log is imported.
 */
function howToAdd(rule: LogRule): string {
  if (rule.log === 'outages') {
    const each =
      rule.measure === 'restoration'
        ? 'each unplanned outage with the times it began and ended is one result'
        : 'each planned shutoff with the hours of notice given is one result';
    return `Its results come from the outage log: ${each}. To add one, record the outage in the Outage log tab.`;
  }
  const about = rule.topics === null ? '' : ` ${topicWords[rule.topics.join(',')] ?? ''}`;
  const until = rule.until === 'resolved' ? 'resolved' : 'answered';
  const needs =
    rule.counting === 'hours' ? ', with times of day when it came in and was answered,' : '';
  return `Its results come from the complaint log: each complaint${about}${needs} since the approval is one result once it is ${until}. To add newer complaints, import the newer log in step 4, Customers (Complaint log tab).`;
}

const workingDaysCaveat =
  'Working days leave out Saturdays and Sundays only: the app does not know the holidays, so a complaint across a holiday counts one day more.';

/** A goal's results from its log as the overview shows them, with where they come from. */
export function fromLogView(
  goal: Pick<
    GoalFields,
    'templateId' | 'frequency' | 'unit' | 'direction' | 'target' | 'targetHigh'
  >,
  reading: GoalLogReading,
): FromLog {
  const rule = logRuleOf(goal);
  if (rule === null) throw new Error('A goal read from a log has a rule.');
  const withMeets = ({ key, day, value, what }: LoggedResult) => ({
    key,
    day,
    value,
    what: what(),
    meets: meetsTarget(goal, value),
  });
  const complaints = rule.log === 'complaints';
  return {
    log: rule.log,
    origin: complaints ? 'From the complaint log' : 'From the outage log',
    howToAdd: howToAdd(rule),
    count: reading.results.length,
    results: reading.results.slice(-resultsShown).map(withMeets),
    notCounted: reading.notCounted.slice(0, notCountedShown).map((left) => left.what()),
    notCountedCount: reading.notCounted.length,
    years:
      rule.log === 'complaints'
        ? responseYears(goal, reading.results, reading.notCounted).map((year) =>
            responseYearWords(year, goal.unit, rule.until === 'resolved' ? 'resolved' : 'answered'),
          )
        : [],
    caveat: complaints && rule.counting === 'working-days' ? workingDaysCaveat : null,
  };
}
