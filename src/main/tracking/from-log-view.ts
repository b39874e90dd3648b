import type { FromLog } from '../../shared/api/tracking-contract';
import { said, type Said } from '../../shared/i18n/said';
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

/** The topics a complaint goal counts, as its sentence's choice names them. */
const topicChoices: Record<string, string> = {
  odor: 'odor',
  backups: 'backups',
  'outages,leaks': 'outagesLeaks',
};

/**
 * Where the results come from and how to add to that log. Both logs stay open after the vote
 * (the approval keeps its own copy of the complaint figures; decision "The complaint log stays
 * open after the vote"), so the sentence points at the tab where the newer log is imported.
 */
function howToAdd(rule: LogRule): Said {
  if (rule.log === 'outages') return said('afterVote.log.outages', { measure: rule.measure });
  return said('afterVote.log.complaints', {
    topics: rule.topics === null ? 'all' : (topicChoices[rule.topics.join(',')] ?? 'all'),
    hours: rule.counting === 'hours' ? 'yes' : 'no',
    until: rule.until,
  });
}

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
    origin: said('afterVote.log.origin', { log: rule.log }),
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
    caveat:
      complaints && rule.counting === 'working-days' ? said('afterVote.log.workingDays') : null,
  };
}
