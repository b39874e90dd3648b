import { z } from 'zod';
import { issueMessage } from '../i18n/issue-said';

/** A revision counter: an update must name the revision it was based on (stale edits are refused). */
export const revSchema = z
  .number({ error: issueMessage('validation.api.rev') })
  .int(issueMessage('validation.api.revWhole'))
  .min(0, issueMessage('validation.api.revNegative'));

/** A record with its revision, as stored and as returned by the API. */
export function versioned<T extends z.ZodType>(value: T) {
  return z.strictObject({ rev: revSchema, value });
}
