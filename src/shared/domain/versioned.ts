import { z } from 'zod';

/** A revision counter: an update must name the revision it was based on (stale edits are refused). */
export const revSchema = z
  .number({ error: 'rev must be a number.' })
  .int('rev must be a whole number.')
  .min(0, 'rev cannot be negative.');

/** A record with its revision, as stored and as returned by the API. */
export function versioned<T extends z.ZodType>(value: T) {
  return z.strictObject({ rev: revSchema, value });
}
