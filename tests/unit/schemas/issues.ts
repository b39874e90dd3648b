import type { z } from 'zod';
import { issueSaid } from '../../../src/shared/i18n/issue-said';
import { sayIn } from '../../../src/shared/i18n/say-in';

export interface Problem {
  path: PropertyKey[];
  message: string;
}

/** An issue's message as an English reader sees it (the shared schemas give catalog keys). */
export function englishIssue(issue: { message: string; params?: unknown }): string {
  const message = issueSaid(issue);
  return message ? sayIn(message, 'en') : issue.message;
}

/** The path and message of every issue, or [] when the value is accepted. */
export function problemsOf(schema: z.ZodType, value: unknown): Problem[] {
  const result = schema.safeParse(value);
  if (result.success) return [];
  return result.error.issues.map((issue) => ({ path: issue.path, message: englishIssue(issue) }));
}

/** The parsed value; fails the test with the issues when the value is refused. */
export function parsed<T extends z.ZodType>(schema: T, value: unknown): z.output<T> {
  const result = schema.safeParse(value);
  if (!result.success) throw new Error(`Refused: ${JSON.stringify(result.error.issues)}`);
  return result.data;
}
