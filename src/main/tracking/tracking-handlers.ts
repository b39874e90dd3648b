import type { AreaHandlers } from '../../shared/api/contract';
import { localDate } from '../../shared/domain/local-date';
import type { Actual } from '../../shared/domain/tracking/tracking-records';
import type { Said } from '../../shared/i18n/said';
import { AppError } from '../app-error';
import { refusal } from '../messages/refusal';
import type { HandlerDeps } from '../handler-deps';
import { entryProblem } from './entry-problem';
import { recordResults, versionToRecord } from './record-results';
import { resultsImportHandlers } from './results-import';
import { currentTrackingView } from './tracking-view';

/** The year after the vote: results recorded against the agreement in force, never inside it. */
export function trackingHandlers(deps: HandlerDeps): AreaHandlers<'tracking'> {
  const { repository } = deps;
  const clock = deps.clock ?? (() => new Date());
  const today = () => localDate(clock());
  return {
    'tracking:get': () => currentTrackingView(deps, today()),
    'tracking:saveActuals': async ({ entries }) => {
      const day = today();
      const recordedAt = clock().toISOString();
      await repository.update((draft, saved) => {
        const version = versionToRecord(saved);
        const fields: Record<string, Said> = {};
        entries.forEach((entry, index) => {
          const problem = entryProblem(entry, version, day);
          if (problem) fields[`entries.${index}.${problem.field}`] = problem.message;
        });
        const [first, ...rest] = Object.values(fields);
        if (first !== undefined) {
          throw new AppError(
            'invalid-input',
            refusal('refusals.nothingSaved', { problem: first, more: rest.length }),
            fields,
          );
        }
        recordResults(draft, saved, version, entries, recordedAt);
      });
      return currentTrackingView(deps, day);
    },
    'tracking:deleteActual': async ({ id }) => {
      let removed: Actual | undefined;
      await repository.update((draft, saved) => {
        const index = saved.tracking.actuals.findIndex((actual) => actual.id === id);
        removed = saved.tracking.actuals[index];
        if (!removed) {
          throw new AppError(
            'conflict',
            'That result is no longer recorded: another window may have removed it.',
          );
        }
        draft.tracking.actuals.splice(index, 1);
      });
      if (!removed) throw new Error('The removed result was not kept.');
      return { removed, view: currentTrackingView(deps, today()) };
    },
    ...resultsImportHandlers(deps),
  };
}
