import { z } from 'zod';
import { englishLabels } from '../i18n/field-label';
import { issueMessage } from '../i18n/issue-said';
import { said } from '../i18n/said';
import { decimalNumber, lineText, wholeNumber } from './text';

/** How sewage moves: by gravity, pumped through force mains, or both (DOMAIN.md §1). */
export const collectionKinds = ['gravity', 'force', 'gravity-and-force'] as const;
export type CollectionKind = (typeof collectionKinds)[number];

/** Where the sewage is treated; a small district often sends it to a neighbour's plant. */
export const treatmentKinds = ['lagoon', 'mechanical', 'other-utility', 'septic-field'] as const;
export type TreatmentKind = (typeof treatmentKinds)[number];

/** Whether rain and groundwater get into the sewers and overload them; null is "not sure". */
export const inflowAnswers = ['yes', 'no', 'unknown'] as const;

/** Step 2's names for the sewer questions typed as figures or text: the form and the messages. */
export const sewerLabelKeys = {
  milesOfSewer: 'validation.label.sewer.milesOfSewer',
  liftStations: 'validation.label.sewer.liftStations',
  liftStationsWithBackupPower: 'validation.label.sewer.liftStationsWithBackupPower',
  dischargePermit: 'validation.label.sewer.dischargePermit',
} as const;
export const sewerLabels = englishLabels(sewerLabelKeys);

/**
 * What a wastewater system has, asked on step 2 for wastewater and combined utilities (issue
 * 12). Null means the question is not answered yet. Lift stations are counted, so a partial
 * answer ("2 of 3 have backup power") is said exactly rather than forced into yes or no.
 */
export const sewerSystemSchema = z
  .strictObject({
    milesOfSewer: decimalNumber(sewerLabelKeys.milesOfSewer, 100_000, 18),
    collection: z
      .enum(collectionKinds, {
        error: issueMessage('validation.sewer.mains'),
      })
      .nullable(),
    liftStations: wholeNumber(sewerLabelKeys.liftStations, 500, 3),
    liftStationsWithBackupPower: wholeNumber(sewerLabelKeys.liftStationsWithBackupPower, 500, 2),
    treatment: z
      .enum(treatmentKinds, {
        error: issueMessage('validation.sewer.treatment'),
      })
      .nullable(),
    inflowInfiltration: z.enum(inflowAnswers, {
      error: issueMessage('validation.sewer.inflow'),
    }),
    dischargePermit: lineText(sewerLabelKeys.dischargePermit, 40),
  })
  .superRefine((sewer, context) => {
    const { liftStations, liftStationsWithBackupPower: powered } = sewer;
    if (liftStations !== null && powered !== null && powered > liftStations) {
      context.addIssue({
        code: 'custom',
        path: ['liftStationsWithBackupPower'],
        message: issueMessage(
          said('validation.sewer.poweredOverStations', { powered, liftStations }),
        ),
      });
    }
  });
export type SewerSystem = z.output<typeof sewerSystemSchema>;

export const emptySewerSystem: SewerSystem = {
  milesOfSewer: null,
  collection: null,
  liftStations: null,
  liftStationsWithBackupPower: null,
  treatment: null,
  inflowInfiltration: 'unknown',
  dischargePermit: '',
};

/**
 * Whether the lift stations have backup power: all of them ("yes"), some ("some"), none, or
 * not known yet. A district with no lift stations needs none, so it answers "yes".
 */
export function liftStationPower(sewer: SewerSystem): 'yes' | 'some' | 'no' | 'unknown' {
  const { liftStations, liftStationsWithBackupPower: powered } = sewer;
  if (liftStations === 0) return 'yes';
  if (liftStations === null || powered === null) return 'unknown';
  if (powered >= liftStations) return 'yes';
  return powered === 0 ? 'no' : 'some';
}
