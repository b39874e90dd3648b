import { Button } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { lazy, Suspense, useRef } from 'react';
import { wizardSteps, type WizardStep } from '@shared/domain/wizard-steps';
import { useOpenGlossary } from '../features/glossary/glossary-context';
import { useText } from '../i18n/use-text';

// The drawer's code loads when it is first opened: a wide screen never shows it, and a small
// one shows the button at once.
const StepDrawer = lazy(() =>
  import('./StepDrawer').then((code) => ({ default: code.StepDrawer })),
);

interface StepMenuProps {
  step: WizardStep;
  /** False while the goal results stand in for the step: no step is the one on screen. */
  onStep: boolean;
  onGoTo: (step: WizardStep) => void;
}

/**
 * The steps on a small screen: one button that opens the list of all eight, so every step stays
 * reachable where a row of eight would run off the side.
 */
export function StepMenu({ step, onStep, onGoTo }: StepMenuProps) {
  const [opened, { open, close }] = useDisclosure(false);
  const [everOpened, { open: markOpened }] = useDisclosure(false);
  const number = wizardSteps.indexOf(step) + 1;
  const text = useText();
  const button = useRef<HTMLButtonElement>(null);
  const openGlossary = useOpenGlossary();
  // The list closes and the words open over the step; closing them comes back to this button.
  const showGlossary =
    openGlossary &&
    (() => {
      close();
      button.current?.focus();
      openGlossary();
    });
  return (
    <nav aria-label={text('app.stepsLabel')}>
      <Button
        ref={button}
        variant="default"
        size="md"
        px="sm"
        onClick={() => {
          markOpened();
          open();
        }}
        aria-haspopup="dialog"
      >
        {onStep
          ? text('app.menu.onStep', { number, count: wizardSteps.length })
          : text('app.menu.steps')}
      </Button>
      {everOpened && (
        <Suspense fallback={null}>
          <StepDrawer
            step={step}
            opened={opened}
            onClose={close}
            onGoTo={onGoTo}
            onOpenGlossary={showGlossary}
          />
        </Suspense>
      )}
    </nav>
  );
}
