import type { Result } from '../../../src/shared/api/result';

/** The answer of a call the test needs to succeed; a refusal fails the test with its message. */
export async function okValue<T>(call: Promise<Result<T>>): Promise<T> {
  const result = await call;
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
  return result.value;
}
