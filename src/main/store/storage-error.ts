import { AppError } from '../app-error';
import { refusal, type Refusal } from '../messages/refusal';
import { errorCode } from './fs-port';

/** The file errors `refusals.diskRefused` words by cause and fix; others are a disk problem. */
const diskCodes = new Set(['ENOSPC', 'EDQUOT', 'EACCES', 'EPERM', 'EROFS', 'EBUSY', 'EIO']);

/**
 * Turns a file error into a sentence the user can act on. Errors that already are AppErrors
 * (a conflict, a refusal) pass through unchanged.
 */
export function toStorageError(error: unknown, during: 'save' | 'open'): AppError {
  if (error instanceof AppError) return error;
  const code = errorCode(error);
  if (code !== undefined && diskCodes.has(code)) {
    return new AppError('storage', refusal('refusals.diskRefused', { code, during }));
  }
  const detail = code ? ` (${code})` : '';
  return new AppError('storage', refusal('refusals.diskProblem', { detail, during }));
}

/** A save asked for after the store began closing (the lock is about to be released). */
export function closingError(): AppError {
  return new AppError('storage', refusal('refusals.closing'));
}

/** Why a file could not be read, in words that point at the fix ("a folder has its name"). */
export function readProblem(error: unknown): Refusal {
  return refusal('refusals.readProblem', { code: errorCode(error) ?? 'unknown' });
}

/** A file LOS Builder needs at start-up could not be read: what, where, why, and what to do. */
export function unreadableFileError(
  error: unknown,
  what: 'data' | 'lineage',
  path: string,
): AppError {
  const code = errorCode(error) ?? 'unknown';
  return new AppError(
    'storage',
    refusal('refusals.unreadableFile', { what, path, code, problem: readProblem(error) }),
  );
}

/** An automatic backup could not be written: what to tell the user, who can keep working. */
export function backupFailedNotice(error: unknown, folder: string): Refusal {
  return refusal('refusals.backupFailed', { folder, code: errorCode(error) ?? 'unknown' });
}
