import { numberedGoals } from '../../shared/domain/goal-numbers';
import type { Workbook } from '../../shared/domain/workbook';
import { printableFieldsOf, type PrintableField } from '../../shared/pdf/printable-fields';
import { followUpLabel } from '../../shared/api/report-contract';
import { followUpSpanishLabel } from '../../shared/domain/tracking/review-records';
import { inForceVersion } from '../tracking/tracking-view';

/**
 * What the reports print that was typed: the agreement in force and the board's follow-ups to
 * its misses. None while nothing is in force (making a report then says why).
 */
export function reportPrintableFields(workbook: Workbook): PrintableField[] {
  const inForce = inForceVersion(workbook);
  if ('problem' in inForce) return [];
  const { content, meeting, revision } = inForce.version;
  const numbers = new Map(
    numberedGoals(content.goals).map(({ number, goal }) => [goal.id, number]),
  );
  const followUps = workbook.tracking.followUps
    .filter((item) => item.revision === revision && numbers.has(item.goalId))
    .flatMap((item) => {
      const goal = `Goal ${numbers.get(item.goalId) ?? ''}`;
      return [
        { field: `${goal}, ${followUpLabel} (${item.year})`, text: item.text },
        { field: `${goal}, ${followUpSpanishLabel} (${item.year})`, text: item.textSpanish },
      ].filter((field) => field.text.trim() !== '');
    });
  return [...printableFieldsOf(content, meeting), ...followUps];
}
