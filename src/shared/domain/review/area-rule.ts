import { said } from '../../i18n/said';
import { goalAreas, type GoalArea } from '../goal-areas';
import type { Finding } from '../review-finding';
import { perGoal } from './per-goal';
import type { ReviewRule } from './review-input';

/**
 * Warning: an area chosen on step 2 needs a goal, or the board's reason for having none.
 * Silent while there are no goals at all: "no goals yet" already says it all.
 */
const emptyAreas: ReviewRule = ({ scope, goals, settings }) => {
  if (goals.length === 0) return [];
  return goalAreas
    .filter((area) => scope.areas.includes(area))
    .filter((area) => !goals.some((goal) => goal.area === area))
    .filter((area) => (settings.areaReasons[area] ?? '').trim() === '')
    .map((area): Finding => ({
      key: `area:${area}`,
      severity: 'warning',
      rule: 'area',
      message: said('findings.area.empty', { area: areaName(area) }),
      fix: said('findings.area.empty.fix'),
      goalId: null,
      area,
    }));
};

/** Note: a goal outside the chosen areas may be fine, but step 2 should say the area is covered. */
const goalsOutsideAreas = perGoal('area', ({ goal, label, input }) => {
  // A goal with no area yet is the unfinished rule's to report.
  if (goal.area === null || input.scope.areas.includes(goal.area)) return null;
  const area = areaName(goal.area);
  return {
    severity: 'note',
    message: said('findings.area.outside', { label, area }),
    fix: said('findings.area.outside.fix', { area }),
  };
});

/** The guidance's name for an area (goal-areas.ts), in the reader's language. */
const areaName = (area: GoalArea) => said(`findings.areaName.${area}`);

export const areaRule: ReviewRule = (input) => [...emptyAreas(input), ...goalsOutsideAreas(input)];
