import { randomUUID } from 'node:crypto';
import type { AreaHandlers } from '../../shared/api/contract';
import { localDate } from '../../shared/domain/local-date';
import { said } from '../../shared/i18n/said';
import { AppError } from '../app-error';
import { refusal } from '../messages/refusal';
import type { HandlerDeps } from '../handler-deps';
import { reportViewOf } from './report-view';

/** The reports after the vote: what they can cover, and what the board will do about each miss. */
export function reportHandlers(deps: HandlerDeps): AreaHandlers<'report'> {
  const { repository } = deps;
  const clock = deps.clock ?? (() => new Date());
  const today = () => localDate(clock());
  return {
    'report:get': () => reportViewOf(repository.read(), deps.complaints.read(), today()),
    'report:saveFollowUp': async ({ goalId, year, text, textSpanish }) => {
      const day = today();
      if (text === '') {
        throw new AppError(
          'invalid-input',
          refusal('refusals.followUpEmpty', { label: said('validation.label.followUp.text') }),
          { text: refusal('refusals.followUpEmptyField') },
        );
      }
      await repository.update((draft, saved) => {
        const view = reportViewOf(saved, deps.complaints.read(), day);
        const missed = view.years
          .find((item) => item.year === year)
          ?.missed.find((goal) => goal.goalId === goalId);
        if (!view.inForce || !missed) {
          throw new AppError('conflict', refusal('refusals.notMissed', { year: String(year) }));
        }
        const { revision } = view.inForce;
        const index = saved.tracking.followUps.findIndex(
          (item) => item.revision === revision && item.goalId === goalId && item.year === year,
        );
        const kept = saved.tracking.followUps[index];
        const record = {
          revision,
          goalId,
          year,
          text,
          textSpanish: textSpanish ?? kept?.textSpanish ?? '',
          recordedAt: clock().toISOString(),
        };
        if (kept) draft.tracking.followUps[index] = { ...record, id: kept.id };
        else draft.tracking.followUps.push({ ...record, id: randomUUID() });
      });
      return reportViewOf(repository.read(), deps.complaints.read(), day);
    },
    'report:clearFollowUp': async ({ goalId, year }) => {
      const day = today();
      const view = reportViewOf(repository.read(), deps.complaints.read(), day);
      const revision = view.inForce?.revision;
      const matches = (item: { revision: number; goalId: string; year: number }) =>
        item.revision === revision && item.goalId === goalId && item.year === year;
      if (repository.read().tracking.followUps.some(matches)) {
        await repository.update((draft) => {
          draft.tracking.followUps = draft.tracking.followUps.filter((item) => !matches(item));
        });
      }
      return reportViewOf(repository.read(), deps.complaints.read(), day);
    },
  };
}
