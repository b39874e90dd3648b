import { Alert, Button, Stack, Text } from '@mantine/core';
import type { ApprovalView } from '@shared/api/approval-contract';
import { printedDate } from '@shared/domain/printed-date';
import { wizardSteps, type WizardStep } from '@shared/domain/wizard-steps';
import { FormSection } from '../../form-kit/FormSection';
import { StepLayout } from '../../form-kit/StepLayout';
import { stepNameIn, stepWords } from '../../form-kit/step-titles';
import { useSay } from '../../i18n/say';
import { useScreenLanguage } from '../../i18n/use-screen-language';
import { useText } from '../../i18n/use-text';
import { DraftPdfButton } from '../export/DraftPdfButton';
import { CheckCopyPanel } from './CheckCopyPanel';
import { CheckPdfPanel } from './CheckPdfPanel';
import { ExportPanel } from './ExportPanel';
import { signedHelp } from './signed-help';
import { VersionList } from './VersionList';

interface SignedAgreementViewProps {
  view: ApprovalView;
  focusOnShow: boolean;
  onGoTo: (step: WizardStep) => void;
}

const nothingToSave = { status: { kind: 'saved' } as const, retry: () => undefined };

export function SignedAgreementView({ view, focusOnShow, onGoTo }: SignedAgreementViewProps) {
  const text = useText();
  const language = useScreenLanguage();
  const saying = useSay();
  const approvalStep = stepNameIn(text, 'approval');
  const latest = view.versions.at(-1);
  const { agreement } = view;
  const draftAfterLatest = latest !== undefined && agreement.status === 'draft';
  return (
    <StepLayout
      step="signed-agreement"
      intro={text('signed.intro')}
      progress={{
        ...nothingToSave,
        gaps: latest ? [] : [text('signed.gap', { step: approvalStep })],
      }}
      onReload={() => undefined}
      help={signedHelp(text)}
      focusOnShow={focusOnShow}
      saves={false}
      freezeFields={false}
    >
      {latest && latest.problem !== null && (
        <FormSection title={text('signed.problem.title', { revision: latest.revision })}>
          <Alert color="red" variant="light" title={text('signed.problem.alert')}>
            {saying(latest.problem)}
          </Alert>
        </FormSection>
      )}
      {latest && latest.problem === null && (
        <FormSection
          title={text('signed.print.title', { revision: latest.revision })}
          hint={text('signed.print.hint', {
            date: printedDate(latest.meetingDate, language),
            fingerprint: latest.shortFingerprint,
          })}
        >
          <ExportPanel version={latest} />
        </FormSection>
      )}
      {!latest && (
        <FormSection title={text('signed.unapproved.title')}>
          <Stack gap="md" align="flex-start">
            <Text>{text('signed.unapproved.text', { step: approvalStep })}</Text>
            <Button variant="light" onClick={() => onGoTo('approval')}>
              {text('signed.unapproved.goTo', {
                number: wizardSteps.indexOf('approval') + 1,
                title: stepWords(text, 'approval').title,
              })}
            </Button>
            <DraftPdfButton />
          </Stack>
        </FormSection>
      )}
      {draftAfterLatest && (
        <FormSection title={text('signed.draft.title', { revision: agreement.revision })}>
          <Text>
            {text('signed.draft.text', { draft: agreement.revision, approved: latest.revision })}
          </Text>
          <DraftPdfButton />
        </FormSection>
      )}
      {latest && (
        <FormSection title={text('signed.versions.title')} hint={text('signed.versions.hint')}>
          <VersionList versions={view.versions} />
        </FormSection>
      )}
      <FormSection title={text('signed.copy.title')} hint={text('signed.copy.hint')}>
        <CheckCopyPanel />
      </FormSection>
      <FormSection title={text('signed.pdf.title')} hint={text('signed.pdf.hint')}>
        <CheckPdfPanel />
      </FormSection>
    </StepLayout>
  );
}
