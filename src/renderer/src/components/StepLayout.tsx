import { Grid, Group, Stack, Text, Title } from '@mantine/core';
import { useEffect, useRef, type ReactNode } from 'react';
import { wizardSteps, type WizardStep } from '../../../shared/domain/wizard';
import { stepTitles } from '../wizard/step-titles';
import type { StepProgress } from '../wizard/use-autosaved-form';
import { GapList } from './GapList';
import { HelpPanel, type StepHelp } from './HelpPanel';
import { SaveIndicator } from './SaveIndicator';

interface StepLayoutProps {
  /** Which step: its number and title come from the one list of steps. */
  step: WizardStep;
  intro: string;
  /** The save state beside the title, and the "to finish" list beside the form. */
  progress: StepProgress;
  /** Offered when another window changed the step, to load its latest version. */
  onReload: () => void;
  help: StepHelp;
  /** Moves keyboard and screen-reader focus to the title, after the user changed step. */
  focusOnShow: boolean;
  children: ReactNode;
}

/** The frame every wizard step shares: heading, save state, fields, and beside them gaps and help. */
export function StepLayout(props: StepLayoutProps) {
  const { step, intro, progress, onReload, help, focusOnShow, children } = props;
  const number = wizardSteps.indexOf(step) + 1;
  const { title } = stepTitles[step];
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (focusOnShow) headingRef.current?.focus();
  }, [focusOnShow]);

  return (
    <Stack gap="lg">
      <Group justify="space-between" align="flex-start" gap="md">
        <div>
          <Text fw={700} c="blue.8" tt="uppercase" size="sm">
            Step {number}
          </Text>
          <Title order={2} ref={headingRef} tabIndex={-1} style={{ outlineOffset: 4 }}>
            {title}
          </Title>
        </div>
        <SaveIndicator status={progress.status} onRetry={progress.retry} onReload={onReload} />
      </Group>
      <Text maw={720}>{intro}</Text>
      <Grid gap="xl">
        <Grid.Col span={{ base: 12, md: 8 }}>
          <Stack gap="xl">{children}</Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 4 }}>
          <Stack gap="lg">
            <GapList gaps={progress.gaps} />
            <HelpPanel help={help} />
          </Stack>
        </Grid.Col>
      </Grid>
    </Stack>
  );
}
