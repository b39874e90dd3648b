import { z } from 'zod';
import { goalAreas } from './goal-areas';
import { assetCapabilities } from './scope';
import { notANumberMessage } from './numbers/number-messages';
import { calendarDate, lineText, paragraphText, rowId } from './text';

/** Internal goals define operations and staff set them; external goals are felt by customers. */
export const goalKinds = ['internal', 'external'] as const;
export type GoalKind = (typeof goalKinds)[number];

/** How a result is compared with the target. */
export const goalDirections = ['at-most', 'at-least', 'yes-no', 'range'] as const;
export type GoalDirection = (typeof goalDirections)[number];

/** How often the measure is taken; tracking can be no more frequent than the data (IAMF). */
export const measureFrequencies = [
  'continuous',
  'daily',
  'weekly',
  'monthly',
  'quarterly',
  'yearly',
  'every-2-3-years',
  'each-event',
] as const;
export type MeasureFrequency = (typeof measureFrequencies)[number];

/** Known regulatory floors a goal can be checked against; their values are editable (states differ). */
export const floorKeys = ['minimum-pressure', 'tier-1-notice', 'overflow-report'] as const;
export type FloorKey = (typeof floorKeys)[number];

// Stored goals keep the wide range they always had, so a workbook saved before the input rules
// (goal-input.ts) still opens; what the board types now is held to those rules.
const targetNumber = (label: string) =>
  z
    .number({ error: (issue) => notANumberMessage(label, 20, issue.input) })
    .min(-1_000_000_000, `${label} is out of range.`)
    .max(1_000_000_000, `${label} is out of range.`)
    .nullable();

export const baselineSchema = z.strictObject({
  /** Today's performance; for a yes/no goal 1 means yes and 0 means no. */
  value: targetNumber('Baseline'),
  asOf: calendarDate('Baseline date'),
  source: lineText('Where the baseline comes from', 200),
  /** Why there is no baseline yet, when there is none. */
  missingReason: paragraphText('Why there is no baseline', 1000),
});
export type Baseline = z.output<typeof baselineSchema>;

/** The goal's content as the user edits it. */
export const goalFieldsSchema = z.strictObject({
  kind: z.enum(goalKinds, { error: 'Choose internal or external.' }),
  /** Null until the board chooses it: a new goal is not quietly put in some area (issue 11). */
  area: z.enum(goalAreas, { error: 'Goal area: choose one of the six areas.' }).nullable(),
  statement: lineText('Goal', 300),
  measure: lineText('Measure', 200),
  unit: lineText('Unit', 60),
  /** Null until the board chooses how the target works; never a silent "at most". */
  direction: z
    .enum(goalDirections, {
      error: 'How the target works: choose at most, at least, yes or no, or within a range.',
    })
    .nullable(),
  target: targetNumber('Target'),
  /** The upper end, for a range target. */
  targetHigh: targetNumber('Upper target'),
  baseline: baselineSchema,
  dataSource: lineText('How it is measured', 200),
  frequency: z.enum(measureFrequencies, { error: 'Choose how often it is measured.' }).nullable(),
  responsible: lineText('Who is responsible', 120),
  rationale: paragraphText('Why the board chose it', 2000),
  costNote: paragraphText('Cost note', 1000),
  /** Ids of the planning-team members from step 1 who set this goal. */
  setBy: z.array(rowId).max(50),
  /** For external goals: what customers said that this goal rests on. */
  customerBasis: paragraphText('What customers said', 2000),
  /** The equipment the promise depends on, if any (no fire-flow goal without hydrants). */
  needsAsset: z.enum(assetCapabilities).nullable(),
  /** The regulatory floor the target must meet, if one is known. */
  floor: z.enum(floorKeys).nullable(),
  /** The library template it started from, kept so the source can be shown. */
  templateId: z.string().max(20).nullable(),
  /** The board marked it a stretch beyond today's level, to be budgeted in the cost note. */
  stretch: z.boolean({ error: 'Stretch goal: tick the box or leave it clear.' }),
});
export type GoalFields = z.output<typeof goalFieldsSchema>;

export const goalSchema = goalFieldsSchema.extend({ id: rowId, rev: z.number().int().min(0) });
export type Goal = z.output<typeof goalSchema>;

export const emptyBaseline: Baseline = { value: null, asOf: '', source: '', missingReason: '' };

/**
 * A goal written from scratch: nothing is chosen for the board, not even its area or how its
 * target works; the goal is listed as unfinished until both are chosen.
 */
export function blankGoalFields(kind: GoalKind): GoalFields {
  return {
    kind,
    area: null,
    statement: '',
    measure: '',
    unit: '',
    direction: null,
    target: null,
    targetHigh: null,
    baseline: emptyBaseline,
    dataSource: '',
    frequency: null,
    responsible: '',
    rationale: '',
    costNote: '',
    setBy: [],
    customerBasis: '',
    needsAsset: null,
    floor: null,
    templateId: null,
    stretch: false,
  };
}
