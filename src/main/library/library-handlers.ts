import type { AreaHandlers } from '../../shared/api/contract';
import { localDate } from '../../shared/domain/local-date';
import { describeAutomaticBackups } from '../backup/automatic-backups';
import { backupExtension } from '../backup/backup-file';
import { fileNamePart } from '../export/export-file-name';
import { backupFile, type FileDelivery } from '../services/file-delivery';
import type { FsPort } from '../store/fs-port';
import { openExample } from './example-copy';
import { libraryView } from './library-view';
import type { RestoreService } from './restore-service';
import type { UtilityLibrary } from './utility-library';

export interface LibraryHandlerDeps {
  library: UtilityLibrary;
  restores: RestoreService;
  fs: FsPort;
  /** The save dialog (desktop) or a download (browser), as for PDFs. */
  delivery: FileDelivery;
  /** Opens the data folder in the file manager; absent where there is none (browser mode). */
  showFolder?: (folder: string) => Promise<boolean>;
  clock?: () => Date;
}

/** The utilities kept here and the open one's backups: answered by the library itself. */
export function libraryHandlers(deps: LibraryHandlerDeps): AreaHandlers<'library' | 'backup'> {
  const { library, restores, delivery } = deps;
  const clock = deps.clock ?? (() => new Date());
  return {
    'library:list': () => libraryView(library, deps.fs, deps.showFolder !== undefined),
    'library:create': async () => ({ key: await library.create() }),
    'library:openExample': async () => ({ key: await openExample(library, deps.fs) }),
    'library:open': async ({ key }) => ({ key: await library.switchTo(key) }),
    'library:remove': async ({ key }) => ({ removalId: await library.remove(key) }),
    'library:undoRemove': async ({ removalId }) => ({ key: await library.undoRemove(removalId) }),
    'library:showFolder': () => deps.showFolder?.(library.root) ?? Promise.resolve(false),
    'backup:save': async () => {
      const open = await library.current();
      const text = await open.store.backup();
      const name = open.store.repository.read().utility.value.name;
      const result = await delivery.deliver(
        backupFileName(name, clock()),
        Buffer.from(text, 'utf8'),
        backupFile,
      );
      // Carried out: the next change here counts as this copy's own from now on.
      if (result.status !== 'cancelled') await open.store.lineage.shared();
      return result;
    },
    'backup:list': async (_input, context) => {
      const open = await library.current();
      // The start-up backup is written while the app opens; the list waits to include it.
      await open.store.startupBackup;
      return describeAutomaticBackups(
        open.store.backups,
        library.versioning,
        context?.language ?? 'en',
      );
    },
    'backup:preview': async (input, context) => {
      // The preview's sentences are worded for the window that asks.
      const language = context?.language ?? 'en';
      if ('pick' in input) {
        const picked = await delivery.pickFile(backupFile);
        return picked
          ? restores.preview({ fileName: picked.name, bytes: picked.bytes }, language)
          : null;
      }
      if ('automatic' in input) return restores.preview({ automatic: input.automatic }, language);
      return restores.preview(
        { fileName: input.fileName, bytes: Buffer.from(input.fileBase64, 'base64') },
        language,
      );
    },
    'backup:restore': async ({ previewId, as }) => ({ key: await restores.restore(previewId, as) }),
    'backup:undoRestore': async ({ undoId }) => ({ key: await restores.undo(undoId) }),
  };
}

/** "Cedar Creek Water backup 2026-12-06.losbackup", in the computer's own date. */
export function backupFileName(utilityName: string, now: Date): string {
  const name = fileNamePart(utilityName) || 'LOS Builder';
  return `${name} backup ${localDate(now)}.${backupExtension}`;
}
