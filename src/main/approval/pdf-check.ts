import { createHash } from 'node:crypto';
import type { PdfCheck } from '../../shared/api/approval-contract';
import { shortFingerprint } from '../../shared/domain/approval-rules/short-fingerprint';
import { plainDate } from '../../shared/domain/plain-date';
import type { Workbook } from '../../shared/domain/workbook';
import { readPdfFile } from '../pdf/read-pdf-file';
import { auditOf } from '../services/records';

/** The file an approved agreement PDF carries: the exact bytes its fingerprint is the hash of. */
export const attachmentName = /^agreement-revision-(\d+)\.json$/;

/** The full fingerprint as the signature page prints it: 16 groups of 4 hex digits. */
const printedFull = /(?:[0-9A-F]{4}\s+){15}[0-9A-F]{4}/;

/** What the attached record says of itself, for naming an agreement from elsewhere. */
function describeRecord(bytes: Uint8Array): string {
  try {
    const record = JSON.parse(new TextDecoder().decode(bytes)) as {
      content?: { revision?: unknown; utility?: { name?: unknown } };
      meeting?: { date?: unknown };
    };
    const name = record.content?.utility?.name;
    const revision = record.content?.revision;
    const date = record.meeting?.date;
    if (typeof name !== 'string' || typeof revision !== 'number') return '';
    const adopted = typeof date === 'string' && date !== '' ? `, adopted ${plainDate(date)}` : '';
    return ` It says it is revision ${revision} of ${name}'s agreement${adopted}.`;
  } catch {
    return '';
  }
}

/**
 * Checks an agreement PDF: the record attached to it must hash to the fingerprint printed on
 * its signature page (otherwise the file was altered), and that fingerprint is then looked up
 * among the revisions approved on this computer, whose own records are checked too. `workbook`
 * is null where there is no data on this computer (the command line without a data folder).
 */
export function checkPdf(bytes: Uint8Array, workbook: Workbook | null): PdfCheck {
  const reading = readPdfFile(bytes);
  if (reading.kind === 'not-a-pdf') {
    return verdict(
      'unreadable',
      'This file is not a PDF. Choose the agreement PDF that LOS Builder saved.',
    );
  }
  if (reading.kind === 'unreadable') {
    return verdict('unreadable', `This PDF could not be read: ${reading.reason}.`);
  }
  const record = reading.attachments.find((file) => attachmentName.test(file.name));
  if (!record) {
    return verdict(
      'altered',
      'This PDF carries no record of an approved agreement: it is a draft, was made by another program, or the record was removed from it.',
    );
  }
  const fingerprint = createHash('sha256').update(record.bytes).digest('hex');
  const printed = printedFull
    .exec(reading.pageText ?? '')?.[0]
    .replace(/\s+/g, '')
    .toLowerCase();
  if (printed === undefined) {
    return verdict(
      'altered',
      'The fingerprint printed on this PDF’s signature page could not be found, so the file cannot be vouched for: it was changed, or it is not an agreement LOS Builder saved.',
      null,
      fingerprint,
    );
  }
  if (printed !== fingerprint) {
    return verdict(
      'altered',
      `This PDF was changed after it was made: the record inside it does not match the fingerprint printed on its signature page (${shortFingerprint(printed)}).`,
      null,
      fingerprint,
    );
  }
  const short = shortFingerprint(fingerprint);
  const check = workbook
    ? auditOf(workbook).revisions.findLast((each) => each.fingerprint === fingerprint)
    : undefined;
  if (!check) {
    return verdict(
      'unknown-here',
      `This PDF is consistent: the record inside it matches the fingerprint printed on it, ${short}. It is not a revision approved on this computer, so it may come from another utility or another computer.${describeRecord(record.bytes)}`,
      null,
      fingerprint,
    );
  }
  if (check.state !== 'intact') {
    return verdict(
      'changed-here',
      `This PDF is revision ${check.revision} as the board approved it (fingerprint ${short}), but the record of revision ${check.revision} on this computer was changed after approval. Rely on this PDF or the signed paper copy, and restore a backup from before the change.`,
      check.revision,
      fingerprint,
    );
  }
  const meeting = check.meetingDate
    ? `, approved at the board meeting of ${plainDate(check.meetingDate)}`
    : '';
  return verdict(
    'matches',
    `This PDF matches revision ${check.revision}${meeting}, as kept on this computer. Its fingerprint is ${short}.`,
    check.revision,
    fingerprint,
  );
}

function verdict(
  kind: PdfCheck['verdict'],
  message: string,
  revision: number | null = null,
  fingerprint: string | null = null,
): PdfCheck {
  return { verdict: kind, message, revision, fingerprint };
}
