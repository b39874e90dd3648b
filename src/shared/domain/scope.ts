import { z } from 'zod';
import { said, type Said } from '../i18n/said';
import { goalAreas } from './goal-areas';
import { emptySewerSystem, sewerSystemSchema } from './sewer-system';
import { englishLabels, fieldMessage, type FieldLabel } from '../i18n/field-label';
import { issueMessage } from '../i18n/issue-said';
import { decimalNumber, paragraphText, rowId } from './text';
import { runsSewer, runsWater, type SystemType } from './utility';

/** Whether the system has a piece of equipment; "not sure" is a fair answer for a new board. */
export const capabilityAnswers = ['yes', 'no', 'unknown'] as const;
export type CapabilityAnswer = (typeof capabilityAnswers)[number];

/**
 * The physical assets of a drinking-water system that decide which promises can be kept
 * (DOMAIN.md section 1); asked only when the utility runs drinking water.
 */
export const assetCapabilities = [
  'fireHydrants',
  'backupSource',
  'storage',
  'backupPower',
] as const;
export type AssetCapability = (typeof assetCapabilities)[number];

const capability = (label: FieldLabel) =>
  z.enum(capabilityAnswers, { error: fieldMessage('validation.yesNoNotSure', label) });

export const regulatoryStyles = ['blanket', 'categories'] as const;
export type RegulatoryStyle = (typeof regulatoryStyles)[number];

// Step 2's labels: the form shows them and the schema's messages name them, so both say the same.
// "What we cannot do" is the agreement's heading over that text.

export const scopeLabelKeys = {
  mission: 'validation.label.scope.mission',
  missionSpanish: 'validation.label.scope.missionSpanish',
  regulatoryStyle: 'validation.label.scope.regulatoryStyle',
  regulatoryStatement: 'validation.label.scope.regulatoryStatement',
  storageGallons: 'validation.label.scope.storageGallons',
  assetLimits: 'validation.label.scope.assetLimits',
} as const;
export const scopeLabels = englishLabels(scopeLabelKeys);

/** A category statement's row; a message adds whose field it is ("Category statement"). */
export const regulatoryCategoryLabelKeys = {
  text: 'validation.label.category.text',
} as const;
export const regulatoryCategoryLabels = englishLabels(regulatoryCategoryLabelKeys);

export const regulatoryCategorySchema = z.strictObject({
  id: rowId,
  text: paragraphText('validation.label.category.statement', 500),
});

export const scopeSchema = z.strictObject({
  areas: z
    .array(z.enum(goalAreas, { error: issueMessage('validation.scope.area') }))
    .max(goalAreas.length, issueMessage('validation.scope.areaOnce'))
    .refine(
      (areas) => new Set(areas).size === areas.length,
      issueMessage('validation.scope.areaOnce'),
    ),
  mission: paragraphText(scopeLabelKeys.mission, 1000),
  /** The mission as a Spanish paper prints it; '' until written (issue 17). */
  missionSpanish: paragraphText(scopeLabelKeys.missionSpanish, 1000),
  regulatoryStyle: z.enum(regulatoryStyles, {
    error: issueMessage('validation.scope.regulatoryStyle'),
  }),
  regulatoryStatement: paragraphText(scopeLabelKeys.regulatoryStatement, 2000),
  regulatoryCategories: z
    .array(regulatoryCategorySchema)
    .max(20, issueMessage('validation.scope.categoriesMax')),
  assets: z.strictObject({
    fireHydrants: capability('validation.label.capability.fireHydrants'),
    backupSource: capability('validation.label.capability.backupSource'),
    storage: capability('validation.label.capability.storage'),
    backupPower: capability('validation.label.capability.backupPower'),
  }),
  storageGallons: decimalNumber(scopeLabelKeys.storageGallons, 100_000_000, 50000),
  /** The wastewater system's questions, asked only when the utility runs sewer service. */
  sewer: sewerSystemSchema,
  assetLimits: paragraphText(scopeLabelKeys.assetLimits, 2000),
});
export type Scope = z.output<typeof scopeSchema>;

export const defaultRegulatoryStatement =
  'We will comply with all applicable federal, state and local rules for our system.';

export const emptyScope: Scope = {
  areas: [],
  mission: '',
  missionSpanish: '',
  regulatoryStyle: 'blanket',
  regulatoryStatement: defaultRegulatoryStatement,
  regulatoryCategories: [],
  assets: {
    fireHydrants: 'unknown',
    backupSource: 'unknown',
    storage: 'unknown',
    backupPower: 'unknown',
  },
  storageGallons: null,
  sewer: emptySewerSystem,
  assetLimits: '',
};

/** What step 2 still needs, in plain words: only the questions the system type asks. */
export function scopeGaps(scope: Scope, systemType: SystemType | null): Said[] {
  const gaps: Said[] = [];
  if (scope.areas.length === 0) gaps.push(said('utilityFacts.gap.areas'));
  if (scope.mission === '') gaps.push(said('utilityFacts.gap.mission'));
  if (scope.regulatoryStyle === 'blanket' && scope.regulatoryStatement === '') {
    gaps.push(said('utilityFacts.gap.regulatoryStatement'));
  }
  if (
    scope.regulatoryStyle === 'categories' &&
    scope.regulatoryCategories.every((c) => c.text === '')
  ) {
    gaps.push(said('utilityFacts.gap.regulatoryCategory'));
  }
  if (runsWater(systemType) && Object.values(scope.assets).includes('unknown')) {
    gaps.push(said('utilityFacts.gap.assets'));
  }
  if (runsSewer(systemType)) gaps.push(...sewerGaps(scope.sewer));
  return gaps;
}

function sewerGaps(sewer: Scope['sewer']): Said[] {
  const gaps: Said[] = [];
  if (sewer.collection === null) gaps.push(said('utilityFacts.gap.collection'));
  if (sewer.liftStations === null) gaps.push(said('utilityFacts.gap.liftStations'));
  else if (sewer.liftStations > 0 && sewer.liftStationsWithBackupPower === null)
    gaps.push(said('utilityFacts.gap.poweredStations'));
  if (sewer.treatment === null) gaps.push(said('utilityFacts.gap.treatment'));
  if (sewer.inflowInfiltration === 'unknown') gaps.push(said('utilityFacts.gap.inflow'));
  return gaps;
}
