import type { AreaHandlers } from '../../src/shared/api/contract';
import { AppError } from '../../src/main/app-error';
import { standingOf } from '../../src/main/library/utility-summary';
import type { WorkbookRepository } from '../../src/main/store/repository';

export type LibraryHandlers = AreaHandlers<'library' | 'backup'>;

const notHere = (): never => {
  throw new AppError(
    'invalid-input',
    'This test keeps one utility in memory; pass the method it needs.',
  );
};

/**
 * The library as a backend in memory has it: one utility, open, no backups. Tests that need
 * more (several utilities, a restore) pass their own methods over these.
 */
export function memoryLibrary(repository: WorkbookRepository): LibraryHandlers {
  return {
    'library:list': () => {
      const workbook = repository.read();
      return {
        utilities: [
          {
            key: 'first',
            name: workbook.utility.value.name,
            systemId: workbook.utility.value.systemId,
            lastChange: null,
            standing: standingOf(workbook),
            open: true,
            example: workbook.example,
          },
        ],
        removed: [],
        dataFolder: '/memory',
        canShowFolder: false,
        lastRestore: null,
      };
    },
    'library:create': notHere,
    'library:openExample': notHere,
    'library:open': ({ key }) => (key === 'first' ? { key } : notHere()),
    'library:remove': notHere,
    'library:undoRemove': notHere,
    'library:showFolder': () => false,
    'backup:save': notHere,
    'backup:list': () => [],
    'backup:preview': notHere,
    'backup:restore': notHere,
    'backup:undoRestore': notHere,
  };
}
