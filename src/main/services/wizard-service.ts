import type { WizardState } from '../../shared/domain/wizard';
import type { WorkbookStore } from './editable-store';

/** Where the user is in the wizard. Not revisioned: the last step shown wins. */
export function createWizardService(repository: WorkbookStore) {
  return {
    get: (): WizardState => repository.read().wizard,
    setStep: async (state: WizardState): Promise<WizardState> => {
      const saved = await repository.update((draft) => {
        draft.wizard = state;
      });
      return saved.wizard;
    },
  };
}
