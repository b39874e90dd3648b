import { AppShell, Button, Group, Stack, Stepper, Text, Title } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { Fragment, useState } from 'react';
import type { AgreementState } from '../../../shared/domain/agreement-version';
import { wizardSteps, type WizardStep } from '../../../shared/domain/wizard';
import { useApi } from '../api/api-context';
import { AgreementProvider } from './agreement-context';
import { blockedMessages, firstBlocked } from './blocked-messages';
import { CurrentStep } from './CurrentStep';
import { useFlushRegistry } from './flush-registry';
import { StartupNotices } from './StartupNotices';
import { stepName, stepTitles } from './step-titles';
import type { WizardStart } from './Wizard';

export function WizardShell({ start }: { start: WizardStart }) {
  const api = useApi();
  const registry = useFlushRegistry();
  const [step, setStep] = useState<WizardStep>(start.step);
  const [utilityName, setUtilityName] = useState(start.utilityName);
  const [moved, setMoved] = useState(false);
  const [moving, setMoving] = useState(false);
  // Set by the review step's "Go to this goal": the goals step opens that goal's editor.
  const [goalToOpen, setGoalToOpen] = useState<string | null>(null);
  const [agreement, setAgreement] = useState<AgreementState>(start.agreement);
  // Raised by "Start a new revision", so the step on screen loads the new draft.
  const [generation, setGeneration] = useState(0);
  // With five steps and more to come, the step descriptions fit on one line only on wide screens.
  const roomy = useMediaQuery('(min-width: 100em)');
  // Below 1280 pixels the eight steps need smaller numbers and labels to stay on one row.
  const compact = !useMediaQuery('(min-width: 80em)', true);
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
      <AppShell header={{ height: 64 }} footer={{ height: 76 }} padding="lg">
        <AppShell.Header px="lg">
          <Group h="100%" justify="space-between" wrap="nowrap">
            <Title order={1} size="h3">
              LOS Builder
            </Title>
            <Text fw={600} size="lg" truncate="end">
              {utilityName === '' ? 'New agreement' : utilityName}
            </Text>
          </Group>
        </AppShell.Header>
        <AppShell.Main>
          <Stack gap="xl" maw={1280} mx="auto" pb="xl">
            <StartupNotices notices={start.notices} />
            <nav aria-label="Wizard steps">
              <Stepper
                active={index}
                onStepClick={(clicked) => void goTo(wizardSteps[clicked])}
                size="md"
                iconSize={compact ? 28 : 36}
                // Eight steps stay on one row down to a 1024-pixel screen: long titles wrap
                // onto two or three lines instead of pushing the last steps onto a second row.
                wrap={false}
                styles={{
                  stepBody: {
                    maxWidth: compact ? '5.75rem' : '7rem',
                    marginInlineStart: compact ? 6 : 8,
                  },
                  stepLabel: {
                    lineHeight: 1.25,
                    fontSize: `var(--mantine-font-size-${compact ? 'xs' : 'sm'})`,
                  },
                  separator: { marginInline: 4, minWidth: 8 },
                }}
                // Earlier steps may still have gaps, so they keep their number instead of a tick.
                completedIcon={({ step: shown }) => shown + 1}
              >
                {wizardSteps.map((id) => (
                  <Stepper.Step
                    key={id}
                    label={stepTitles[id].title}
                    description={roomy ? stepTitles[id].short : undefined}
                    aria-current={id === step ? 'step' : undefined}
                  />
                ))}
              </Stepper>
            </nav>
            <Fragment key={generation}>
              <CurrentStep
                step={step}
                focusOnShow={moved}
                goalToOpen={goalToOpen}
                onNameSaved={setUtilityName}
                onGoTo={(target, openGoal) => void goTo(target, openGoal)}
              />
            </Fragment>
          </Stack>
        </AppShell.Main>
        <AppShell.Footer px="lg">
          <Group h="100%" justify="space-between" maw={1280} mx="auto" wrap="nowrap">
            {previous ? (
              <Button
                variant="default"
                size="lg"
                loading={moving}
                onClick={() => void goTo(previous)}
              >
                ← Back: {stepTitles[previous].title}
              </Button>
            ) : (
              <span />
            )}
            {next && (
              <Button size="lg" loading={moving} onClick={() => void goTo(next)}>
                Next: {stepTitles[next].title} →
              </Button>
            )}
          </Group>
        </AppShell.Footer>
      </AppShell>
    </AgreementProvider>
  );
}
