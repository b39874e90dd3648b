import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import type { BackupPreview } from '../../shared/api/library-contract';
import { AppError } from '../app-error';
import { refusal, refusalIn } from '../messages/refusal';
import { decodeBackup, type Restorable } from '../backup/backup-file';
import { BackupRefused } from '../backup/backup-refused';
import type { FsPort } from '../store/fs-port';
import { adoptLineage, encodeLineage, loadLineage, newLineage } from '../store/lineage-file';
import {
  forgetEmptyReplace,
  readReplaced,
  readTextIfThere,
  replaceFiles,
  type Replacement,
} from '../store/replace-files';
import {
  backupTime,
  COMPLAINT_LOG_FILE,
  DATA_FILE,
  LINEAGE_FILE,
  parseCompactStamp,
} from '../store/store-files';
import type { Language } from '../../shared/domain/printed-date';
import { momentSaid } from '../../shared/domain/time-text';
import { summaryOf } from '../backup/backup-summary';
import { relationMessage, relationTo, type RestoreTarget } from './restore-preview';
import type { UtilityLibrary } from './utility-library';
import { folderOf } from './library-folders';

/** Where a backup to preview comes from. */
export type BackupSource = { fileName: string; bytes: Uint8Array } | { automatic: string };

interface Pending {
  id: string;
  backup: Restorable;
  from: string;
  /** The utility it replaces; null when it is added as a new one. */
  targetKey: string | null;
  relation: BackupPreview['relation'];
  /** An automatic backup of the open utility (so its lineage stays its own). */
  automatic: boolean;
}

/**
 * Restoring a backup: a preview that reads and checks everything and changes nothing, then the
 * restore itself (the data it replaces kept aside), and undo. One preview waits at a time.
 */
export class RestoreService {
  #pending: Pending | undefined;

  constructor(
    private readonly library: UtilityLibrary,
    private readonly fs: FsPort,
    private readonly clock: () => Date = () => new Date(),
  ) {}

  /** Reads and checks a backup; what it says is worded in `language`, the asking window's. */
  async preview(source: BackupSource, language: Language): Promise<BackupPreview> {
    const open = await this.library.current();
    let backup: Restorable;
    let targetKey: string | null;
    let from: string;
    let shownFrom: string;
    if ('automatic' in source) {
      const taken = backupTime(source.automatic);
      if (!taken) throw new AppError('invalid-input', refusal('refusals.automaticBackupGone'));
      backup = await open.store.backups
        .read(source.automatic, this.library.versioning)
        .catch((error: unknown) => {
          throw error instanceof BackupRefused
            ? error
            : new BackupRefused('refusals.backup.cannotBeRead');
        });
      targetKey = open.key;
      // The restore's record keeps the time (each screen words it, as the contract says);
      // the preview says it to its reader.
      from = taken.toISOString();
      shownFrom = refusalIn(
        refusal('refusals.preview.fromAutomatic', { when: momentSaid(taken) }),
        language,
      );
    } else {
      backup = decodeBackup(source.bytes, this.library.versioning);
      targetKey = await this.#sameUtility(backup, open.key);
      from = source.fileName;
      shownFrom = from;
    }
    const target = targetKey === null ? null : await this.#target(targetKey, 'automatic' in source);
    const relation = relationTo(target, backup);
    const id = randomUUID();
    this.#pending = { id, backup, from, targetKey, relation, automatic: 'automatic' in source };
    return {
      previewId: id,
      from: shownFrom,
      summary: summaryOf(backup, language),
      relation,
      target:
        targetKey === null || !target
          ? null
          : {
              key: targetKey,
              name: target.name,
              lastChange: target.lastChange?.toISOString() ?? null,
            },
      message: relationMessage(relation, target, backup, language),
    };
  }

  /** Restores the previewed backup and opens the utility it went to. */
  async restore(previewId: string, as: 'replace' | 'copy'): Promise<string> {
    const pending = this.#pending;
    if (!pending || pending.id !== previewId) {
      throw new AppError('invalid-input', refusal('refusals.previewExpired'));
    }
    this.#pending = undefined;
    const { backup, targetKey } = pending;
    if (as === 'copy' || targetKey === null) {
      const key = await this.library.newFolder();
      const lineage =
        as === 'copy' || !backup.lineage
          ? newLineage()
          : adoptLineage(newLineage(), backup.lineage);
      const replacement = { ...partsOf(backup), [LINEAGE_FILE]: encodeLineage(lineage) };
      await this.library.withFolderClosed(
        key,
        async (folder) => {
          const id = await replaceFiles(this.fs, folder, replacement, this.#about(pending.from));
          await forgetEmptyReplace(this.fs, folder, id);
        },
        key,
      );
      return key;
    }
    await this.library.withFolderClosed(
      targetKey,
      async (folder) => {
        const replacement = await this.#replacementFor(folder, pending);
        await replaceFiles(this.fs, folder, replacement, this.#about(pending.from));
      },
      targetKey,
    );
    return targetKey;
  }

  /** Puts back what the restore `undoId` replaced in the open utility (that, too, kept aside). */
  async undo(undoId: string): Promise<string> {
    const open = await this.library.current();
    if (!parseCompactStamp(undoId)) {
      throw new AppError('invalid-input', refusal('refusals.restoreNotUndoable'));
    }
    await this.library.withFolderClosed(open.key, async (folder) => {
      const replaced = await readReplaced(this.fs, folder, undoId);
      if (replaced[DATA_FILE] === null && replaced[LINEAGE_FILE] === null) {
        throw new AppError('invalid-input', refusal('refusals.restoreNotUndoable'));
      }
      await replaceFiles(this.fs, folder, replaced, {
        ...this.#about('undo'),
        undoes: undoId,
      });
    });
    return open.key;
  }

  async #replacementFor(folder: string, pending: Pending): Promise<Replacement> {
    const { backup } = pending;
    const local = (await loadLineage(this.fs, folder)) ?? newLineage();
    const lineage = backup.lineage ? adoptLineage(local, backup.lineage) : local;
    const parts = partsOf(backup);
    // An automatic backup from before backups held the log never had one: keep the log here.
    const keepLog = pending.automatic && backup.lineage === null;
    return {
      ...parts,
      [COMPLAINT_LOG_FILE]: keepLog
        ? await readTextIfThere(this.fs, join(folder, COMPLAINT_LOG_FILE))
        : parts[COMPLAINT_LOG_FILE],
      [LINEAGE_FILE]: encodeLineage(lineage),
    };
  }

  async #sameUtility(backup: Restorable, openKey: string): Promise<string | null> {
    const id = backup.lineage?.utilityId;
    if (id === undefined) return null;
    const keys = await this.library.keys();
    for (const key of [openKey, ...keys.filter((each) => each !== openKey)]) {
      if ((await this.library.summary(key)).lineage?.utilityId === id) return key;
    }
    return null;
  }

  async #target(key: string, automatic: boolean): Promise<RestoreTarget> {
    const summary = await this.library.summary(key);
    const folder = folderOf(this.library.root, key);
    const workbook = await readTextIfThere(this.fs, join(folder, DATA_FILE));
    return {
      name: summary.name,
      lastChange: summary.lastChange,
      parts: {
        workbook: workbook ?? '',
        complaintLog: await readTextIfThere(this.fs, join(folder, COMPLAINT_LOG_FILE)),
      },
      changes: automatic ? null : (summary.lineage?.changes ?? {}),
    };
  }

  #about(from: string) {
    return { from, now: this.clock() };
  }
}

function partsOf(backup: Restorable): Omit<Replacement, typeof LINEAGE_FILE> {
  return {
    [DATA_FILE]: backup.parts.workbook,
    [COMPLAINT_LOG_FILE]: backup.parts.complaintLog,
  };
}
