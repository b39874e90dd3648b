import { AppShell, Button, Group, Stack, Stepper, Text, Title } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { wizardSteps, type WizardStep } from '../../../shared/domain/wizard';
import { useApi } from '../api/api-context';
import { ScopeStep } from '../features/scope/ScopeStep';
import { UtilityStep } from '../features/utility/UtilityStep';
import type { Goal } from '../../../shared/domain/goal';
import { GoalsStep } from '../features/goals/GoalsStep';
import { ReviewStep } from '../features/review/ReviewStep';
import { blockedMessages, firstBlocked } from './blocked-messages';
import { useFlushRegistry } from './flush-registry';
import { StartupNotices } from './StartupNotices';
import { stepTitles } from './step-titles';
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
  // With five steps and more to come, the step descriptions fit on one line only on wide screens.
  const roomy = useMediaQuery('(min-width: 100em)');
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

  return (
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
              // Long titles wrap onto two lines, so the steps stay on one row on a laptop screen.
              styles={{
                stepBody: { maxWidth: '8rem' },
                stepLabel: { lineHeight: 1.3 },
                separator: { marginInline: 'var(--mantine-spacing-xs)', minWidth: '1rem' },
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
          {step === 'utility' && <UtilityStep focusOnShow={moved} onNameSaved={setUtilityName} />}
          {step === 'scope' && <ScopeStep focusOnShow={moved} />}
          {step === 'internal-goals' && (
            <GoalsStep kind="internal" focusOnShow={moved} openGoalId={goalToOpen} />
          )}
          {step === 'external-goals' && (
            <GoalsStep kind="external" focusOnShow={moved} openGoalId={goalToOpen} />
          )}
          {step === 'review' && (
            <ReviewStep
              focusOnShow={moved}
              onGoToGoal={(goal: Goal) =>
                void goTo(goal.kind === 'internal' ? 'internal-goals' : 'external-goals', goal.id)
              }
            />
          )}
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
  );
}
