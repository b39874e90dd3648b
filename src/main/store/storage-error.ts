import { AppError } from '../app-error';
import { refusal } from '../messages/refusal';
import { errorCode } from './fs-port';

interface Wording {
  cause: string;
  fix: string;
}

/** The backup notice's wording for a disk that refused a write (see `refusals.diskRefused`). */
const byCode: Record<string, Wording> = {
  ENOSPC: { cause: 'The disk is full', fix: 'Free some space' },
  EDQUOT: { cause: 'Your disk quota is used up', fix: 'Free some space' },
  EROFS: {
    cause: 'The data folder is on a disk that cannot be written to',
    fix: 'Use a writable disk (a USB stick may have its lock switch on)',
  },
  EIO: {
    cause: 'The disk reported a read or write error',
    fix: 'Check the disk or USB stick is plugged in and working',
  },
};

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

const readWording: Record<string, Wording> = {
  EISDIR: {
    cause: 'there is a folder where the file should be',
    fix: 'Move or rename that folder',
  },
  EACCES: { cause: 'LOS Builder is not allowed to read it', fix: "Check the file's permissions" },
  EPERM: { cause: 'LOS Builder is not allowed to read it', fix: "Check the file's permissions" },
  EIO: {
    cause: 'the disk reported a read error',
    fix: 'Check the disk or USB stick is plugged in and working',
  },
  EBUSY: {
    cause: 'another program is using it',
    fix: 'Close that program (a backup or sync tool, for example)',
  },
};

/** Why a file could not be read, in words that point at the fix ("a folder has its name"). */
export function readProblem(error: unknown): string {
  const code = errorCode(error);
  return (
    readWording[code ?? '']?.cause ?? `the computer refused to read it (${code ?? 'unknown error'})`
  );
}

/** A file LOS Builder needs at start-up could not be read: what, where, why, and what to do. */
export function unreadableFileError(error: unknown, what: string, path: string): AppError {
  const fix =
    readWording[errorCode(error) ?? '']?.fix ?? 'If it keeps happening, restart the computer';
  return new AppError(
    'storage',
    `LOS Builder could not read ${what} at ${path}: ${readProblem(error)}. ${fix}, then start LOS Builder again.`,
  );
}

const fileInTheWay: Wording = {
  cause: 'a file has the name its backups folder should have',
  fix: 'Move or rename that file',
};
const notAllowed: Wording = {
  cause: 'it is not allowed to write there',
  fix: "Check the folder's permissions",
};

const backupProblems: Record<string, Wording> = {
  EEXIST: fileInTheWay,
  ENOTDIR: fileInTheWay,
  ENOSPC: byCode.ENOSPC!,
  EDQUOT: byCode.EDQUOT!,
  EACCES: notAllowed,
  EPERM: notAllowed,
  EROFS: byCode.EROFS!,
  EIO: byCode.EIO!,
};

/** An automatic backup could not be written: what to tell the user, who can keep working. */
export function backupFailedMessage(error: unknown, folder: string): string {
  const code = errorCode(error) ?? '';
  const { cause, fix } = backupProblems[code] ?? {
    cause: `the computer refused (${code || 'unknown error'})`,
    fix: 'If it keeps happening, restart the computer',
  };
  return `LOS Builder could not make its automatic backup in ${folder}: ${lowerFirst(cause)}. Your work is still saved; until this is fixed, no new backups are made. ${fix}.`;
}

const lowerFirst = (text: string) => text.charAt(0).toLowerCase() + text.slice(1);
