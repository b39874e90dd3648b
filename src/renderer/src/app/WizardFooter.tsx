import { Button, Group } from '@mantine/core';
import type { WizardStep } from '@shared/domain/wizard-steps';
import { stepTitles } from '../form-kit/step-titles';

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
  return (
    <Group h="100%" justify="space-between" maw={1280} mx="auto" wrap="nowrap" gap="sm">
      {previous ? (
        <Button
          variant="default"
          size={size}
          loading={moving}
          onClick={() => onGoTo(previous)}
          // The full name stays with the button for screen readers and on hover.
          aria-label={small ? `Back: ${stepTitles[previous].title}` : undefined}
          title={small ? `Back: ${stepTitles[previous].title}` : undefined}
        >
          {small ? '← Back' : `← Back: ${stepTitles[previous].title}`}
        </Button>
      ) : (
        <span />
      )}
      {next && (
        <Button
          size={size}
          loading={moving}
          onClick={() => onGoTo(next)}
          aria-label={small ? `Next: ${stepTitles[next].title}` : undefined}
          title={small ? `Next: ${stepTitles[next].title}` : undefined}
        >
          {small ? 'Next →' : `Next: ${stepTitles[next].title} →`}
        </Button>
      )}
    </Group>
  );
}
