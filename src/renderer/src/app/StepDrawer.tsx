import { Drawer, NavLink, ThemeIcon } from '@mantine/core';
import { wizardSteps, type WizardStep } from '@shared/domain/wizard-steps';
import { stepWords } from '../form-kit/step-titles';
import { useText } from '../i18n/use-text';

interface StepDrawerProps {
  step: WizardStep;
  opened: boolean;
  onClose: () => void;
  onGoTo: (step: WizardStep) => void;
  /** Opens the words explained, listed after the steps; null where there are none. */
  onOpenGlossary: (() => void) | null;
}

/** The list of all eight steps that the small screen's step menu opens. */
export function StepDrawer({ step, opened, onClose, onGoTo, onOpenGlossary }: StepDrawerProps) {
  const text = useText();
  return (
    <Drawer
      opened={opened}
      onClose={onClose}
      title={text('step.all')}
      size="24rem"
      closeButtonProps={{ 'aria-label': text('step.closeAll') }}
      styles={{ title: { fontSize: 'var(--mantine-h3-font-size)', fontWeight: 700 } }}
    >
      {wizardSteps.map((id, index) => (
        <NavLink
          key={id}
          component="button"
          label={stepWords(text, id).title}
          description={stepWords(text, id).short}
          active={id === step}
          aria-current={id === step ? 'step' : undefined}
          // The number read out with the name; the short description stays visible text.
          aria-label={text('step.numbered', {
            number: index + 1,
            title: stepWords(text, id).title,
          })}
          leftSection={
            <ThemeIcon radius="xl" size="lg" variant={id === step ? 'filled' : 'light'}>
              {index + 1}
            </ThemeIcon>
          }
          styles={{ label: { fontSize: 'var(--mantine-font-size-md)', fontWeight: 600 } }}
          onClick={() => {
            onClose();
            onGoTo(id);
          }}
        />
      ))}
      {onOpenGlossary && (
        <NavLink
          component="button"
          mt="md"
          label={text('glossary.open')}
          description={text('glossary.intro')}
          aria-haspopup="dialog"
          styles={{ label: { fontSize: 'var(--mantine-font-size-md)', fontWeight: 600 } }}
          onClick={onOpenGlossary}
        />
      )}
    </Drawer>
  );
}
