import { Stepper } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { wizardSteps, type WizardStep } from '@shared/domain/wizard-steps';
import { stepWords } from '../form-kit/step-titles';
import { useText } from '../i18n/use-text';

interface StepperNavProps {
  step: WizardStep;
  onGoTo: (step: WizardStep) => void;
}

/** The eight steps in one row, on a screen at least 1024 pixels wide. */
export function StepperNav({ step, onGoTo }: StepperNavProps) {
  // The step descriptions fit on one line only on wide screens.
  const text = useText();
  const roomy = useMediaQuery('(min-width: 100em)');
  // Below 1280 pixels the eight steps need smaller numbers and labels to stay on one row.
  const compact = !useMediaQuery('(min-width: 80em)', true);
  return (
    <nav aria-label={text('app.stepsLabel')}>
      <Stepper
        active={wizardSteps.indexOf(step)}
        onStepClick={(clicked) => {
          const target = wizardSteps[clicked];
          if (target) onGoTo(target);
        }}
        size="md"
        iconSize={compact ? 28 : 36}
        // Eight steps stay on one row down to a 1024-pixel screen: long titles wrap onto two or
        // three lines instead of pushing the last steps onto a second row.
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
            label={stepWords(text, id).title}
            description={roomy ? stepWords(text, id).short : undefined}
            aria-current={id === step ? 'step' : undefined}
          />
        ))}
      </Stepper>
    </nav>
  );
}
