import { goalAreaTitles, goalAreas } from '../goal-areas';
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
      message: `${goalAreaTitles[area]} was chosen on step 2 but has no goal yet.`,
      fix: 'Add a goal in this area, or write on this step why the board has none for now; the reason is kept in the record.',
      goalId: null,
      area,
    }));
};

/** Note: a goal outside the chosen areas may be fine, but step 2 should say the area is covered. */
const goalsOutsideAreas = perGoal('area', ({ goal, label, input }) => {
  // A goal with no area yet is the unfinished rule's to report.
  if (goal.area === null || input.scope.areas.includes(goal.area)) return null;
  const title = goalAreaTitles[goal.area];
  return {
    severity: 'note',
    message: `${label} is in the ${title} area, which was not chosen on step 2.`,
    fix: `Add ${title} to the chosen areas on step 2, or move the goal to one of the chosen areas.`,
  };
});

export const areaRule: ReviewRule = (input) => [...emptyAreas(input), ...goalsOutsideAreas(input)];
