import { z } from 'zod';
import type { FloorKey } from './goal';
import { goalAreas, goalAreaTitles, type GoalArea } from './goal-areas';
import { regulatoryFloors } from './regulatory-floors';
import { negativeMessage, notANumberMessage } from './numbers/number-messages';
import { paragraphText } from './text';

/** A floor's label, on the review step and in its messages: "Minimum water pressure (psi)". */
export function floorLabel(key: FloorKey): string {
  const { title, unit } = regulatoryFloors[key];
  return `${title} (${unit})`;
}

/** The label of the board's reason for an area with no goal, on the screen and in messages. */
export function areaReasonLabel(area: GoalArea): string {
  return `Why there is no ${goalAreaTitles[area]} goal`;
}

function floorValue(key: FloorKey) {
  const label = floorLabel(key);
  return z
    .number({ error: (issue) => notANumberMessage(label, 20, issue.input) })
    .min(0, negativeMessage(label))
    .max(10_000, `${label} looks too large.`);
}

const areaReason = (area: GoalArea) => paragraphText(areaReasonLabel(area), 1000).optional();

// Each area its own field, so a message names the area; any may be left out.
const areaReasonsShape = Object.fromEntries(
  goalAreas.map((area) => [area, areaReason(area)]),
) as Record<GoalArea, ReturnType<typeof areaReason>>;

/** What the board decides on the review step: its state's floors, and why an area has no goal. */
export const reviewSettingsSchema = z.strictObject({
  floors: z.strictObject({
    'minimum-pressure': floorValue('minimum-pressure'),
    'tier-1-notice': floorValue('tier-1-notice'),
    'overflow-report': floorValue('overflow-report'),
  }),
  /** For a chosen goal area with no goal yet: the board's reason, kept in the record. */
  areaReasons: z.strictObject(areaReasonsShape),
});
export type ReviewSettings = z.output<typeof reviewSettingsSchema>;

export const defaultReviewSettings: ReviewSettings = {
  floors: {
    'minimum-pressure': regulatoryFloors['minimum-pressure'].commonValue,
    'tier-1-notice': regulatoryFloors['tier-1-notice'].commonValue,
    'overflow-report': regulatoryFloors['overflow-report'].commonValue,
  },
  areaReasons: {},
};
