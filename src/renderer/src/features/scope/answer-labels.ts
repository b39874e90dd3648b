import type { CapabilityAnswer } from '@shared/domain/scope';

/** Yes, no or not sure, as every equipment question offers them. */
export const answerLabels: Record<CapabilityAnswer, string> = {
  yes: 'Yes',
  no: 'No',
  unknown: 'Not sure',
};
