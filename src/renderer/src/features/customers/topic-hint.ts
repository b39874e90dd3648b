import { feedbackTopics } from '@shared/domain/customers/feedback-entry';
import { coverageOf, topicApplies } from '@shared/domain/customers/topic-applies';
import type { SystemType } from '@shared/domain/utility';
import { stepName } from '../../form-kit/step-titles';
import { topicTitle } from '@shared/domain/customers/topic-words';

const howToChange = 'Press a number or the first letter to change it.';

/**
 * What the entry form says under "Topic": how to change it, that it was suggested from what was
 * said, or, for a card whose topic the agreement does not cover, why and what to do.
 */
export function topicHint(input: {
  topic: string;
  suggested: boolean;
  systemType: SystemType | null;
}): string {
  const { topic, suggested, systemType } = input;
  const known = feedbackTopics.find((each) => each === topic);
  const oneService = systemType === 'water' || systemType === 'wastewater' ? systemType : null;
  if (known !== undefined && oneService !== null && !topicApplies(known, oneService)) {
    return `${topicTitle(known)} is not covered: ${stepName('utility')} says this agreement covers ${coverageOf(oneService)}. Choose another topic. ${howToChange}`;
  }
  return suggested ? `Suggested from what was said. ${howToChange}` : howToChange;
}
