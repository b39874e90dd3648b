import { feedbackTopics } from '@shared/domain/customers/feedback-entry';
import { topicApplies } from '@shared/domain/customers/topic-applies';
import type { SystemType } from '@shared/domain/utility';
import { stepNameIn } from '../../form-kit/step-titles';
import type { Text } from '../../i18n/use-text';

/**
 * What the entry form says under "Topic": how to change it, that it was suggested from what was
 * said, or, for a card whose topic the agreement does not cover, why and what to do.
 */
export function topicHint(
  text: Text,
  input: { topic: string; suggested: boolean; systemType: SystemType | null },
): string {
  const { topic, suggested, systemType } = input;
  const known = feedbackTopics.find((each) => each === topic);
  const oneService = systemType === 'water' || systemType === 'wastewater' ? systemType : null;
  if (known !== undefined && oneService !== null && !topicApplies(known, oneService)) {
    return text('customers.hint.notCovered', {
      topic: text(`evidence.topic.${known}`),
      step: stepNameIn(text, 'utility'),
      coverage: text(`customers.coverage.${oneService}`),
    });
  }
  return text(suggested ? 'customers.hint.suggested' : 'customers.hint.change');
}
