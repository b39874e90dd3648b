import { numberedGoals } from '../../shared/domain/goal-numbers';
import type { Workbook } from '../../shared/domain/workbook';
import { printableFieldsOf, type PrintableField } from '../../shared/pdf/printable-fields';
import { followUpLabel } from '../../shared/api/report-contract';
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
    .map((item) => ({
      field: `Goal ${numbers.get(item.goalId) ?? ''}, ${followUpLabel} (${item.year})`,
      text: item.text,
    }));
  return [...printableFieldsOf(content, meeting), ...followUps];
}
