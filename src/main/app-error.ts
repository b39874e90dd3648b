import type { ErrorCode } from '../shared/api/result';

/**
 * A failure a handler expects and can explain (a stale revision, a full disk). The transports
 * turn it into a Result with its code and message; any other error becomes "internal".
 */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly fields?: Record<string, string>,
  ) {
    super(message);
    this.name = 'AppError';
  }
}
