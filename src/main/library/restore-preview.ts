import type { BackupRelation } from '../../shared/api/library-contract';
import type { BackupParts, Restorable } from '../backup/backup-file';
import { compareChanges, type ChangeCounts } from '../store/lineage-file';
import { describeTime, describeTimes } from '../../shared/domain/time-text';

/** The utility a backup would replace, as it is on disk now. */
export interface RestoreTarget {
  name: string;
  lastChange: Date | null;
  parts: BackupParts;
  /** Its lineage's counts; null for an automatic backup of its own (dates decide then). */
  changes: ChangeCounts | null;
}

/**
 * Same, newer, older or both changed: equal files are the same; otherwise the lineage counts
 * say which holds the other's changes, and when they cannot (the same counts, or an automatic
 * backup) the dates of the last change do.
 */
export function relationTo(target: RestoreTarget | null, backup: Restorable): BackupRelation {
  if (!target) return 'new';
  const { parts } = backup;
  const sameLog = parts.complaintLog === null || parts.complaintLog === target.parts.complaintLog;
  if (parts.workbook === target.parts.workbook && sameLog) return 'same';
  const order =
    target.changes && backup.lineage
      ? compareChanges(target.changes, backup.lineage.changes)
      : 'same';
  if (order !== 'same') return order;
  return target.lastChange && backup.savedAt < target.lastChange ? 'older' : 'newer';
}

/** What restoring does, in one or two sentences with both dates where they matter. */
export function relationMessage(
  relation: BackupRelation,
  target: RestoreTarget | null,
  backup: Restorable,
): string {
  const incoming = nameOf(backup.workbook.utility.value.name);
  const here = target ? nameOf(target.name) : incoming;
  const [theirs, ours] = target?.lastChange
    ? describeTimes(backup.savedAt, target.lastChange)
    : [describeTime(backup.savedAt), 'never'];
  const kept = 'What is here now is kept aside, so the restore can be undone.';
  switch (relation) {
    case 'new':
      return `${incoming} is not on this computer yet. Restoring adds it as a new utility; nothing here changes.`;
    case 'same':
      return `This backup holds exactly what ${here} has now, so restoring it would change nothing.`;
    case 'newer':
      return `Restoring replaces ${here} (last changed ${ours}) with this backup (last changed ${theirs}). ${kept}`;
    case 'older':
      return `This backup is older than what is here: it was last changed ${theirs}, and ${here} was last changed ${ours}. Restoring puts the older data back. ${kept}`;
    case 'both-changed':
      return `Both copies changed since they last matched: this backup was last changed ${theirs}, and ${here} here was last changed ${ours}. LOS Builder does not merge them. Keep the backup as a separate utility to compare the two, or replace this one (it is kept aside, so it can be undone).`;
  }
}

function nameOf(name: string): string {
  return name.trim() === '' ? 'This unnamed utility' : `"${name}"`;
}
