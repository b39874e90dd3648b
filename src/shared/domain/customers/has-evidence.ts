import type { CustomerRecords } from './customer-records';

/**
 * Whether a goal has evidence linked: a topic or complaints link, or a link to a comment that
 * still exists (a deleted comment's link stays for Undo, but is no evidence).
 */
export function hasEvidence(goalId: string, records: CustomerRecords): boolean {
  return records.evidence.some(({ goalId: linked, ref }) => {
    if (linked !== goalId) return false;
    if (ref.kind !== 'entry') return true;
    return records.entries.some((entry) => entry.id === ref.entryId);
  });
}
