import { z } from 'zod';
import { meetingV1Schema, outcomeV1Schema } from './snapshot-v1';
import { contentV3Schema } from './snapshot-v3';

// The shape of an approved snapshot as LOS Builder writes it in snapshot format 4 (from data
// format 7 on): format 3 with what a wastewater system has (`scope.sewer`), the sewer overflow
// reporting floor, the sewer feedback topics and card questions, and whether the utility holds
// an annual meeting (issue 12). Built from format 3's parts, which never change, and never
// changed itself (docs/architecture.md, "Adding a field to a goal").

const v4 = {
  floors: ['minimum-pressure', 'tier-1-notice', 'overflow-report'],
  topics: [
    'water-quality',
    'pressure',
    'outages',
    'leaks',
    'sewer',
    'odor',
    'backups',
    'overflows',
    'billing',
    'courtesy',
    'response',
    'conservation',
    'rates',
    'other',
  ],
  collection: ['gravity', 'force', 'gravity-and-force'],
  treatment: ['lagoon', 'mechanical', 'other-utility', 'septic-field'],
  answers: ['yes', 'no', 'unknown'],
} as const;

const numberOrNull = z.number().nullable();
const content3 = contentV3Schema.shape;

const sewer = z.strictObject({
  milesOfSewer: numberOrNull,
  collection: z.enum(v4.collection).nullable(),
  liftStations: numberOrNull,
  liftStationsWithBackupPower: numberOrNull,
  treatment: z.enum(v4.treatment).nullable(),
  inflowInfiltration: z.enum(v4.answers),
  dischargePermit: z.string(),
});

const goal = content3.goals.element.extend({ floor: z.enum(v4.floors).nullable() });

const reviewSettings = content3.reviewSettings.extend({
  floors: z.strictObject({
    'minimum-pressure': z.number(),
    'tier-1-notice': z.number(),
    'overflow-report': z.number(),
  }),
});

const feedback3 = content3.customerFeedback.unwrap().shape;
const tally3 = feedback3.tally.shape;
const complaints3 = feedback3.complaints.shape;
const topic = z.enum(v4.topics);
/** The sewer card questions' answers have the shape of the outage question's. */
const hourAnswers = tally3.outage;

const customerFeedback = z.strictObject({
  ...feedback3,
  tally: z.strictObject({
    ...tally3,
    byTopic: z.array(tally3.byTopic.element.extend({ topic })),
    cleanup: hourAnswers,
    overflowNotice: hourAnswers,
  }),
  complaints: z.strictObject({
    ...complaints3,
    byTopic: z.array(complaints3.byTopic.element.extend({ topic })),
  }),
  annualMeeting: z.boolean().nullable(),
});

/** What the board approved, as snapshot format 4 stores it. */
export const contentV4Schema = contentV3Schema.extend({
  scope: content3.scope.extend({ sewer }),
  goals: z.array(goal),
  reviewSettings,
  customerFeedback: customerFeedback.optional(),
});

export const snapshotV4Schema = z.strictObject({
  content: contentV4Schema,
  meeting: meetingV1Schema,
  outcome: outcomeV1Schema,
});
export type SnapshotV4 = z.output<typeof snapshotV4Schema>;
