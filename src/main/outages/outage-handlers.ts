import { randomUUID } from 'node:crypto';
import type { AreaHandlers } from '../../shared/api/contract';
import { newestFirst, outageFieldProblems } from '../../shared/domain/tracking/outage-entry';
import { maxOutages, type Outage } from '../../shared/domain/tracking/outage-records';
import { AppError } from '../app-error';
import { refusal } from '../messages/refusal';
import type { HandlerDeps } from '../handler-deps';
import { outagesImportHandlers } from './outages-import';

const goneMessage = refusal('refusals.outageGone');

/**
 * The outage log: interruptions of service recorded through the year, beside the approved
 * agreement and outside its fingerprint, so they are kept on a frozen agreement too.
 */
export function outageHandlers(deps: HandlerDeps): AreaHandlers<'outages'> {
  const { repository } = deps;
  const clock = deps.clock ?? (() => new Date());
  const log = () => newestFirst(repository.read().tracking.outages);
  return {
    'outages:list': log,
    'outages:save': async ({ id, outage: entry }) => {
      await repository.update((draft, saved) => {
        const index = id === null ? -1 : saved.tracking.outages.findIndex((kept) => kept.id === id);
        const kept = saved.tracking.outages[index];
        if (id !== null && !kept) throw new AppError('conflict', goneMessage);
        if (!kept && saved.tracking.outages.length >= maxOutages) {
          throw new AppError('invalid-input', refusal('refusals.outagesFull', { max: maxOutages }));
        }
        const outage: Outage = {
          ...entry,
          id: kept?.id ?? randomUUID(),
          recordedAt: kept?.recordedAt ?? clock().toISOString(),
        };
        const fields = outageFieldProblems(outage);
        const [first, ...others] = Object.values(fields);
        if (first !== undefined) {
          const more = others.length;
          throw new AppError(
            'invalid-input',
            refusal('refusals.nothingSaved', { problem: first, more }),
            fields,
          );
        }
        if (kept) draft.tracking.outages[index] = outage;
        else draft.tracking.outages.push(outage);
      });
      return log();
    },
    'outages:delete': async ({ id }) => {
      let removed: Outage | undefined;
      await repository.update((draft, saved) => {
        const index = saved.tracking.outages.findIndex((outage) => outage.id === id);
        removed = saved.tracking.outages[index];
        if (!removed) throw new AppError('conflict', goneMessage);
        draft.tracking.outages.splice(index, 1);
      });
      if (!removed) throw new Error('The removed outage was not kept.');
      return { removed, outages: log() };
    },
    ...outagesImportHandlers(deps),
  };
}
