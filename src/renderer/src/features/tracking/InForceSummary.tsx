import { Text } from '@mantine/core';
import { FormattedMessage } from 'react-intl';
import type { TrackingView } from '@shared/api/tracking-contract';
import { printedDate } from '@shared/domain/printed-date';
import { useAgreement } from '../../form-kit/agreement-context';
import { useScreenLanguage } from '../../i18n/use-screen-language';
import { useText } from '../../i18n/use-text';

type InForce = NonNullable<TrackingView['inForce']>;

/** Which revision the results are held to, since when, and when the board looks at them again. */
export function InForceSummary({ inForce }: { inForce: InForce }) {
  const text = useText();
  const language = useScreenLanguage();
  const { agreement } = useAgreement();
  const drafting = agreement.revision > inForce.revision && agreement.status === 'draft';
  return (
    <Text maw={760}>
      <FormattedMessage
        id="tracking.inForce"
        values={{
          b: (chunks) => <strong>{chunks}</strong>,
          revision: inForce.revision,
          approvedOn: printedDate(inForce.approvedOn, language),
          reviewBy: printedDate(inForce.nextReviewOn, language),
        }}
      />
      {drafting &&
        ` ${text('tracking.drafting', { drafting: agreement.revision, revision: inForce.revision })}`}
    </Text>
  );
}
