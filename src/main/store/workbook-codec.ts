import { z } from 'zod';
import { workbookSchema, type Workbook } from '../../shared/domain/workbook';
import { AppError } from '../app-error';
import { refusal, refusalIn, type Refusal } from '../messages/refusal';
import { migrate, MigrationError, type Migration } from './migrations';

/** What the file holds around the workbook, so a later version knows how to read it. */
export const envelopeSchema = z.strictObject({
  schemaVersion: z.number().int().min(1),
  savedAt: z.iso.datetime(),
  appVersion: z.string().max(100),
  data: z.unknown(),
});

/** Far beyond any real workbook; a bigger file is not ours and is not parsed. */
const maxFileBytes = 64 * 1024 * 1024;

export interface Versioning {
  schemaVersion: number;
  migrations: readonly Migration[];
}

export interface DecodedFile {
  workbook: Workbook;
  schemaVersion: number;
  savedAt: Date;
}

/** Why a stored file is unusable: `refusals.fileReason` words each in the reader's language. */
export type UnreadableWhy =
  | 'tooLarge'
  | 'blank'
  | 'damaged'
  | 'empty'
  | 'proto'
  | 'cutOff'
  | 'noData'
  | 'notFormat'
  | 'notConverted'
  | 'failedChecks';

/** A file that exists but cannot be used; `reason` completes "The saved file could not be read (…)". */
export class UnreadableFileError extends Error {
  constructor(readonly why: UnreadableWhy) {
    super(`The file could not be read (${refusalIn(fileReason(why), 'en')}).`);
    this.name = 'UnreadableFileError';
  }

  /** Why, as a message said in the reader's language. */
  get reason(): Refusal {
    return fileReason(this.why);
  }
}

function fileReason(why: UnreadableWhy): Refusal {
  return refusal('refusals.fileReason', { why });
}

class ForbiddenKeyError extends Error {}

/** `__proto__` as a key could change object prototypes when the data is copied. */
function rejectProtoKeys(key: string, value: unknown): unknown {
  if (key === '__proto__') throw new ForbiddenKeyError('__proto__');
  return value;
}

/** Bytes of a stored file → JSON, refusing damage, blank bytes and `__proto__` keys in plain words. */
export function parseJson(bytes: Uint8Array, maxBytes: number = maxFileBytes): unknown {
  if (bytes.length > maxBytes) throw new UnreadableFileError('tooLarge');
  if (bytes.length > 0 && bytes.every((byte) => byte === 0)) {
    throw new UnreadableFileError('blank');
  }
  let text: string;
  try {
    // fatal: invalid UTF-8 is damage, not text to guess at; a leading BOM is dropped.
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new UnreadableFileError('damaged');
  }
  if (text.trim() === '') throw new UnreadableFileError('empty');
  try {
    return JSON.parse(text, rejectProtoKeys);
  } catch (error) {
    if (error instanceof ForbiddenKeyError) {
      throw new UnreadableFileError('proto');
    }
    throw new UnreadableFileError('cutOff');
  }
}

function futureVersion(version: number): AppError {
  return new AppError('storage', refusal('refusals.newerData', { format: version }));
}

/**
 * Bytes of a data or backup file → a valid Workbook: parse, migrate, validate strictly.
 * Throws UnreadableFileError for damage, AppError('storage') for a file this version must not
 * touch (a newer format, or an old one it has no step for).
 */
export function decodeWorkbookFile(bytes: Uint8Array, versioning: Versioning): DecodedFile {
  const json = parseJson(bytes);
  if (json === null) throw new UnreadableFileError('noData');
  const envelope = envelopeSchema.safeParse(json);
  if (!envelope.success) throw new UnreadableFileError('notFormat');
  const { schemaVersion, savedAt, data } = envelope.data;
  if (schemaVersion > versioning.schemaVersion) throw futureVersion(schemaVersion);
  let migrated: unknown;
  try {
    migrated = migrate(data, schemaVersion, versioning.migrations, versioning.schemaVersion);
  } catch (error) {
    if (error instanceof MigrationError) {
      throw new AppError('storage', refusal('refusals.oldFormat', { format: schemaVersion }));
    }
    throw new UnreadableFileError('notConverted');
  }
  const workbook = workbookSchema.safeParse(migrated);
  if (!workbook.success) throw new UnreadableFileError('failedChecks');
  return { workbook: workbook.data, schemaVersion, savedAt: new Date(savedAt) };
}

export function encodeWorkbookFile(
  workbook: Workbook,
  meta: { schemaVersion: number; appVersion: string; savedAt: Date },
): string {
  const envelope = {
    schemaVersion: meta.schemaVersion,
    savedAt: meta.savedAt.toISOString(),
    appVersion: meta.appVersion,
    data: workbook,
  };
  // Compact: indenting made a 20,000-card file 60% bigger, and every save writes all of it.
  return `${JSON.stringify(envelope)}\n`;
}

/**
 * When a data file was saved, read from its first bytes without parsing the whole file (the
 * envelope is written with `savedAt` near the start); undefined if it is not found there.
 */
export function savedAtOf(text: string): Date | undefined {
  const match = /"savedAt":"([0-9T:.Z-]{20,30})"/.exec(text.slice(0, 300));
  const date = match?.[1] === undefined ? undefined : new Date(match[1]);
  return date && !Number.isNaN(date.getTime()) ? date : undefined;
}
