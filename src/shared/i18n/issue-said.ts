import { said, saidSchema, type Said } from './said';
import { isSaidKey, type SaidKey } from './shared-catalog';

/**
 * A schema's message as zod keeps it. zod keeps only a string for a message, and a form's
 * resolver passes on only that string (never a custom issue's `params`), so a message with
 * values (a field's name, a limit) travels as the Said's JSON; one without is its bare key.
 */
export function issueMessage(message: Said | SaidKey): string {
  const whole = typeof message === 'string' ? said(message) : message;
  return whole.values ? JSON.stringify(whole) : whole.key;
}

/** What a zod issue from the shared schemas says, or undefined for zod's own English. */
export function issueSaid(issue: { readonly message: string }): Said | undefined {
  const { message } = issue;
  if (isSaidKey(message)) return said(message);
  if (!message.startsWith('{"key":')) return undefined;
  try {
    const read = saidSchema.safeParse(JSON.parse(message));
    return read.success ? read.data : undefined;
  } catch {
    return undefined;
  }
}
