import { lazy, useState, type ComponentType } from 'react';
import { loadStepCode, loadedStepCode, type StepCodeName, type StepModules } from './step-code';

/**
 * A step drawn from its own chunk. When the code is already in (the opening reads wait for the
 * first step's), it is drawn at once; otherwise it suspends while the code loads. Drawn at once,
 * the app's first render is the step itself: no "Opening…" drawn and replaced, and nothing for
 * React to hold back (it keeps a revealed step waiting up to 300 ms after its fallback showed).
 */
export function stepView<Name extends StepCodeName, Props extends object>(
  name: Name,
  pick: (code: StepModules[Name]) => ComponentType<Props>,
): ComponentType<Props> {
  const Lazy = lazy(() => loadStepCode(name).then((code) => ({ default: pick(code) })));
  function StepView(props: Props) {
    // Chosen once per showing: switching from the lazy one later would remount the step and
    // drop what is being typed in it.
    const [Shown] = useState<ComponentType<Props>>(() => {
      const code = loadedStepCode(name);
      return code ? pick(code) : Lazy;
    });
    return <Shown {...props} />;
  }
  return StepView;
}
