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

/**
 * Each goal field's name, in one home: the goal form's labels, the schema's messages, the
 * review's findings and the export's font check all say it this way. Typed by the field keys
 * (checked below), so a new field without a name does not compile.
 */
export const goalFieldLabels = {
  kind: 'Internal or external',
  area: 'Goal area',
  statement: 'Goal',
  measure: 'What is measured',
  unit: 'Unit',
  direction: 'How the target works',
  target: 'Target',
  targetHigh: 'Upper end of the range',
  baseline: 'Baseline',
  dataSource: 'How it is measured',
  frequency: 'How often',
  responsible: 'Who is responsible',
  standIn: 'Who stands in',
  rationale: 'Why the board chose it',
  costNote: 'Cost note',
  setBy: 'Who set this goal',
  customerBasis: 'What customers said',
  needsAsset: 'Depends on',
  floor: 'Legal minimum it must meet',
  templateId: 'Library goal',
  stretch: 'Stretch goal',
  spanish: 'Spanish wording',
} as const;

/**
 * The Spanish wording's parts, named as the goal form names them: what a Spanish paper prints
 * in place of the board's English (issue 17). Empty until written; a known unit needs none
 * (spanish/unit-glossary.ts).
 */
export const spanishFieldLabels = {
  statement: 'Goal in Spanish',
  measure: 'What is measured, in Spanish',
  unit: 'Unit in Spanish',
} as const;

/** The limits are the English fields' own, so a translation fits wherever the English did. */
export const spanishWordingSchema = z.strictObject({
  statement: lineText(spanishFieldLabels.statement, 300),
  measure: lineText(spanishFieldLabels.measure, 200),
  unit: lineText(spanishFieldLabels.unit, 60),
});
export type SpanishWording = z.output<typeof spanishWordingSchema>;

/** Nothing written in Spanish yet. */
export const emptySpanishWording: SpanishWording = { statement: '', measure: '', unit: '' };

/** The baseline's typed parts, named as the goal form names them. */
export const baselineFieldLabels = {
  source: 'Where the figure comes from',
  missingReason: 'Why there is no baseline',
} as const;

export const baselineSchema = z.strictObject({
  /** Today's performance; for a yes/no goal 1 means yes and 0 means no. */
  value: targetNumber(goalFieldLabels.baseline),
  asOf: calendarDate('Baseline date'),
  source: lineText(baselineFieldLabels.source, 200),
  /** Why there is no baseline yet, when there is none. */
  missingReason: paragraphText(baselineFieldLabels.missingReason, 1000),
});
export type Baseline = z.output<typeof baselineSchema>;

/** The goal's content as the user edits it. */
export const goalFieldsSchema = z.strictObject({
  kind: z.enum(goalKinds, { error: 'Choose internal or external.' }),
  /** Null until the board chooses it: a new goal is not quietly put in some area (issue 11). */
  area: z
    .enum(goalAreas, { error: `${goalFieldLabels.area}: choose one of the six areas.` })
    .nullable(),
  statement: lineText(goalFieldLabels.statement, 300),
  measure: lineText(goalFieldLabels.measure, 200),
  unit: lineText(goalFieldLabels.unit, 60),
  /** Null until the board chooses how the target works; never a silent "at most". */
  direction: z
    .enum(goalDirections, {
      error: `${goalFieldLabels.direction}: choose at most, at least, yes or no, or within a range.`,
    })
    .nullable(),
  target: targetNumber(goalFieldLabels.target),
  /** The upper end, for a range target. */
  targetHigh: targetNumber(goalFieldLabels.targetHigh),
  baseline: baselineSchema,
  dataSource: lineText(goalFieldLabels.dataSource, 200),
  frequency: z.enum(measureFrequencies, { error: 'Choose how often it is measured.' }).nullable(),
  responsible: lineText(goalFieldLabels.responsible, 120),
  /** Who looks after the goal while the responsible person is away; optional. */
  standIn: lineText(goalFieldLabels.standIn, 100),
  rationale: paragraphText(goalFieldLabels.rationale, 2000),
  costNote: paragraphText(goalFieldLabels.costNote, 1000),
  /** Ids of the planning-team members from step 1 who set this goal. */
  setBy: z.array(rowId).max(50),
  /** For external goals: what customers said that this goal rests on. */
  customerBasis: paragraphText(goalFieldLabels.customerBasis, 2000),
  /** The equipment the promise depends on, if any (no fire-flow goal without hydrants). */
  needsAsset: z.enum(assetCapabilities).nullable(),
  /** The regulatory floor the target must meet, if one is known. */
  floor: z.enum(floorKeys).nullable(),
  /** The library template it started from, kept so the source can be shown. */
  templateId: z.string().max(20).nullable(),
  /** The board marked it a stretch beyond today's level, to be budgeted in the cost note. */
  stretch: z.boolean({ error: `${goalFieldLabels.stretch}: tick the box or leave it clear.` }),
  /** The statement, measure and unit as a Spanish paper prints them; '' where not written. */
  spanish: spanishWordingSchema,
});
export type GoalFields = z.output<typeof goalFieldsSchema>;

// A field added to the schema without a name above fails to compile here.
goalFieldLabels satisfies Record<keyof GoalFields, string>;

/**
 * Who answers for the goal: the person responsible, then whoever acts for them. The agreement
 * prints them together under "Responsible" (goals-table.ts), and the review checks that each one
 * acting for them covers someone else (review/stand-in-rule.ts).
 */
export const goalPeopleFields = ['responsible', 'standIn'] as const;
export type GoalPeopleField = (typeof goalPeopleFields)[number];

/** How the agreement names each of them in its goals table: the PDF's words. */
export const printedPeopleWords: Record<GoalPeopleField, string> = {
  responsible: 'Responsible',
  standIn: 'Stands in',
};

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
    standIn: '',
    rationale: '',
    costNote: '',
    setBy: [],
    customerBasis: '',
    needsAsset: null,
    floor: null,
    templateId: null,
    stretch: false,
    // A copy: a caller that fills in its Spanish must not write into the shared empty value.
    spanish: { ...emptySpanishWording },
  };
}
