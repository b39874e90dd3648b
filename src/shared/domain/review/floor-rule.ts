import type { FloorKey, GoalFields } from '../goal';
import { floorsFor, regulatoryFloors } from '../regulatory-floors';
import { said } from '../../i18n/said';
import { amountSaid } from './amount-said';
import { perGoal } from './per-goal';

const minimumPressureWording = /\bmin(imum|\.)?\s+(water\s+)?pressure\b/i;
const psiUnit = /\bpsi\b/i;
const overflowWording = /\boverflows?\b|\bSSOs?\b|desbord/i;
const stateReportWording = /\breport|\bstate\b|\bestado\b/i;
const hoursUnit = /\bhours?\b|\bhoras?\b/i;

/**
 * The floor a goal must meet. A minimum-pressure or overflow-reporting goal typed by hand has
 * no floor set, so its wording counts too: otherwise a 15 psi promise, or reporting an
 * overflow to the state in 48 hours, would slip past the state's rule.
 */
export function applicableFloor(
  goal: Pick<GoalFields, 'floor' | 'unit' | 'statement' | 'measure'>,
): FloorKey | null {
  if (goal.floor !== null) return goal.floor;
  const text = `${goal.statement}\n${goal.measure}`;
  if (psiUnit.test(goal.unit) && minimumPressureWording.test(text)) return 'minimum-pressure';
  const reportsOverflow = overflowWording.test(text) && stateReportWording.test(text);
  return hoursUnit.test(goal.unit) && reportsOverflow ? 'overflow-report' : null;
}

/** Blocker: an agreement must not promise less than the law requires (DOMAIN.md section 1). */
export const floorRule = perGoal('floor', ({ goal, label, input }) => {
  const floor = applicableFloor(goal);
  if (floor === null || goal.direction === 'yes-no') return null;
  // A floor of a service the utility does not run is not on this step to change; the service
  // rule already says the goal does not belong.
  if (!floorsFor(input.utility.systemType).includes(floor)) return null;
  const info = regulatoryFloors[floor];
  const boardValue = input.settings.floors[floor];
  // For a range, the end nearest the floor is the one that must meet it.
  const target = info.direction === 'at-most' ? (goal.targetHigh ?? goal.target) : goal.target;
  if (target === null) return null;
  const misses = info.direction === 'at-least' ? target < boardValue : target > boardValue;
  if (!misses) return null;
  const side = info.direction === 'at-least' ? 'below' : 'above';
  const board = amountSaid(boardValue, info.unit);
  return {
    severity: 'blocker',
    message: said('findings.floor', {
      label,
      target: amountSaid(target, info.unit),
      side,
      floor: board,
      title: said(`findings.floor.title.${floor}`),
      common: amountSaid(info.commonValue, info.unit),
      basis: said(`findings.floor.basis.${floor}`),
    }),
    fix: said('findings.floor.fix', { side, floor: board }),
  };
});
