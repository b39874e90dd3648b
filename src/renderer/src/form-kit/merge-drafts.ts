import { cleanLine, cleanMultiline } from '@shared/domain/text';

/** One step from a form's root to a field: an object key, or a list row named by its id. */
export type PathStep = string | { id: string };
export type DraftPath = readonly PathStep[];

/** A field typed here that another window saved differently meanwhile. */
export interface FieldConflict {
  path: DraftPath;
  /** The other window's value, as the form holds it. */
  theirs: unknown;
}

/** The three versions of one record that a merge weighs, each where it can be compared. */
export interface MergeSides {
  /** What this window last saved or loaded, as stored: the version both sides started from. */
  saved: unknown;
  /** What another window stored since, as stored. */
  theirs: unknown;
  /** The same, as the form holds it (numbers may be text). */
  theirsDraft: unknown;
  /** What the form holds now. */
  mine: unknown;
  /** The same, read the way a save reads it (numbers parsed), to compare with stored values. */
  mineRead: unknown;
}

export interface Merged {
  draft: unknown;
  conflicts: FieldConflict[];
}

/**
 * Brings another window's saved changes into a form without losing what was typed here: a
 * field the user left alone takes the other window's value, a field only the user changed
 * keeps the typed value, and a field both changed keeps the typed value and is reported as a
 * conflict for the user to settle. List rows (board members, goals' rows) are matched by id,
 * so one window's new row and the other's edit to another row both survive.
 */
export function mergeDrafts(sides: MergeSides): Merged {
  const conflicts: FieldConflict[] = [];
  const draft = merge(sides, [], conflicts);
  return { draft, conflicts };
}

function merge(sides: MergeSides, path: PathStep[], conflicts: FieldConflict[]): unknown {
  const { saved, theirs, theirsDraft, mine, mineRead } = sides;
  if (sameValue(theirs, saved)) return mine;
  if (sameAsStored(mineRead, saved)) return theirsDraft;
  // Both windows made the same change: keep the text as typed here, so nothing jumps.
  if (sameAsStored(mineRead, theirs)) return mine;
  if ([saved, theirs, theirsDraft, mine, mineRead].every(isRecord)) {
    return mergeRecords(sides as Sides<Record<string, unknown>>, path, conflicts);
  }
  if ([saved, theirs, theirsDraft, mine, mineRead].every(isRowList)) {
    const rows = mergeRows(sides as Sides<Row[]>, path, conflicts);
    if (rows) return rows;
  }
  conflicts.push({ path, theirs: theirsDraft });
  return mine;
}

type Sides<T> = { [K in keyof MergeSides]: T };
type Row = Record<string, unknown> & { id: string };

function mergeRecords(
  sides: Sides<Record<string, unknown>>,
  path: PathStep[],
  conflicts: FieldConflict[],
): Record<string, unknown> {
  const result: Record<string, unknown> = { ...sides.mine };
  for (const key of new Set([...Object.keys(sides.mine), ...Object.keys(sides.theirsDraft)])) {
    result[key] = merge(
      pick(sides, (side) => side[key]),
      [...path, key],
      conflicts,
    );
  }
  return result;
}

/**
 * Merges two edits of one list row by row. Answers null when the lists cannot be merged row
 * by row: one side deleted a row the other changed, or both put the rows in a new order.
 */
function mergeRows(sides: Sides<Row[]>, path: PathStep[], conflicts: FieldConflict[]) {
  const ids = (rows: Row[]) => rows.map((row) => row.id);
  const [saved, mine, theirs] = [ids(sides.saved), ids(sides.mine), ids(sides.theirs)];
  const rowOf = (id: string) => pick(sides, (side) => side.find((row) => row.id === id));
  for (const id of saved) {
    const row = rowOf(id);
    if (!mine.includes(id) && theirs.includes(id) && !sameValue(row.theirs, row.saved)) return null;
    if (mine.includes(id) && !theirs.includes(id) && !sameAsStored(row.mineRead, row.saved)) {
      return null;
    }
  }
  const kept = saved.filter((id) => mine.includes(id) && theirs.includes(id));
  const inOrder = (list: string[]) => list.filter((id) => kept.includes(id));
  const addedBy = (list: string[]) => list.filter((id) => !saved.includes(id));
  let order: string[];
  if (sameValue(inOrder(mine), kept)) {
    // Their order, without the rows deleted here, then the rows added here.
    order = [...theirs.filter((id) => mine.includes(id) || !saved.includes(id)), ...addedBy(mine)];
  } else if (sameValue(inOrder(theirs), kept) || sameValue(inOrder(theirs), inOrder(mine))) {
    order = [
      ...mine.filter((id) => theirs.includes(id) || !saved.includes(id)),
      ...addedBy(theirs),
    ];
  } else {
    return null;
  }
  return order.map((id) => {
    const row = rowOf(id);
    if (row.mine === undefined) return row.theirsDraft;
    if (row.theirs === undefined) return row.mine;
    return merge(row, [...path, { id }], conflicts);
  });
}

function pick<T>(sides: Sides<T>, part: (side: T) => unknown): MergeSides {
  return {
    saved: part(sides.saved),
    theirs: part(sides.theirs),
    theirsDraft: part(sides.theirsDraft),
    mine: part(sides.mine),
    mineRead: part(sides.mineRead),
  };
}

/**
 * Whether what the form holds would be stored as `stored`: text is compared the way the
 * schemas clean it (ends trimmed, NFC), so "Sunny Acres " typed is the "Sunny Acres" saved.
 */
export function sameAsStored(read: unknown, stored: unknown): boolean {
  if (typeof read === 'string' && typeof stored === 'string') {
    return read === stored || cleanMultiline(read) === stored || cleanLine(read) === stored;
  }
  if (Array.isArray(read) && Array.isArray(stored)) {
    return read.length === stored.length && read.every((item, i) => sameAsStored(item, stored[i]));
  }
  if (isRecord(read) && isRecord(stored)) {
    const keys = new Set([...Object.keys(read), ...Object.keys(stored)]);
    return [...keys].every((key) => sameAsStored(read[key], stored[key]));
  }
  return Object.is(read, stored);
}

/** Whether two plain values hold the same data: arrays and records compared item by item. */
export function sameValue(a: unknown, b: unknown): boolean {
  if (Array.isArray(a) && Array.isArray(b)) {
    return a.length === b.length && a.every((item, i) => sameValue(item, b[i]));
  }
  if (isRecord(a) && isRecord(b)) {
    const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
    return [...keys].every((key) => sameValue(a[key], b[key]));
  }
  return Object.is(a, b);
}

/** The value at `path`, or undefined when a key or row on the way is not there. */
export function valueAt(value: unknown, path: DraftPath): unknown {
  let current = value;
  for (const step of path) {
    if (typeof step === 'string') current = isRecord(current) ? current[step] : undefined;
    else current = Array.isArray(current) ? current.find((row) => isRow(row, step.id)) : undefined;
  }
  return current;
}

/** A copy of `value` with `replacement` at `path` (which must exist). */
export function withValueAt(value: unknown, path: DraftPath, replacement: unknown): unknown {
  const [step, ...rest] = path;
  if (step === undefined) return replacement;
  if (typeof step === 'string' && isRecord(value)) {
    return { ...value, [step]: withValueAt(value[step], rest, replacement) };
  }
  if (typeof step !== 'string' && Array.isArray(value)) {
    const rows: unknown[] = value;
    return rows.map((row) => (isRow(row, step.id) ? withValueAt(row, rest, replacement) : row));
  }
  return value;
}

/** The form library's name for a field ("board.2.name"), or null when its row is gone. */
export function fieldName(value: unknown, path: DraftPath): string | null {
  const parts: string[] = [];
  let current = value;
  for (const step of path) {
    if (typeof step === 'string') {
      parts.push(step);
      current = isRecord(current) ? current[step] : undefined;
      continue;
    }
    const rows: unknown[] = Array.isArray(current) ? current : [];
    const index = rows.findIndex((row) => isRow(row, step.id));
    if (index === -1) return null;
    parts.push(String(index));
    current = rows[index];
  }
  return parts.join('.');
}

export function samePath(a: DraftPath, b: DraftPath): boolean {
  return sameValue(a, b);
}

function isRow(value: unknown, id: string): boolean {
  return isRecord(value) && value.id === id;
}

function isRowList(value: unknown): value is Row[] {
  return Array.isArray(value) && value.every((row) => isRecord(row) && typeof row.id === 'string');
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
