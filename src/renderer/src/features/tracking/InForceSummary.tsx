import { Text } from '@mantine/core';
import type { TrackingView } from '@shared/api/tracking-contract';
import { plainDate } from '@shared/domain/plain-date';
import { useAgreement } from '../../form-kit/agreement-context';

type InForce = NonNullable<TrackingView['inForce']>;

/** Which revision the results are held to, since when, and when the board looks at them again. */
export function InForceSummary({ inForce }: { inForce: InForce }) {
  const { agreement } = useAgreement();
  const drafting = agreement.revision > inForce.revision && agreement.status === 'draft';
  return (
    <Text maw={760}>
      <strong>Revision {inForce.revision} is in force.</strong> The board approved it on{' '}
      {plainDate(inForce.approvedOn)}. Its annual review is due by {plainDate(inForce.nextReviewOn)}
      .
      {drafting &&
        ` Revision ${agreement.revision} is being written in the steps; results are held to revision ${inForce.revision} until the board approves the new one.`}
    </Text>
  );
}
