import { z } from 'zod';
import type { FloorKey } from './goal';
import { goalAreas, type GoalArea } from './goal-areas';
import { regulatoryFloors } from './regulatory-floors';
import { choiceOf, fieldMessage } from '../i18n/field-label';
import { issueMessage } from '../i18n/issue-said';
import { said, type Said } from '../i18n/said';
import { sayIn } from '../i18n/say-in';
import { negativeMessage, notANumberMessage } from './numbers/number-messages';
import { paragraphText } from './text';

/** A floor's label, on the review step and in its messages: "Minimum water pressure (psi)". */
export function floorLabel(key: FloorKey): string {
  return sayIn(floorSaid(key), 'en');
}

/** A floor's label in the catalog (the `validation` area), for a reader of either language. */
export function floorSaid(key: FloorKey): Said {
  return said('validation.label.floor', { floor: choiceOf(key) });
}

/** The label of the board's reason for an area with no goal, on the screen and in messages. */
export function areaReasonLabel(area: GoalArea): string {
  return sayIn(areaReasonSaid(area), 'en');
}

function floorValue(key: FloorKey) {
  const label = floorSaid(key);
  return z
    .number({ error: (issue) => issueMessage(notANumberMessage(label, 20, issue.input)) })
    .min(0, issueMessage(negativeMessage(label)))
    .max(10_000, fieldMessage('validation.looksTooLarge', label));
}

/** The reason's label in the catalog (the `validation` area), for a reader of either language. */
export function areaReasonSaid(area: GoalArea): Said {
  return said('validation.label.areaReason', { area: choiceOf(area) });
}

const areaReason = (area: GoalArea) => paragraphText(areaReasonSaid(area), 1000).optional();

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
