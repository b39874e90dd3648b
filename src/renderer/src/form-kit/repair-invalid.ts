/** Marks a part of the draft that has no saved counterpart, so its whole list row is left out. */
const drop = Symbol('drop');

type Path = readonly PropertyKey[];

/**
 * Replaces every invalid part of `draft` with what was last saved at the same place, so a save
 * keeps the user's valid edits without losing anything already stored. List rows are matched
 * by their `id` (rows can be added and removed); an invalid row that was never saved is left
 * out of the save (it stays on screen until it is fixed). Answers undefined when nothing
 * sensible can be saved, for example when the whole value is invalid.
 */
export function repairInvalid(draft: unknown, saved: unknown, invalid: Path[]): unknown {
  const repaired = repair(draft, saved, invalid);
  return repaired === drop ? undefined : repaired;
}

function repair(draft: unknown, saved: unknown, invalid: Path[]): unknown {
  if (invalid.length === 0) return draft;
  if (invalid.some((path) => path.length === 0)) return saved === undefined ? drop : saved;
  if (Array.isArray(draft)) return repairList(draft, saved, invalid);
  if (typeof draft !== 'object' || draft === null) return saved === undefined ? drop : saved;
  const savedObject = isRecord(saved) ? saved : {};
  const result: Record<string, unknown> = { ...(draft as Record<string, unknown>) };
  for (const key of Object.keys(result)) {
    const inner = childPaths(invalid, key);
    if (inner.length === 0) continue;
    const fixed = repair(result[key], savedObject[key], inner);
    if (fixed === drop) return drop;
    result[key] = fixed;
  }
  return result;
}

function repairList(draft: unknown[], saved: unknown, invalid: Path[]): unknown[] {
  const savedList = Array.isArray(saved) ? saved : [];
  const result: unknown[] = [];
  draft.forEach((row, index) => {
    const inner = childPaths(invalid, index);
    if (inner.length === 0) {
      result.push(row);
      return;
    }
    const fixed = repair(row, counterpart(row, index, savedList), inner);
    if (fixed !== drop) result.push(fixed);
  });
  return result;
}

/** The saved row at the same place: by id for rows that have one, else by position. */
function counterpart(row: unknown, index: number, savedList: unknown[]): unknown {
  if (isRecord(row) && typeof row.id === 'string') {
    return savedList.find((candidate) => isRecord(candidate) && candidate.id === row.id);
  }
  return savedList[index];
}

function childPaths(invalid: Path[], key: string | number): Path[] {
  return invalid
    .filter((path) => path.length > 0 && String(path[0]) === String(key))
    .map((path) => path.slice(1));
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
