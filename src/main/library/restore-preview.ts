import type { BackupRelation } from '../../shared/api/library-contract';
import type { BackupParts, Restorable } from '../backup/backup-file';
import { compareChanges, type ChangeCounts } from '../store/lineage-file';
import type { Language } from '../../shared/domain/printed-date';
import { describeTime, describeTimes } from '../../shared/domain/time-text';
import { refusal, refusalIn, type RefusalKey } from '../messages/refusal';

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

/** What restoring does, in one or two sentences with both dates where they matter, in `language`. */
export function relationMessage(
  relation: BackupRelation,
  target: RestoreTarget | null,
  backup: Restorable,
  language: Language,
): string {
  const name = target ? target.name : backup.workbook.utility.value.name;
  const [theirs, ours] = target?.lastChange
    ? describeTimes(backup.savedAt, target.lastChange, language)
    : [describeTime(backup.savedAt, false, language), ''];
  const values = {
    named: name.trim() === '' ? 'no' : 'yes',
    name,
    theirs,
    ours,
    oursKnown: ours === '' ? 'no' : 'yes',
  };
  return refusalIn(refusal(previewKeys[relation], values), language);
}

const previewKeys = {
  new: 'refusals.preview.new',
  same: 'refusals.preview.same',
  newer: 'refusals.preview.newer',
  older: 'refusals.preview.older',
  'both-changed': 'refusals.preview.bothChanged',
} as const satisfies Record<BackupRelation, RefusalKey>;
