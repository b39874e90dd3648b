import type { CapabilityAnswer } from '@shared/domain/scope';
import type { MessageKey } from '../../i18n/catalog';

/** Yes, no or not sure, as every equipment question offers them. */
export const answerLabels: Record<CapabilityAnswer, MessageKey> = {
  yes: 'scope.answer.yes',
  no: 'scope.answer.no',
  unknown: 'scope.answer.unknown',
};
