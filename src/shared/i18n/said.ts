import { z } from 'zod';
import { isSaidKey, type SaidKey } from './shared-catalog';

/** A placeholder's value: text, a number, or another shared message (a field's name). */
export type SaidValue = string | number | Said;

/**
 * A sentence shared code says, as a key of the shared catalog and its values, so whoever shows
 * it says it in the reader's language: the screens through their catalog, main and the papers
 * through `sayIn`. What the board typed travels as a plain string value, never as a key.
 */
export interface Said {
  readonly key: SaidKey;
  readonly values?: Readonly<Record<string, SaidValue>>;
}

export function said(key: SaidKey, values?: Record<string, SaidValue>): Said {
  return values ? { key, values } : { key };
}

const saidKeySchema = z.custom<SaidKey>(
  (key) => typeof key === 'string' && isSaidKey(key),
  'Not a message LOS Builder knows.',
);

/** A Said in an API answer: the key must be one this build knows. */
export const saidSchema: z.ZodType<Said> = z.lazy(() =>
  z.strictObject({
    key: saidKeySchema,
    values: z.record(z.string(), z.union([z.string(), z.number(), saidSchema])).optional(),
  }),
);
