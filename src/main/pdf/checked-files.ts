import type { Attachment } from 'pdfmake/interfaces';

/** PDF 2.0's AFRelationship values, which PDF/A-3 requires on every embedded file. */
const relationships = [
  'Source',
  'Data',
  'Alternative',
  'Supplement',
  'EncryptedPayload',
  'FormData',
  'Schema',
  'Unspecified',
] as const;
type Relationship = (typeof relationships)[number];

/** What pdfkit's `doc.file(src, options)` reads; pdfmake passes each `files` entry through. */
interface EmbeddedFileOptions extends Attachment {
  name: string;
  description: string;
  relationship: Relationship;
  type: string;
  creationDate: Date;
  modifiedDate: Date;
}

const knownKeys = new Set([
  'src',
  'name',
  'description',
  'relationship',
  'type',
  'creationDate',
  'modifiedDate',
]);
const mimeType = /^[a-z0-9][a-z0-9!#$&^_.+-]*\/[a-z0-9][a-z0-9!#$&^_.+-]*$/i;
const base64DataUrl = /^data:([^;,]+);base64,([A-Za-z0-9+/]*={0,2})$/;

function fail(key: string, problem: string): never {
  throw new Error(`The file "${key}" attached to the PDF ${problem}.`);
}

function optionalText(entry: object, key: string, field: string): string | undefined {
  const value: unknown = Reflect.get(entry, field);
  if (value === undefined) return undefined;
  if (typeof value !== 'string') fail(key, `has a ${field} that is not text`);
  return value;
}

function optionalDate(entry: object, key: string, field: string): Date | undefined {
  const value: unknown = Reflect.get(entry, field);
  if (value === undefined) return undefined;
  if (!(value instanceof Date) || Number.isNaN(value.getTime())) {
    fail(key, `has a ${field} that is not a valid Date`);
  }
  return value;
}

function isRelationship(value: string): value is Relationship {
  return (relationships as readonly string[]).includes(value);
}

function checkedFile(key: string, entry: Attachment, now: Date): EmbeddedFileOptions {
  for (const field of Object.keys(entry)) {
    if (!knownKeys.has(field)) fail(key, `has an unknown option "${field}"`);
  }
  const src = optionalText(entry, key, 'src') ?? '';
  const data = base64DataUrl.exec(src);
  const dataType = data?.[1] ?? '';
  const payload = data?.[2] ?? '';
  if (data === null || payload.length % 4 !== 0 || !mimeType.test(dataType)) {
    fail(key, 'must come as a data:<type>;base64,… URL (no file path, no web address)');
  }
  const type = optionalText(entry, key, 'type') ?? dataType;
  if (!mimeType.test(type)) fail(key, `has a type that is not a MIME type: "${type}"`);
  const relationship = optionalText(entry, key, 'relationship') ?? 'Unspecified';
  if (!isRelationship(relationship)) fail(key, `has an unknown relationship "${relationship}"`);
  const name = optionalText(entry, key, 'name') ?? key;
  if (name.trim() === '') fail(key, 'has an empty name');
  return {
    src,
    name,
    description: optionalText(entry, key, 'description') ?? '',
    relationship,
    type,
    creationDate: optionalDate(entry, key, 'creationDate') ?? now,
    modifiedDate: optionalDate(entry, key, 'modifiedDate') ?? now,
  };
}

/**
 * The document's `files`, checked and copied before pdfmake sees them. Only in-memory bytes
 * (a base64 data URL) may be embedded: pdfmake's local access policy would refuse a path, but
 * a web address or a name in its virtual file system would be looked up. Each entry is a fresh
 * object with known keys only (pdfmake writes into it, and a stray `hidden` would keep the file
 * out of the attachment list). PDF/A-3 needs a MIME type and a ModDate on every embedded
 * file; pdfkit writes neither for a data URL unless asked, so they are filled in here.
 */
export function checkedFiles(
  files: Readonly<Record<string, Attachment>> | undefined,
  now: Date,
): Record<string, EmbeddedFileOptions> | undefined {
  if (files === undefined) return undefined;
  const checked: Record<string, EmbeddedFileOptions> = {};
  for (const [key, entry] of Object.entries(files)) {
    checked[key] = checkedFile(key, entry, now);
  }
  return checked;
}
