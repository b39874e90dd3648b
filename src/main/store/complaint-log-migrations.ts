import type { Migration } from './migrations';

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

// Written out, not imported: the step must keep producing format 2 whatever the app's lists
// become.
const v1Moments = ['received', 'responded', 'resolved'] as const;
const v1Midnight = /^\d{4}-\d{2}-\d{2}T00:00$/;
const v1Timed = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/;

/** The moments of one import whose every stored time is 00:00 (and which have one at least). */
function midnightMoments(rows: Record<string, unknown>[]): Set<string> {
  const found = new Set<string>();
  for (const moment of v1Moments) {
    let times = 0;
    let onlyMidnight = true;
    for (const row of rows) {
      const value = row[moment];
      if (typeof value !== 'string' || !v1Timed.test(value)) continue;
      times++;
      if (!v1Midnight.test(value)) {
        onlyMidnight = false;
        break;
      }
    }
    if (onlyMidnight && times > 0) found.add(moment);
  }
  return found;
}

/**
 * Complaint log format 1 → 2. Format 1 kept whatever time the file gave, so an export that
 * writes every date as "3/4/2026 0:00" was stored as "2026-03-04T00:00" and counted to the
 * minute from a midnight nobody recorded. Format 2 reads such a column as dates: in each
 * import, a moment (received, responded, resolved) whose every stored time is 00:00 keeps its
 * date only, as an import of the same file does now. The rows' keys are kept as they are: they
 * were made from the cells as read, which a new import of the file makes again, so the file
 * still adds nothing the second time. Everything else passes through for the schema to check.
 */
export const readMidnightsAsDates: Migration = {
  from: 1,
  up: (data) => {
    if (!isRecord(data) || !Array.isArray(data.rows)) return data;
    const byImport = new Map<unknown, Record<string, unknown>[]>();
    for (const row of data.rows) {
      if (!isRecord(row)) continue;
      const rows = byImport.get(row.importId);
      if (rows === undefined) byImport.set(row.importId, [row]);
      else rows.push(row);
    }
    const dated = new Map<unknown, Set<string>>();
    for (const [importId, rows] of byImport) {
      const moments = midnightMoments(rows);
      if (moments.size > 0) dated.set(importId, moments);
    }
    if (dated.size === 0) return data;
    const rows = data.rows.map((row: unknown) => {
      if (!isRecord(row)) return row;
      const moments = dated.get(row.importId);
      if (moments === undefined) return row;
      const changed: Record<string, unknown> = { ...row };
      for (const moment of moments) {
        const value = row[moment];
        if (typeof value === 'string' && v1Midnight.test(value))
          changed[moment] = value.slice(0, 10);
      }
      return changed;
    });
    return { ...data, rows };
  },
};

/** One step per earlier format of complaint-log.json; old steps are never edited or removed. */
export const complaintLogMigrations: readonly Migration[] = [readMidnightsAsDates];
