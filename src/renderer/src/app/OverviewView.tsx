import { Suspense, type ComponentProps } from 'react';
import { CenteredMessage } from '../form-kit/CenteredMessage';
import { useText } from '../i18n/use-text';
import { StepCodeBoundary } from './StepCodeBoundary';
import { stepView } from './step-view';

// Its own chunk, like a step: a draft agreement never shows it.
const TrackingScreen = stepView('tracking', (code) => code.TrackingScreen);

/** The overview of the approved agreement's year, drawn from its own chunk. */
export function OverviewView(props: ComponentProps<typeof TrackingScreen>) {
  const text = useText();
  return (
    <StepCodeBoundary>
      <Suspense fallback={<CenteredMessage loading title={text('app.openingResults')} />}>
        <TrackingScreen {...props} />
      </Suspense>
    </StepCodeBoundary>
  );
}
