import type { ComplaintRow } from '../customers/complaint-log';
import type { GoalFields } from '../goal';
import { complaintResults } from './complaint-results';
import { logRuleOf, type ResultLog } from './log-fed-goals';
import type { LoggedResult, LogReading, NotCounted } from './logged-result';
import { outageResults } from './outage-results';
import type { Outage } from './outage-records';

/** The logs results are read from: the workbook's outage log and the imported complaint log. */
export interface ResultLogs {
  outages: readonly Outage[];
  complaints: readonly ComplaintRow[];
}

/** A goal's reading; shared by every read of the same log, so never changed by its callers. */
export interface GoalLogReading {
  log: ResultLog;
  results: readonly LoggedResult[];
  notCounted: readonly NotCounted[];
}

/**
 * A goal's results read from the log that answers it, or null when no log does (the goal keeps
 * typed results). Worked out on each read, never stored: the log is the one source of each
 * fact, so an outage corrected there is corrected in every result and report at once. Only
 * events from `since` on (the approval of the revision in force) are its results, as a typed
 * result can be recorded only from the approval on; older lines of the log belong to no goal.
 */
/**
 * Readings already worked out, by the log they were read from (its array, which the stores
 * replace on every change and never edit) and the rule: the overview is read after every saved
 * result, and reading a 50,000-row complaint log again for each goal each time would take most
 * of a second. Held weakly, so a replaced log's readings go with it.
 */
const readings = new WeakMap<readonly object[], Map<string, GoalLogReading>>();

function remembered<Row extends object>(
  rows: readonly Row[],
  key: string,
  read: () => GoalLogReading,
): GoalLogReading {
  let byRule = readings.get(rows);
  if (byRule === undefined) {
    byRule = new Map();
    readings.set(rows, byRule);
  }
  let reading = byRule.get(key);
  if (reading === undefined) {
    reading = read();
    byRule.set(key, reading);
  }
  return reading;
}

export function resultsFromLogs(
  goal: Pick<GoalFields, 'templateId' | 'frequency' | 'unit' | 'direction'>,
  logs: ResultLogs,
  since: string,
): GoalLogReading | null {
  const rule = logRuleOf(goal);
  if (rule === null) return null;
  const key = `${JSON.stringify(rule)} ${since}`;
  const recent = ({ day }: { day: string }) => day >= since;
  const fromApproval = (reading: LogReading): GoalLogReading => ({
    log: rule.log,
    results: reading.results.filter(recent),
    notCounted: reading.notCounted.filter(recent),
  });
  return rule.log === 'outages'
    ? remembered(logs.outages, key, () => fromApproval(outageResults(logs.outages, rule)))
    : remembered(logs.complaints, key, () => fromApproval(complaintResults(logs.complaints, rule)));
}
