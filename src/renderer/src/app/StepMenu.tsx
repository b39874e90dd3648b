import { Button, Drawer, NavLink, ThemeIcon } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { wizardSteps, type WizardStep } from '@shared/domain/wizard-steps';
import { stepTitles } from '../form-kit/step-titles';

interface StepMenuProps {
  step: WizardStep;
  onGoTo: (step: WizardStep) => void;
}

/**
 * The steps on a small screen: one button that opens the list of all eight, so every step stays
 * reachable where a row of eight would run off the side.
 */
export function StepMenu({ step, onGoTo }: StepMenuProps) {
  const [opened, { open, close }] = useDisclosure(false);
  const number = wizardSteps.indexOf(step) + 1;
  return (
    <nav aria-label="Wizard steps">
      <Button variant="default" size="md" px="sm" onClick={open} aria-haspopup="dialog">
        Step {number} of {wizardSteps.length} ▾
      </Button>
      <Drawer
        opened={opened}
        onClose={close}
        title="All steps"
        size="24rem"
        closeButtonProps={{ 'aria-label': 'Close the list of steps' }}
        styles={{ title: { fontSize: 'var(--mantine-h3-font-size)', fontWeight: 700 } }}
      >
        {wizardSteps.map((id, index) => (
          <NavLink
            key={id}
            component="button"
            label={stepTitles[id].title}
            description={stepTitles[id].short}
            active={id === step}
            aria-current={id === step ? 'step' : undefined}
            // The number read out with the name; the short description stays visible text.
            aria-label={`Step ${index + 1}: ${stepTitles[id].title}`}
            leftSection={
              <ThemeIcon radius="xl" size="lg" variant={id === step ? 'filled' : 'light'}>
                {index + 1}
              </ThemeIcon>
            }
            styles={{ label: { fontSize: 'var(--mantine-font-size-md)', fontWeight: 600 } }}
            onClick={() => {
              close();
              onGoTo(id);
            }}
          />
        ))}
      </Drawer>
    </nav>
  );
}
