import { Alert, Button, Stack, Text } from '@mantine/core';
import type { ApprovalView } from '@shared/api/approval-contract';
import { plainDate } from '@shared/domain/plain-date';
import type { WizardStep } from '@shared/domain/wizard-steps';
import { FormSection } from '../../form-kit/FormSection';
import { StepLayout } from '../../form-kit/StepLayout';
import { stepName } from '../../form-kit/step-titles';
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
  const latest = view.versions.at(-1);
  const { agreement } = view;
  const draftAfterLatest = latest !== undefined && agreement.status === 'draft';
  return (
    <StepLayout
      step="signed-agreement"
      intro="Print the agreement the board approved, sign it, and share the one-page summary with customers."
      progress={{
        ...nothingToSave,
        gaps: latest ? [] : [`The board approves the agreement on ${stepName('approval')}.`],
      }}
      onReload={() => undefined}
      help={signedHelp}
      focusOnShow={focusOnShow}
      saves={false}
      freezeFields={false}
    >
      {latest && latest.problem !== null && (
        <FormSection title={`Revision ${latest.revision} cannot be printed as approved`}>
          <Alert color="red" variant="light" title="Changed after approval">
            {latest.problem}
          </Alert>
        </FormSection>
      )}
      {latest && latest.problem === null && (
        <FormSection
          title={`Print revision ${latest.revision}`}
          hint={`The agreement in force, approved at the board meeting of ${plainDate(latest.meetingDate)}. Its fingerprint is ${latest.shortFingerprint}.`}
        >
          <ExportPanel version={latest} />
        </FormSection>
      )}
      {!latest && (
        <FormSection title="Not approved yet">
          <Stack gap="md" align="flex-start">
            <Text>
              The signed-off agreement is made once the board approves it on {stepName('approval')}.
              Until then you can print the draft, marked DRAFT, for the board packet.
            </Text>
            <Button variant="light" onClick={() => onGoTo('approval')}>
              Go to {stepName('approval')}
            </Button>
            <DraftPdfButton />
          </Stack>
        </FormSection>
      )}
      {draftAfterLatest && (
        <FormSection title={`Revision ${agreement.revision} is a draft`}>
          <Text>
            The board has not approved revision {agreement.revision} yet. The files above are
            revision {latest.revision}, the one it approved.
          </Text>
          <DraftPdfButton />
        </FormSection>
      )}
      {latest && (
        <FormSection
          title="Approved versions"
          hint="Newest first. Each fingerprint belongs to exactly what the board approved; any of them can be printed again."
        >
          <VersionList versions={view.versions} />
        </FormSection>
      )}
      <FormSection
        title="Check a printed copy"
        hint="Is a paper copy the version the board approved? Type the fingerprint from its footer."
      >
        <CheckCopyPanel />
      </FormSection>
      <FormSection
        title="Check a PDF file"
        hint="Is a PDF someone sent you the agreement the board approved, unchanged? LOS Builder reads the record it carries and compares it with the fingerprint printed on it."
      >
        <CheckPdfPanel />
      </FormSection>
    </StepLayout>
  );
}
