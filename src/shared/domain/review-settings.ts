import { z } from 'zod';
import { goalAreas } from './goal-areas';
import { regulatoryFloors } from './regulatory-floors';
import { negativeMessage, notANumberMessage } from './numbers/number-messages';
import { paragraphText } from './text';

const floorValue = (label: string) =>
  z
    .number({ error: (issue) => notANumberMessage(label, 20, issue.input) })
    .min(0, negativeMessage(label))
    .max(10_000, `${label} looks too large.`);

/** What the board decides on the review step: its state's floors, and why an area has no goal. */
export const reviewSettingsSchema = z.strictObject({
  floors: z.strictObject({
    'minimum-pressure': floorValue('Minimum pressure floor'),
    'tier-1-notice': floorValue('Tier 1 notice floor'),
    'overflow-report': floorValue('Overflow reporting floor'),
  }),
  /** For a chosen goal area with no goal yet: the board's reason, kept in the record. */
  areaReasons: z.partialRecord(z.enum(goalAreas), paragraphText('Reason', 1000)),
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
