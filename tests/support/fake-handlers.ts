import type { Handlers } from '../../src/shared/api/contract';
import { AppError } from '../../src/main/app-error';
import { emptyWorkbook, type Workbook } from '../../src/shared/domain/workbook';

/** An in-memory stand-in for main's handlers: enough behaviour to tell transports apart. */
export function createFakeHandlers(overrides: Partial<Handlers> = {}): Handlers {
  let workbook: Workbook = emptyWorkbook();
  const staleRev = (): never => {
    throw new AppError(
      'conflict',
      'This was changed in another window. Reload to see the latest version.',
    );
  };
  const handlers: Handlers = {
    'app:status': () =>
      Promise.resolve({ appVersion: '0.0.0-test', schemaVersion: 1, mode: 'browser', notices: [] }),
    'utility:get': () => Promise.resolve(structuredClone(workbook.utility)),
    'utility:save': ({ rev, value }) => {
      if (rev !== workbook.utility.rev) staleRev();
      workbook = { ...workbook, utility: { rev: rev + 1, value } };
      return Promise.resolve(structuredClone(workbook.utility));
    },
    'scope:get': () => Promise.resolve(structuredClone(workbook.scope)),
    'scope:save': ({ rev, value }) => {
      if (rev !== workbook.scope.rev) staleRev();
      workbook = { ...workbook, scope: { rev: rev + 1, value } };
      return Promise.resolve(structuredClone(workbook.scope));
    },
    'wizard:get': () => Promise.resolve(structuredClone(workbook.wizard)),
    'wizard:setStep': (state) => {
      workbook = { ...workbook, wizard: state };
      return Promise.resolve(structuredClone(state));
    },
  };
  return { ...handlers, ...overrides };
}
