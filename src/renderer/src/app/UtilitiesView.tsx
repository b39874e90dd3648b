import { lazy, Suspense, type ComponentProps } from 'react';
import { CenteredMessage } from '../form-kit/CenteredMessage';
import { useText } from '../i18n/use-text';
import { StepCodeBoundary } from './StepCodeBoundary';

// Loaded like a step: a window with one utility may never show it.
const UtilitiesScreen = lazy(() =>
  import('../features/library/UtilitiesScreen').then((code) => ({
    default: code.UtilitiesScreen,
  })),
);

/** The utilities and backups screen, drawn from its own chunk. */
export function UtilitiesView(props: ComponentProps<typeof UtilitiesScreen>) {
  const text = useText();
  return (
    <StepCodeBoundary>
      <Suspense fallback={<CenteredMessage loading title={text('app.openingUtilities')} />}>
        <UtilitiesScreen {...props} />
      </Suspense>
    </StepCodeBoundary>
  );
}
