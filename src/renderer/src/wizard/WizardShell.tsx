import { AppShell, Button, Group, Stack, Stepper, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { wizardSteps, type WizardStep } from '../../../shared/domain/wizard';
import { useApi } from '../api/api-context';
import { ScopeStep } from '../features/scope/ScopeStep';
import { UtilityStep } from '../features/utility/UtilityStep';
import type { SaveStatus } from './autosaver';
import { useFlushRegistry } from './flush-registry';
import { StartupNotices } from './StartupNotices';
import { stepTitles } from './step-titles';
import type { WizardStart } from './Wizard';

const blockedMessages: Record<Exclude<SaveStatus['kind'], 'saved'>, string> = {
  saving: 'Your changes are still being saved. Try again in a moment.',
  invalid:
    'Fix the field marked in red (or empty it) before moving on, so nothing you typed is lost.',
  failed: 'Your last changes are not saved yet. Press Retry next to the step title first.',
  conflict: 'This step was changed in another window. Press Reload next to the step title first.',
};

export function WizardShell({ start }: { start: WizardStart }) {
  const api = useApi();
  const registry = useFlushRegistry();
  const [step, setStep] = useState<WizardStep>(start.step);
  const [utilityName, setUtilityName] = useState(start.utilityName);
  const [moved, setMoved] = useState(false);
  const [moving, setMoving] = useState(false);
  const index = wizardSteps.indexOf(step);
  const previous = wizardSteps[index - 1];
  const next = wizardSteps[index + 1];

  async function goTo(target: WizardStep | undefined) {
    if (!target || target === step || moving) return;
    setMoving(true);
    const statuses = (await registry?.flushAll()) ?? [];
    setMoving(false);
    const blocked = statuses.find((status) => status.kind !== 'saved');
    if (blocked) {
      notifications.show({
        color: 'red',
        title: 'Still on this step',
        message: blockedMessages[blocked.kind],
      });
      return;
    }
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
              // Earlier steps may still have gaps, so they keep their number instead of a tick.
              completedIcon={({ step: shown }) => shown + 1}
            >
              {wizardSteps.map((id) => (
                <Stepper.Step
                  key={id}
                  label={stepTitles[id].title}
                  description={stepTitles[id].short}
                  aria-current={id === step ? 'step' : undefined}
                />
              ))}
            </Stepper>
          </nav>
          {step === 'utility' && <UtilityStep focusOnShow={moved} onNameSaved={setUtilityName} />}
          {step === 'scope' && <ScopeStep focusOnShow={moved} />}
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
