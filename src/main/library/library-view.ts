import { join } from 'node:path';
import type { LibraryView, UtilityEntry } from '../../shared/api/library-contract';
import type { FsPort } from '../store/fs-port';
import { listReplaced, undoableRestore } from '../store/replace-files';
import { folderOf, REMOVED_FOLDER, removedFolders } from './library-folders';
import type { UtilityLibrary } from './utility-library';
import type { UtilitySummary } from './utility-summary';

/** The start screen's list: every utility, the removed ones, the folder, the restore to undo. */
export async function libraryView(
  library: UtilityLibrary,
  fs: FsPort,
  canShowFolder: boolean,
): Promise<LibraryView> {
  const open = await library.current();
  const utilities: UtilityEntry[] = [];
  for (const key of await library.keys()) {
    utilities.push(entryOf(key, await library.summary(key), key === open.key));
  }
  const removed = [];
  for (const folder of await removedFolders(fs, library.root)) {
    const summary = await library.summarizeFolder(
      join(library.root, REMOVED_FOLDER, folder.removalId),
    );
    removed.push({
      removalId: folder.removalId,
      name: summary.name,
      systemId: summary.systemId,
      removedAt: folder.removedAt.toISOString(),
    });
  }
  const last = undoableRestore(await listReplaced(fs, folderOf(library.root, open.key)));
  return {
    utilities,
    removed,
    dataFolder: library.root,
    canShowFolder,
    lastRestore: last
      ? { undoId: last.id, restoredAt: last.about.restoredAt, from: last.about.from }
      : null,
  };
}

function entryOf(key: string, summary: UtilitySummary, open: boolean): UtilityEntry {
  return {
    key,
    name: summary.name,
    systemId: summary.systemId,
    lastChange: summary.lastChange?.toISOString() ?? null,
    standing: summary.standing,
    open,
    example: summary.example,
  };
}
