import { createHash } from 'node:crypto';
import type { PdfCheck } from '../../shared/api/approval-contract';
import { shortFingerprint } from '../../shared/domain/approval-rules/short-fingerprint';
import { plainDate } from '../../shared/domain/plain-date';
import { printedDate, type Language } from '../../shared/domain/printed-date';
import type { Workbook } from '../../shared/domain/workbook';
import { saidEach } from '../../shared/i18n/said-each';
import type { Said } from '../../shared/i18n/said';
import { refusal, refusalIn, type Refusal } from '../messages/refusal';
import { readPdfFile } from '../pdf/read-pdf-file';
import { auditOf } from '../services/records';

/** The file an approved agreement PDF carries: the exact bytes its fingerprint is the hash of. */
export const attachmentName = /^agreement-revision-(\d+)\.json$/;

/** The full fingerprint as the signature page prints it: 16 groups of 4 hex digits. */
const printedFull = /(?:[0-9A-F]{4}\s+){15}[0-9A-F]{4}/;

/**
 * A check's answer as main keeps it: the verdict, with its message still to be said, so the
 * window that asks reads it in its own language (and the command line in English).
 */
export type PdfVerdict = Omit<PdfCheck, 'message'> & { readonly message: Refusal };

/** The answer as the asker reads it. */
export function pdfCheckIn(check: PdfVerdict, language: Language): PdfCheck {
  return { ...check, message: refusalIn(check.message, language) };
}

/** A day as each language writes it: "March 9, 2027", "9 de marzo de 2027". */
function dayWords(day: string): Said {
  return saidEach({ en: plainDate(day), es: printedDate(day, 'es') });
}

/** What the attached record says of itself, for naming an agreement from elsewhere. */
function describeRecord(bytes: Uint8Array): Refusal | '' {
  try {
    const record = JSON.parse(new TextDecoder().decode(bytes)) as {
      content?: { revision?: unknown; utility?: { name?: unknown } };
      meeting?: { date?: unknown };
    };
    const name = record.content?.utility?.name;
    const revision = record.content?.revision;
    const date = record.meeting?.date;
    if (typeof name !== 'string' || typeof revision !== 'number') return '';
    return typeof date === 'string' && date !== ''
      ? refusal('refusals.pdfRecordSaysAdopted', { revision, name, date: dayWords(date) })
      : refusal('refusals.pdfRecordSays', { revision, name });
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
export function checkPdf(bytes: Uint8Array, workbook: Workbook | null): PdfVerdict {
  const reading = readPdfFile(bytes);
  if (reading.kind === 'not-a-pdf') {
    return verdict('unreadable', refusal('refusals.pdfNotAPdf'));
  }
  if (reading.kind === 'unreadable') {
    return verdict('unreadable', refusal('refusals.pdfUnreadable', { reason: reading.reason }));
  }
  const record = reading.attachments.find((file) => attachmentName.test(file.name));
  if (!record) {
    return verdict('altered', refusal('refusals.pdfNoRecord'));
  }
  const fingerprint = createHash('sha256').update(record.bytes).digest('hex');
  const printed = printedFull
    .exec(reading.pageText ?? '')?.[0]
    .replace(/\s+/g, '')
    .toLowerCase();
  if (printed === undefined) {
    return verdict('altered', refusal('refusals.pdfNoFingerprint'), null, fingerprint);
  }
  if (printed !== fingerprint) {
    return verdict(
      'altered',
      refusal('refusals.pdfAltered', { printed: shortFingerprint(printed) }),
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
      refusal('refusals.pdfUnknownHere', { short, record: describeRecord(record.bytes) }),
      null,
      fingerprint,
    );
  }
  if (check.state !== 'intact') {
    return verdict(
      'changed-here',
      refusal('refusals.pdfChangedHere', { revision: check.revision, short }),
      check.revision,
      fingerprint,
    );
  }
  const message = check.meetingDate
    ? refusal('refusals.pdfMatchesMeeting', {
        revision: check.revision,
        date: dayWords(check.meetingDate),
        short,
      })
    : refusal('refusals.pdfMatches', { revision: check.revision, short });
  return verdict('matches', message, check.revision, fingerprint);
}

function verdict(
  kind: PdfCheck['verdict'],
  message: Refusal,
  revision: number | null = null,
  fingerprint: string | null = null,
): PdfVerdict {
  return { verdict: kind, message, revision, fingerprint };
}
