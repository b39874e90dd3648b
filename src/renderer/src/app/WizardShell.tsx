import { AppShell, Box, Stack } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { Fragment, useEffect, useState } from 'react';
import type { Notice } from '@shared/api/setup-contract';
import type { AgreementState } from '@shared/domain/agreement-version';
import type { UtilityProfile } from '@shared/domain/utility';
import { wizardSteps, type WizardStep } from '@shared/domain/wizard-steps';
import { useApi } from '../api/api-context';
import { AgreementProvider } from '../form-kit/agreement-context';
import { blockedMessages, firstBlocked } from '../form-kit/blocked-messages';
import { CurrentStep } from './CurrentStep';
import { rememberStep } from './last-step';
import type { Versioned } from '../form-kit/autosaver';
import { useFlushRegistry } from '../form-kit/flush-registry';
import type { PreloadedRecord } from '../form-kit/use-record';
import { StartupNotices } from './StartupNotices';
import { stepName } from '../form-kit/step-titles';
import { StepMenu } from './StepMenu';
import { StepperNav } from './StepperNav';
import { useSmallScreen } from './use-small-screen';
import { WizardFooter } from './WizardFooter';
import { WizardHeader } from './WizardHeader';

/** What the wizard opens with: the step the user left, the utility's record and start-up notices. */
export interface WizardStart {
  step: WizardStep;
  /** The utility's saved record, for the header's name and for step 1 if it opens there. */
  utility: PreloadedRecord<Versioned<UtilityProfile>>;
  notices: Notice[];
  agreement: AgreementState;
}

export function WizardShell({ start }: { start: WizardStart }) {
  const api = useApi();
  const registry = useFlushRegistry();
  const [step, setStep] = useState<WizardStep>(start.step);
  const [utilityName, setUtilityName] = useState(start.utility.record.value.name);
  const [moved, setMoved] = useState(false);
  const [moving, setMoving] = useState(false);
  // Set by the review step's "Go to this goal": the goals step opens that goal's editor.
  const [goalToOpen, setGoalToOpen] = useState<string | null>(null);
  const [agreement, setAgreement] = useState<AgreementState>(start.agreement);
  // Raised by "Start a new revision", so the step on screen loads the new draft.
  const [generation, setGeneration] = useState(0);
  const small = useSmallScreen();
  useEffect(() => rememberStep(step), [step]);
  const index = wizardSteps.indexOf(step);
  const previous = wizardSteps[index - 1];
  const next = wizardSteps[index + 1];

  async function goTo(target: WizardStep | undefined, openGoal: string | null = null) {
    if (!target || target === step || moving) return;
    setMoving(true);
    const statuses = (await registry?.flushAll()) ?? [];
    setMoving(false);
    const blocked = firstBlocked(statuses);
    if (blocked) {
      notifications.show({
        color: 'red',
        title: 'Still on this step',
        message: blockedMessages[blocked.kind],
      });
      return;
    }
    setGoalToOpen(openGoal);
    setStep(target);
    setMoved(true);
    window.scrollTo({ top: 0 });
    const result = await api['wizard:setStep']({ currentStep: target });
    if (!result.ok) {
      notifications.show({
        color: 'red',
        title: 'Could not remember this step',
        message: result.error.message,
      });
    }
  }

  async function startNewRevision() {
    const result = await api['approval:newRevision']();
    if (!result.ok) {
      notifications.show({
        color: 'red',
        title: 'Could not start a new revision',
        message: result.error.message,
      });
      return;
    }
    setAgreement(result.value.agreement);
    setGeneration((previous) => previous + 1);
    notifications.show({
      title: `Revision ${result.value.agreement.revision} started`,
      message: `A copy of the approved agreement you can change. The board approves it again on ${stepName('approval')}.`,
    });
  }

  const agreementStatus = {
    agreement,
    frozen: agreement.status === 'approved',
    startNewRevision,
    onAgreementChanged: setAgreement,
  };

  return (
    <AgreementProvider value={agreementStatus}>
      <AppShell
        header={small ? undefined : { height: 64 }}
        footer={{ height: small ? 64 : 76 }}
        padding={small ? 'md' : 'lg'}
      >
        {small ? (
          // Not fixed: on a small screen it scrolls away and leaves the window to the work.
          <Box
            component="header"
            px="md"
            py="xs"
            style={{ borderBottom: '1px solid var(--mantine-color-gray-3)' }}
          >
            <WizardHeader utilityName={utilityName} agreement={agreement} small>
              <StepMenu step={step} onGoTo={(target) => void goTo(target)} />
            </WizardHeader>
          </Box>
        ) : (
          <AppShell.Header px="lg">
            <WizardHeader utilityName={utilityName} agreement={agreement} small={false} />
          </AppShell.Header>
        )}
        <AppShell.Main>
          <Stack gap={small ? 'lg' : 'xl'} maw={1280} mx="auto" pb="xl">
            <StartupNotices notices={start.notices} />
            {!small && <StepperNav step={step} onGoTo={(target) => void goTo(target)} />}
            <Fragment key={generation}>
              <CurrentStep
                step={step}
                // Step 1 shown where the app opened needs no second read of the same record.
                openingUtility={moved || generation > 0 ? null : start.utility}
                focusOnShow={moved}
                goalToOpen={goalToOpen}
                onNameSaved={setUtilityName}
                onGoTo={(target, openGoal) => void goTo(target, openGoal)}
              />
            </Fragment>
          </Stack>
        </AppShell.Main>
        <AppShell.Footer px={small ? 'md' : 'lg'}>
          <WizardFooter
            previous={previous}
            next={next}
            moving={moving}
            small={small}
            onGoTo={(target) => void goTo(target)}
          />
        </AppShell.Footer>
      </AppShell>
    </AgreementProvider>
  );
}
