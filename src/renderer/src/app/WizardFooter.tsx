import { Button, Group } from '@mantine/core';
import type { WizardStep } from '@shared/domain/wizard-steps';
import { stepWords } from '../form-kit/step-titles';
import { useText } from '../i18n/use-text';

interface WizardFooterProps {
  previous: WizardStep | undefined;
  next: WizardStep | undefined;
  moving: boolean;
  /** On a small screen the buttons say only "Back" and "Next"; the step names would be cut. */
  small: boolean;
  onGoTo: (step: WizardStep) => void;
}

/** Back and Next, always at hand at the bottom of the window. */
export function WizardFooter({ previous, next, moving, small, onGoTo }: WizardFooterProps) {
  const size = small ? 'md' : 'lg';
  const text = useText();
  const title = (step: WizardStep) => stepWords(text, step).title;
  return (
    <Group h="100%" justify="space-between" maw={1280} mx="auto" wrap="nowrap" gap="sm">
      {previous ? (
        <Button
          variant="default"
          size={size}
          loading={moving}
          onClick={() => onGoTo(previous)}
          // The full name stays with the button for screen readers and on hover.
          aria-label={small ? text('step.backLabel', { title: title(previous) }) : undefined}
          title={small ? text('step.backLabel', { title: title(previous) }) : undefined}
        >
          {small ? text('step.back') : text('step.backTo', { title: title(previous) })}
        </Button>
      ) : (
        <span />
      )}
      {next && (
        <Button
          size={size}
          loading={moving}
          onClick={() => onGoTo(next)}
          aria-label={small ? text('step.nextLabel', { title: title(next) }) : undefined}
          title={small ? text('step.nextLabel', { title: title(next) }) : undefined}
        >
          {small ? text('step.next') : text('step.nextTo', { title: title(next) })}
        </Button>
      )}
    </Group>
  );
}
