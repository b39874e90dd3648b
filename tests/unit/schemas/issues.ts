import type { z } from 'zod';

export interface Problem {
  path: PropertyKey[];
  message: string;
}

/** The path and message of every issue, or [] when the value is accepted. */
export function problemsOf(schema: z.ZodType, value: unknown): Problem[] {
  const result = schema.safeParse(value);
  if (result.success) return [];
  return result.error.issues.map((issue) => ({ path: issue.path, message: issue.message }));
}

/** The parsed value; fails the test with the issues when the value is refused. */
export function parsed<T extends z.ZodType>(schema: T, value: unknown): z.output<T> {
  const result = schema.safeParse(value);
  if (!result.success) throw new Error(`Refused: ${JSON.stringify(result.error.issues)}`);
  return result.data;
}
