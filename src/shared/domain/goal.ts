import { z } from 'zod';
import { goalAreas } from './goal-areas';
import { assetCapabilities } from './scope';
import { englishLabels, fieldMessage, labelSaid, type FieldLabel } from '../i18n/field-label';
import { issueMessage } from '../i18n/issue-said';
import { said } from '../i18n/said';
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
const targetNumber = (label: FieldLabel) => {
  const outOfRange = issueMessage(said('validation.outOfRange', { label: labelSaid(label) }));
  return z
    .number({ error: (issue) => issueMessage(notANumberMessage(label, 20, issue.input)) })
    .min(-1_000_000_000, outOfRange)
    .max(1_000_000_000, outOfRange)
    .nullable();
};

/**
 * Each goal field's name, in one home: the goal form's labels, the schema's messages, the
 * review's findings and the export's font check all say it this way. Typed by the field keys
 * (checked below), so a new field without a name does not compile.
 */
export const goalFieldLabelKeys = {
  kind: 'validation.label.goal.kind',
  area: 'validation.label.goal.area',
  statement: 'validation.label.goal.statement',
  measure: 'validation.label.goal.measure',
  unit: 'validation.label.goal.unit',
  direction: 'validation.label.goal.direction',
  target: 'validation.label.goal.target',
  targetHigh: 'validation.label.goal.targetHigh',
  baseline: 'validation.label.goal.baseline',
  dataSource: 'validation.label.goal.dataSource',
  frequency: 'validation.label.goal.frequency',
  responsible: 'validation.label.goal.responsible',
  standIn: 'validation.label.goal.standIn',
  rationale: 'validation.label.goal.rationale',
  costNote: 'validation.label.goal.costNote',
  setBy: 'validation.label.goal.setBy',
  customerBasis: 'validation.label.goal.customerBasis',
  needsAsset: 'validation.label.goal.needsAsset',
  floor: 'validation.label.goal.floor',
  templateId: 'validation.label.goal.templateId',
  stretch: 'validation.label.goal.stretch',
  spanish: 'validation.label.goal.spanish',
} as const;
export const goalFieldLabels = englishLabels(goalFieldLabelKeys);

/**
 * The Spanish wording's parts, named as the goal form names them: what a Spanish paper prints
 * in place of the board's English (issue 17). Empty until written; a known unit needs none
 * (spanish/unit-glossary.ts).
 */
export const spanishFieldLabelKeys = {
  statement: 'validation.label.spanish.statement',
  measure: 'validation.label.spanish.measure',
  unit: 'validation.label.spanish.unit',
} as const;
export const spanishFieldLabels = englishLabels(spanishFieldLabelKeys);

/** The limits are the English fields' own, so a translation fits wherever the English did. */
export const spanishWordingSchema = z.strictObject({
  statement: lineText(spanishFieldLabelKeys.statement, 300),
  measure: lineText(spanishFieldLabelKeys.measure, 200),
  unit: lineText(spanishFieldLabelKeys.unit, 60),
});
export type SpanishWording = z.output<typeof spanishWordingSchema>;

/** Nothing written in Spanish yet. */
export const emptySpanishWording: SpanishWording = { statement: '', measure: '', unit: '' };

/** The baseline's typed parts, named as the goal form names them. */
export const baselineFieldLabelKeys = {
  source: 'validation.label.baseline.source',
  missingReason: 'validation.label.baseline.missingReason',
} as const;
export const baselineFieldLabels = englishLabels(baselineFieldLabelKeys);

export const baselineSchema = z.strictObject({
  /** Today's performance; for a yes/no goal 1 means yes and 0 means no. */
  value: targetNumber(goalFieldLabelKeys.baseline),
  asOf: calendarDate('validation.label.baseline.asOf'),
  source: lineText(baselineFieldLabelKeys.source, 200),
  /** Why there is no baseline yet, when there is none. */
  missingReason: paragraphText(baselineFieldLabelKeys.missingReason, 1000),
});
export type Baseline = z.output<typeof baselineSchema>;

/** The goal's content as the user edits it. */
export const goalFieldsSchema = z.strictObject({
  kind: z.enum(goalKinds, { error: issueMessage('validation.goal.kind') }),
  /** Null until the board chooses it: a new goal is not quietly put in some area (issue 11). */
  area: z
    .enum(goalAreas, { error: fieldMessage('validation.goal.area', goalFieldLabelKeys.area) })
    .nullable(),
  statement: lineText(goalFieldLabelKeys.statement, 300),
  measure: lineText(goalFieldLabelKeys.measure, 200),
  unit: lineText(goalFieldLabelKeys.unit, 60),
  /** Null until the board chooses how the target works; never a silent "at most". */
  direction: z
    .enum(goalDirections, {
      error: fieldMessage('validation.goal.direction', goalFieldLabelKeys.direction),
    })
    .nullable(),
  target: targetNumber(goalFieldLabelKeys.target),
  /** The upper end, for a range target. */
  targetHigh: targetNumber(goalFieldLabelKeys.targetHigh),
  baseline: baselineSchema,
  dataSource: lineText(goalFieldLabelKeys.dataSource, 200),
  frequency: z
    .enum(measureFrequencies, { error: issueMessage('validation.goal.frequency') })
    .nullable(),
  responsible: lineText(goalFieldLabelKeys.responsible, 120),
  /** Who looks after the goal while the responsible person is away; optional. */
  standIn: lineText(goalFieldLabelKeys.standIn, 100),
  rationale: paragraphText(goalFieldLabelKeys.rationale, 2000),
  costNote: paragraphText(goalFieldLabelKeys.costNote, 1000),
  /** Ids of the planning-team members from step 1 who set this goal. */
  setBy: z.array(rowId).max(50),
  /** For external goals: what customers said that this goal rests on. */
  customerBasis: paragraphText(goalFieldLabelKeys.customerBasis, 2000),
  /** The equipment the promise depends on, if any (no fire-flow goal without hydrants). */
  needsAsset: z.enum(assetCapabilities).nullable(),
  /** The regulatory floor the target must meet, if one is known. */
  floor: z.enum(floorKeys).nullable(),
  /** The library template it started from, kept so the source can be shown. */
  templateId: z.string().max(20).nullable(),
  /** The board marked it a stretch beyond today's level, to be budgeted in the cost note. */
  stretch: z.boolean({
    error: fieldMessage('validation.goal.stretch', goalFieldLabelKeys.stretch),
  }),
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
