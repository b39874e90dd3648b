import type { Api } from '@shared/api/contract';
import { fail, type Result } from '@shared/api/result';
import type { MissingSpanish } from '@shared/domain/spanish/missing-spanish';
import type { Text } from '../../i18n/use-text';

/**
 * Saves one passage's Spanish into the working draft: the mission into step 2, a goal's part
 * into that goal, read fresh first so nothing else typed meanwhile is overwritten.
 */
export async function writeSpanish(
  api: Api,
  text: Text,
  item: MissingSpanish,
  spanish: string,
): Promise<Result<null>> {
  const { where } = item;
  if (where.kind === 'mission') {
    const scope = await api['scope:get']();
    if (!scope.ok) return scope;
    const saved = await api['scope:save']({
      rev: scope.value.rev,
      value: { ...scope.value.value, missionSpanish: spanish },
    });
    return saved.ok ? { ok: true, value: null } : saved;
  }
  const field = item.field === 'mission' ? null : item.field;
  const goals = await api['goals:list']();
  if (!goals.ok) return goals;
  const goal = goals.value.find((other) => other.id === where.goalId);
  if (!goal || field === null) {
    return fail('conflict', text('export.passage.goalGone', { number: where.number }));
  }
  const { id, rev, ...fields } = goal;
  const saved = await api['goals:update']({
    id,
    rev,
    fields: { ...fields, spanish: { ...fields.spanish, [field]: spanish } },
  });
  return saved.ok ? { ok: true, value: null } : saved;
}
