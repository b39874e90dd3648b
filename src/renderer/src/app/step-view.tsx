import { lazy, useState, type ComponentType } from 'react';
import { loadStepCode, loadedStepCode, type StepCodeName, type StepModules } from './step-code';

/**
 * A step drawn from its own chunk. When the code is already in (the opening reads wait for the
 * first step's), it is drawn at once; otherwise it suspends while the code loads. Drawing at
 * once matters: a suspended step shows "Opening…" and React then holds the step back for up to
 * 300 ms so the message does not flicker, which at start-up was a third of the wait.
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
