import { z } from 'zod';

// The shape of an approved snapshot as LOS Builder wrote it in snapshot format 1 (data formats 3
// to 5, until format 2 arrived). Written out, not imported from the editing schemas, and never changed: a later field
// on a goal or a board member must not make an old approval unreadable, and nothing may be
// added to what the board approved (docs/architecture.md, "Adding a field to a goal").
// Shapes only: the text was cleaned when it was typed, and the fingerprint vouches for it now.

const text = z.string();
const count = z.number().int().min(0);
const numberOrNull = z.number().nullable();
const id = z.string();

const v1 = {
  systemTypes: ['water', 'wastewater', 'both'],
  offices: ['president', 'vice-president', 'secretary', 'treasurer', 'member'],
  goalSetting: ['president-with-operator', 'board-with-operator', 'cross-section'],
  areas: [
    'energy-efficiency',
    'water-efficiency',
    'social',
    'environmental',
    'customer-service',
    'regulatory',
  ],
  capability: ['yes', 'no', 'unknown'],
  assets: ['fireHydrants', 'backupSource', 'storage', 'backupPower'],
  kinds: ['internal', 'external'],
  directions: ['at-most', 'at-least', 'yes-no', 'range'],
  frequencies: [
    'continuous',
    'daily',
    'weekly',
    'monthly',
    'quarterly',
    'yearly',
    'every-2-3-years',
    'each-event',
  ],
  floors: ['minimum-pressure', 'tier-1-notice'],
  methods: [
    'door-to-door',
    'annual-meeting',
    'focus-group',
    'mail-survey',
    'internet-poll',
    'complaint-log',
  ],
  topics: [
    'water-quality',
    'pressure',
    'outages',
    'leaks',
    'sewer',
    'billing',
    'courtesy',
    'response',
    'conservation',
    'rates',
    'other',
  ],
  pay: ['as-now', 'plus-10', 'plus-50'],
  votes: ['aye', 'nay', 'abstain', 'absent'],
  thresholds: ['majority-present', 'majority-seats', 'two-thirds-present'],
  quorumRules: ['majority-of-seats', 'fixed-number'],
} as const;

const utility = z.strictObject({
  name: text,
  systemType: z.enum(v1.systemTypes).nullable(),
  systemId: text,
  state: text.nullable(),
  connections: numberOrNull,
  population: numberOrNull,
  milesOfMain: numberOrNull,
  board: z.array(
    z.strictObject({
      id,
      name: text,
      office: z.enum(v1.offices),
      termEnds: text,
      onPlanningTeam: z.boolean(),
    }),
  ),
  operators: z.array(
    z.strictObject({ id, name: text, certification: text, onPlanningTeam: z.boolean() }),
  ),
  helpers: z.array(z.strictObject({ id, name: text, role: text })),
  goalSetting: z.enum(v1.goalSetting),
});

const capability = z.enum(v1.capability);
const scope = z.strictObject({
  areas: z.array(z.enum(v1.areas)),
  mission: text,
  regulatoryStyle: z.enum(['blanket', 'categories']),
  regulatoryStatement: text,
  regulatoryCategories: z.array(z.strictObject({ id, text })),
  assets: z.strictObject({
    fireHydrants: capability,
    backupSource: capability,
    storage: capability,
    backupPower: capability,
  }),
  storageGallons: numberOrNull,
  assetLimits: text,
});

const goal = z.strictObject({
  id,
  kind: z.enum(v1.kinds),
  area: z.enum(v1.areas),
  statement: text,
  measure: text,
  unit: text,
  direction: z.enum(v1.directions),
  target: numberOrNull,
  targetHigh: numberOrNull,
  baseline: z.strictObject({ value: numberOrNull, asOf: text, source: text, missingReason: text }),
  dataSource: text,
  frequency: z.enum(v1.frequencies).nullable(),
  responsible: text,
  rationale: text,
  costNote: text,
  setBy: z.array(id),
  customerBasis: text,
  needsAsset: z.enum(v1.assets).nullable(),
  floor: z.enum(v1.floors).nullable(),
  templateId: text.nullable(),
});

const reviewSettings = z.strictObject({
  floors: z.strictObject({ 'minimum-pressure': z.number(), 'tier-1-notice': z.number() }),
  areaReasons: z.partialRecord(z.enum(v1.areas), text),
});

const span = z.strictObject({ count, medianHours: numberOrNull, p90Hours: numberOrNull });
const share = numberOrNull;

/**
 * What customers said, with the complaint response figures' shape as a parameter: the one
 * place where format 2 differs (snapshot-v2.ts). Format 1 passes its own `span` below.
 */
export function customerFeedbackWith<Span extends z.ZodType>(span: Span) {
  return z.strictObject({
    outreaches: z.array(
      z.strictObject({
        method: z.enum(v1.methods),
        date: text,
        place: text,
        reached: count.nullable(),
        answered: count.nullable(),
        entries: count,
      }),
    ),
    tally: z.strictObject({
      entries: count,
      byTopic: z.array(z.strictObject({ topic: z.enum(v1.topics), count, strong: count })),
      byMethod: z.array(
        z.strictObject({
          method: z.enum(v1.methods),
          outreaches: count,
          reached: count,
          answered: count,
          entries: count,
        }),
      ),
      satisfaction: z.strictObject({
        answered: count,
        shareSatisfied: share,
        distribution: z.array(count),
      }),
      outage: z.strictObject({
        answered: count,
        medianHours: numberOrNull,
        distribution: z.array(z.strictObject({ hours: z.number(), count })),
      }),
      notice: z.strictObject({
        answered: count,
        medianDays: numberOrNull,
        distribution: z.array(z.strictObject({ days: z.number(), count })),
      }),
      pay: z.strictObject({
        answered: count,
        shareWilling: share,
        distribution: z.array(z.strictObject({ choice: z.enum(v1.pay), count })),
      }),
    }),
    complaints: z.strictObject({
      total: count,
      firstReceived: text.nullable(),
      lastReceived: text.nullable(),
      imports: z.array(z.strictObject({ id, fileName: text, importedAt: text, rows: count })),
      byTopic: z.array(
        z.strictObject({ topic: z.enum(v1.topics), count, responded: span, resolved: span }),
      ),
    }),
    evidence: z.array(z.strictObject({ goalId: id, lines: z.array(text) })),
  });
}

/** What the board approved, as snapshot format 1 stores it. */
export const contentV1Schema = z.strictObject({
  revision: z.number().int().min(1),
  utility,
  scope,
  goals: z.array(goal),
  reviewSettings,
  customerFeedback: customerFeedbackWith(span).optional(),
});

/** The meeting that approved it, as snapshot format 1 stores it. */
export const meetingV1Schema = z.strictObject({
  date: text,
  place: text,
  notice: text,
  seats: numberOrNull,
  quorumRule: z.enum(v1.quorumRules),
  quorumFixed: numberOrNull,
  threshold: z.enum(v1.thresholds),
  votes: z.array(z.strictObject({ memberId: id, vote: z.enum(v1.votes) })),
  movedBy: id.nullable(),
  secondedBy: id.nullable(),
  resolutionNumber: text,
  minutesExcerpt: text,
});

/** The tally computed from the meeting, as snapshot format 1 stores it. */
export const outcomeV1Schema = z.strictObject({
  seats: z.number().int(),
  present: z.number().int(),
  quorumNeeded: z.number().int(),
  hasQuorum: z.boolean(),
  ayes: z.number().int(),
  nays: z.number().int(),
  abstentions: z.number().int(),
  absent: z.number().int(),
  ayesNeeded: z.number().int(),
  carried: z.boolean(),
  summary: text,
});

export const snapshotV1Schema = z.strictObject({
  content: contentV1Schema,
  meeting: meetingV1Schema,
  outcome: outcomeV1Schema,
});
export type SnapshotV1 = z.output<typeof snapshotV1Schema>;
