import { mergeDrafts, sameAsStored, samePath, valueAt, type FieldConflict } from './merge-drafts';

export interface StoredChange<Draft, Value> {
  /** What this window last saved or loaded. */
  saved: Value;
  /** What another window stored since. */
  fresh: Value;
  /** What the form holds now. */
  mine: Draft;
  /** Conflicts the user has not settled yet, from an earlier look. */
  open: FieldConflict[];
  toDraft: (value: Value) => Draft;
  toInput: (draft: Draft) => unknown;
}

/**
 * The form after another window's save is brought in (see mergeDrafts), with every field now
 * in conflict: the new ones, and earlier ones not settled yet whose typed value still differs
 * from the stored one (the other window may have saved that field again, or not).
 */
export function mergeStored<Draft, Value>(
  change: StoredChange<Draft, Value>,
): { draft: Draft; conflicts: FieldConflict[] } {
  const { saved, fresh, mine, open, toDraft, toInput } = change;
  const mineRead = toInput(mine);
  const theirsDraft = toDraft(fresh);
  const merged = mergeDrafts({ saved, theirs: fresh, theirsDraft, mine, mineRead });
  const carried = open
    .filter((old) => !merged.conflicts.some((conflict) => samePath(conflict.path, old.path)))
    .filter((old) => {
      const typed = valueAt(mineRead, old.path);
      return typed !== undefined && !sameAsStored(typed, valueAt(fresh, old.path));
    })
    .map((old) => ({ path: old.path, theirs: valueAt(theirsDraft, old.path) }));
  // The form's shape is the draft's: the merge only chooses, field by field, between two drafts.
  return { draft: merged.draft as Draft, conflicts: [...carried, ...merged.conflicts] };
}
