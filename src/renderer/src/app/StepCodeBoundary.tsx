import { Component, type ReactNode } from 'react';
import type { WizardStep } from '@shared/domain/wizard-steps';
import { CenteredMessage } from '../form-kit/CenteredMessage';
import { openingStepTitle } from '../form-kit/StepLoader';
import { useText } from '../i18n/use-text';

/** While a step's code loads: the same words as while its record loads. */
export function StepCodeLoading({ step }: { step: WizardStep }) {
  return <CenteredMessage title={openingStepTitle(useText(), step)} loading />;
}

interface BoundaryState {
  failed: boolean;
}

/**
 * A step's code ships with the app, so it fails to load only if the app's files are damaged or
 * the computer is out of memory. Then the step says so and offers to load the app again, instead
 * of the whole window going blank. A step that fails while drawing lands here too.
 */
export class StepCodeBoundary extends Component<{ children: ReactNode }, BoundaryState> {
  override state: BoundaryState = { failed: false };

  static getDerivedStateFromError(): BoundaryState {
    return { failed: true };
  }

  override render() {
    if (!this.state.failed) return this.props.children;
    return <StepCodeFailed />;
  }
}

/** A class cannot read the catalog through a hook: the message is drawn by this function. */
function StepCodeFailed() {
  const text = useText();
  return (
    <CenteredMessage title={text('form.stepOpenFailed')} onRetry={() => window.location.reload()}>
      {text('app.stepFailed.body')}
    </CenteredMessage>
  );
}
