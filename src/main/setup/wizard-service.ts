import type { WorkbookStore } from '../services/editable-store';
import type { AreaHandlers } from '../../shared/api/contract';

/** Where the user is in the wizard. Not revisioned: the last step shown wins. */

export function createWizardService(repository: WorkbookStore): AreaHandlers<'wizard'> {
  return {
    'wizard:get': () => repository.read().wizard,
    'wizard:setStep': async (state) => {
      const saved = await repository.update((draft) => {
        draft.wizard = state;
      });
      return saved.wizard;
    },
  };
}
