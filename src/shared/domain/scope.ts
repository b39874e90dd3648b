import { z } from 'zod';
import { goalAreas } from './goal-areas';
import { emptySewerSystem, sewerSystemSchema } from './sewer-system';
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

const capability = (label: string) =>
  z.enum(capabilityAnswers, { error: `${label}: answer yes, no or not sure.` });

export const regulatoryStyles = ['blanket', 'categories'] as const;
export type RegulatoryStyle = (typeof regulatoryStyles)[number];

// Step 2's labels: the form shows them and the schema's messages name them, so both say the same.
// "What we cannot do" is the agreement's heading over that text.

export const scopeLabels = {
  mission: 'Mission statement',
  missionSpanish: 'Mission statement in Spanish',
  regulatoryStyle: 'How should the agreement state the rules you must follow?',
  regulatoryStatement: 'Regulatory statement',
  storageGallons: 'Storage (gallons)',
  assetLimits: 'What we cannot do',
};

/** A category statement's row; a message adds whose field it is ("Category statement"). */
export const regulatoryCategoryLabels = { text: 'Statement' };

export const regulatoryCategorySchema = z.strictObject({
  id: rowId,
  text: paragraphText(`Category ${regulatoryCategoryLabels.text.toLowerCase()}`, 500),
});

export const scopeSchema = z.strictObject({
  areas: z
    .array(z.enum(goalAreas, { error: 'Goal area must be one of the six areas.' }))
    .max(goalAreas.length, 'Each goal area can be chosen once.')
    .refine((areas) => new Set(areas).size === areas.length, 'Each goal area can be chosen once.'),
  mission: paragraphText(scopeLabels.mission, 1000),
  /** The mission as a Spanish paper prints it; '' until written (issue 17). */
  missionSpanish: paragraphText(scopeLabels.missionSpanish, 1000),
  regulatoryStyle: z.enum(regulatoryStyles, {
    error: 'Choose one broad statement or statements by category.',
  }),
  regulatoryStatement: paragraphText(scopeLabels.regulatoryStatement, 2000),
  regulatoryCategories: z
    .array(regulatoryCategorySchema)
    .max(20, 'List at most 20 category statements.'),
  assets: z.strictObject({
    fireHydrants: capability('Fire hydrants and fire flow'),
    backupSource: capability('Backup water source'),
    storage: capability('Storage tank'),
    backupPower: capability('Backup power for the wells and pumps'),
  }),
  storageGallons: decimalNumber(scopeLabels.storageGallons, 100_000_000, 50000),
  /** The wastewater system's questions, asked only when the utility runs sewer service. */
  sewer: sewerSystemSchema,
  assetLimits: paragraphText(scopeLabels.assetLimits, 2000),
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
export function scopeGaps(scope: Scope, systemType: SystemType | null): string[] {
  const gaps: string[] = [];
  if (scope.areas.length === 0)
    gaps.push('Choose at least one goal area (three or four is a good start).');
  if (scope.mission === '') gaps.push('Write a short mission statement.');
  if (scope.regulatoryStyle === 'blanket' && scope.regulatoryStatement === '') {
    gaps.push('Write the regulatory statement.');
  }
  if (
    scope.regulatoryStyle === 'categories' &&
    scope.regulatoryCategories.every((c) => c.text === '')
  ) {
    gaps.push('Write at least one regulatory category statement.');
  }
  if (runsWater(systemType) && Object.values(scope.assets).includes('unknown')) {
    gaps.push('Answer each question about what the water system has (ask the operator).');
  }
  if (runsSewer(systemType)) gaps.push(...sewerGaps(scope.sewer));
  return gaps;
}

function sewerGaps(sewer: Scope['sewer']): string[] {
  const gaps: string[] = [];
  if (sewer.collection === null)
    gaps.push('Say whether the sewer mains are gravity, force or both.');
  if (sewer.liftStations === null)
    gaps.push('Enter how many lift stations the system has (0 if none).');
  else if (sewer.liftStations > 0 && sewer.liftStationsWithBackupPower === null)
    gaps.push('Enter how many lift stations have backup power.');
  if (sewer.treatment === null) gaps.push('Say where the sewage is treated.');
  if (sewer.inflowInfiltration === 'unknown')
    gaps.push('Say whether rain and groundwater get into the sewers (ask the operator).');
  return gaps;
}
