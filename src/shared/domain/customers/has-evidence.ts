import type { CustomerRecords } from './customer-records';

/**
 * The goals with evidence linked: a topic or complaints link, or a link to a comment that still
 * exists (a deleted comment's link stays for Undo, but is no evidence). One pass over the links
 * and one over the cards, for every goal at once.
 */
export function goalsWithEvidence(records: CustomerRecords): Set<string> {
  const evidenced = new Set<string>();
  // The goals each linked comment would give evidence to, while it is not yet found.
  const waiting = new Map<string, string[]>();
  for (const { goalId, ref } of records.evidence) {
    if (ref.kind !== 'entry') evidenced.add(goalId);
    else {
      const goals = waiting.get(ref.entryId) ?? [];
      goals.push(goalId);
      waiting.set(ref.entryId, goals);
    }
  }
  for (const entry of records.entries) {
    if (waiting.size === 0) break;
    for (const goalId of waiting.get(entry.id) ?? []) evidenced.add(goalId);
    waiting.delete(entry.id);
  }
  return evidenced;
}

/** Whether one goal has evidence linked (see goalsWithEvidence). */
export function hasEvidence(goalId: string, records: CustomerRecords): boolean {
  const entryIds = new Set<string>();
  for (const { goalId: linked, ref } of records.evidence) {
    if (linked !== goalId) continue;
    if (ref.kind !== 'entry') return true;
    entryIds.add(ref.entryId);
  }
  return entryIds.size > 0 && records.entries.some((entry) => entryIds.has(entry.id));
}
