import { randomUUID } from 'node:crypto';
import type { ApprovedVersion } from '../../shared/domain/agreement-version';
import type { ResultEntry } from '../../shared/domain/tracking/csv/result-entry';
import type { Actual } from '../../shared/domain/tracking/tracking-records';
import type { Workbook } from '../../shared/domain/workbook';
import { AppError } from '../app-error';
import { inForceVersion } from './tracking-view';

/** The revision results are recorded against, or a refusal saying why none can be. */
export function versionToRecord(workbook: Workbook): ApprovedVersion {
  const inForce = inForceVersion(workbook);
  if ('problem' in inForce) throw new AppError('invalid-input', inForce.problem);
  return inForce.version;
}

/**
 * Records checked entries against `version` inside a workbook change. A goal measured at each
 * event may have several events on one day: each is added. Any other goal has one result per
 * period, and recording the period again replaces it, keeping its id.
 */
export function recordResults(
  draft: Workbook,
  saved: Workbook,
  version: ApprovedVersion,
  entries: readonly ResultEntry[],
  recordedAt: string,
): void {
  const eachEvent = new Set(
    version.content.goals.filter((goal) => goal.frequency === 'each-event').map((goal) => goal.id),
  );
  const place = new Map<string, number>();
  saved.tracking.actuals.forEach((actual, index) => {
    if (actual.revision === version.revision) place.set(`${actual.goalId} ${actual.period}`, index);
  });
  for (const entry of entries) {
    const key = `${entry.goalId} ${entry.period}`;
    const index = eachEvent.has(entry.goalId) ? undefined : place.get(key);
    const kept = index === undefined ? undefined : saved.tracking.actuals[index];
    const actual: Actual = {
      ...entry,
      id: kept?.id ?? randomUUID(),
      revision: version.revision,
      recordedAt,
    };
    if (index === undefined) {
      place.set(key, draft.tracking.actuals.push(actual) - 1);
    } else {
      draft.tracking.actuals[index] = actual;
    }
  }
}
