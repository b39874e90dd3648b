import { z } from 'zod';
import { rowId } from '../text';
import { feedbackTopics } from './feedback-entry';

/**
 * What an external goal rests on: one feedback entry, every entry on a topic (a tally), the
 * complaint-log rows on a topic, or the whole complaint log (for a goal about complaints as
 * such, like "every caller hears back within a working day", which no single topic backs).
 */
export const evidenceRefSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('entry'), entryId: rowId }),
  z.strictObject({ kind: z.literal('topic'), topic: z.enum(feedbackTopics) }),
  z.strictObject({ kind: z.literal('complaints'), topic: z.enum(feedbackTopics) }),
  z.strictObject({ kind: z.literal('complaint-log') }),
]);
export type EvidenceRef = z.output<typeof evidenceRefSchema>;

/** A link from an external goal to its evidence; kept beside the goals, not inside them. */
export const evidenceLinkSchema = z.strictObject({ goalId: rowId, ref: evidenceRefSchema });
export type EvidenceLink = z.output<typeof evidenceLinkSchema>;

export function sameRef(a: EvidenceRef, b: EvidenceRef): boolean {
  switch (a.kind) {
    case 'entry':
      return b.kind === 'entry' && a.entryId === b.entryId;
    case 'topic':
    case 'complaints':
      return b.kind === a.kind && a.topic === b.topic;
    case 'complaint-log':
      return b.kind === 'complaint-log';
  }
}
