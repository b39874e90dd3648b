/** Why a call failed; the renderer picks its reaction (retry, reload, fix a field) from this. */
export type ErrorCode =
  | 'invalid-input'
  | 'conflict'
  /** The agreement is approved, so it cannot change; the screen offers "Start a new revision". */
  | 'frozen'
  | 'storage'
  /** Another window opened a different utility; this one must reload before it saves. */
  | 'switched'
  | 'forbidden'
  | 'unknown-method'
  | 'internal';

export interface ApiError {
  code: ErrorCode;
  /** A plain sentence for the user. */
  message: string;
  /** Per-field messages, keyed by the field's dotted path (`board.0.name`). */
  fields?: Record<string, string>;
}

/** Every API call answers with a Result; errors are values, never thrown across a transport. */
export type Result<T> = { ok: true; value: T } | { ok: false; error: ApiError };

export function ok<T>(value: T): Result<T> {
  return { ok: true, value };
}

export function fail<T = never>(
  code: ErrorCode,
  message: string,
  fields?: Record<string, string>,
): Result<T> {
  return { ok: false, error: fields ? { code, message, fields } : { code, message } };
}
