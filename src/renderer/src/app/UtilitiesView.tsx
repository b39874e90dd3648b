import { lazy, Suspense, type ComponentProps } from 'react';
import { CenteredMessage } from '../form-kit/CenteredMessage';
import { StepCodeBoundary } from './StepCodeBoundary';

// Loaded like a step: a window with one utility may never show it.
const UtilitiesScreen = lazy(() =>
  import('../features/library/UtilitiesScreen').then((code) => ({
    default: code.UtilitiesScreen,
  })),
);

/** The utilities and backups screen, drawn from its own chunk. */
export function UtilitiesView(props: ComponentProps<typeof UtilitiesScreen>) {
  return (
    <StepCodeBoundary>
      <Suspense fallback={<CenteredMessage loading title="Opening the utilities…" />}>
        <UtilitiesScreen {...props} />
      </Suspense>
    </StepCodeBoundary>
  );
}
