import { Grid, Group, Stack, Text, Title } from '@mantine/core';
import { useEffect, useRef, type ReactNode } from 'react';
import { wizardSteps, type WizardStep } from '@shared/domain/wizard-steps';
import { useAgreement } from './agreement-context';
import { stepWords } from './step-titles';
import { useText } from '../i18n/use-text';
import type { StepProgress } from './use-autosaved-form';
import { FrozenBanner } from './FrozenBanner';
import { FrozenFieldset } from './FrozenFieldset';
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
  /** False for a step with nothing to save (the signed-off agreement): no "All changes saved" beside the title. */
  saves?: boolean;
  /** Controls that stay usable on a frozen revision (meeting mode, say), above the fields. */
  toolbar?: ReactNode;
  /**
   * False for a step that makes its own parts read-only on a frozen revision (the goal lists
   * keep "View" usable); every other step's fields are all disabled at once.
   */
  freezeFields?: boolean;
  children: ReactNode;
}

/** The frame every wizard step shares: heading, save state, fields, and beside them gaps and help. */
export function StepLayout(props: StepLayoutProps) {
  const { step, intro, progress, onReload, help, focusOnShow, toolbar, children } = props;
  const { frozen } = useAgreement();
  const number = wizardSteps.indexOf(step) + 1;
  const text = useText();
  const { title } = stepWords(text, step);
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (focusOnShow) headingRef.current?.focus();
  }, [focusOnShow]);

  return (
    <Stack gap="lg">
      <Group justify="space-between" align="flex-start" gap="md">
        <div>
          <Text fw={700} c="blue.8" tt="uppercase" size="sm">
            {text('form.stepNumber', { number })}
          </Text>
          <Title order={2} ref={headingRef} tabIndex={-1} style={{ outlineOffset: 4 }}>
            {title}
          </Title>
        </div>
        {props.saves !== false && (
          <SaveIndicator status={progress.status} onRetry={progress.retry} onReload={onReload} />
        )}
      </Group>
      {frozen && <FrozenBanner />}
      <Text maw={720}>{intro}</Text>
      {toolbar}
      <Grid gap="xl">
        <Grid.Col span={{ base: 12, md: 8 }}>
          <FrozenFieldset frozen={frozen && props.freezeFields !== false}>
            <Stack gap="xl">{children}</Stack>
          </FrozenFieldset>
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
