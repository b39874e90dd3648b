import { describe, expect, it } from 'vitest';
import { sha256Hex } from '../../../src/main/services/records';
import { fingerprintText } from '../../../src/shared/domain/approval-rules/compute-fingerprint';
import { meetingAfterToday } from '../../../src/shared/domain/approval-rules/meeting-after-today';
import {
  storedOutcomeSaid,
  voteOutcome,
} from '../../../src/shared/domain/approval-rules/vote-outcome';
import { auditRecords } from '../../../src/shared/domain/approved/audit-records';
import { currentSnapshotFormat } from '../../../src/shared/domain/approved/stored-approval';
import { emptyWorkbook, type Workbook } from '../../../src/shared/domain/workbook';
import { recordsMessages } from '../../../src/shared/i18n/messages/records-messages';
import type { Said } from '../../../src/shared/i18n/said';
import { sayIn } from '../../../src/shared/i18n/say-in';
import { workedExampleContent, workedExampleMeeting } from '../approval-rules/approval-fixtures';
import { storedSnapshot } from '../approval-rules/snapshot-fixtures';

const spanish = (message: Said) => sayIn(message, 'es');
const english = (message: Said) => sayIn(message, 'en');

/** The worked example approved as revision 1 (meeting of March 12, 2026), closed and intact. */
function approvedWorkbook(): Workbook {
  const workbook = emptyWorkbook();
  const content = workedExampleContent();
  workbook.utility.value = { ...workbook.utility.value, board: content.utility.board };
  workbook.approvals = [storedSnapshot(currentSnapshotFormat, content)];
  workbook.agreement = { revision: 1, status: 'approved' };
  return workbook;
}

const problemsOf = (workbook: Workbook) => auditRecords(workbook, sha256Hex).problems;

describe('the records check in Spanish', () => {
  it('finds nothing in an intact approval', () => {
    expect(problemsOf(approvedWorkbook())).toEqual([]);
  });

  it('names an approval changed after the vote, with its meeting day in each language', () => {
    const workbook = approvedWorkbook();
    const content = workbook.approvals[0]!.content as { goals: Array<{ target: number }> };
    content.goals[0]!.target = 99;
    const [problem, ...rest] = problemsOf(workbook);
    expect(rest).toEqual([]);
    expect(spanish(problem!)).toBe(
      'En esta computadora se cambió la revisión 1, aprobada en la reunión de la mesa directiva del 12 de marzo de 2026, después de su aprobación: ya no coincide con su huella digital, así que no se imprimirá como aprobada. Restaure una copia de respaldo de antes del cambio, o use la copia firmada en papel.',
    );
    expect(english(problem!)).toBe(
      'Revision 1, approved at the board meeting of March 12, 2026, was changed on this computer after the board approved it: it no longer matches its fingerprint, so it will not be printed as approved. Restore a backup from before the change, or rely on the signed paper copy.',
    );
  });

  it('names an unreadable approval, without a meeting day when none can be read', () => {
    const workbook = approvedWorkbook();
    // A record whose fingerprint matches but which no snapshot format reads, with no meeting day.
    const stored = storedSnapshot(currentSnapshotFormat, { revision: 1 });
    const covered = { ...stored, meeting: { ...workedExampleMeeting(), date: '' } };
    workbook.approvals = [{ ...covered, fingerprint: sha256Hex(fingerprintText(covered)) }];
    const [problem] = problemsOf(workbook);
    expect(spanish(problem!)).toBe(
      'En esta computadora no se puede leer la revisión 1 porque el archivo de datos se cambió fuera de LOS Builder, así que no se imprimirá como aprobada. Restaure una copia de respaldo de antes del cambio, o use la copia firmada en papel.',
    );
    expect(english(problem!)).toBe(
      'Revision 1 cannot be read on this computer (the data file was changed outside LOS Builder), so it will not be printed as approved. Restore a backup from before the change, or rely on the signed paper copy.',
    );
  });

  it('names a revision kept twice once, and the numbering it breaks', () => {
    const workbook = approvedWorkbook();
    workbook.approvals.push(structuredClone(workbook.approvals[0]!));
    expect(problemsOf(workbook).map(spanish)).toEqual([
      'La revisión 1 está registrada más de una vez, algo que LOS Builder nunca hace: el archivo de datos se cambió fuera de LOS Builder. Ninguna de las dos copias se imprimirá como aprobada. Restaure una copia de respaldo de antes del cambio, o use la copia firmada en papel.',
      'Las revisiones aprobadas en esta computadora están numeradas 1, 1, no 1, 2, 3…: el archivo de datos se cambió fuera de LOS Builder. Restaure una copia de respaldo de antes del cambio, o use la copia firmada en papel.',
    ]);
  });

  it('names an approved revision marked as a draft, and an approval that is missing', () => {
    const marked = approvedWorkbook();
    marked.agreement.status = 'draft';
    expect(problemsOf(marked).map(spanish)).toEqual([
      'El archivo de datos marca la revisión 1, aprobada en la reunión de la mesa directiva del 12 de marzo de 2026, como borrador: el archivo de datos se cambió fuera de LOS Builder. Sigue aprobada y bloqueada; para hacer cambios, empiece una nueva revisión.',
    ]);
    const emptied = approvedWorkbook();
    emptied.approvals = [];
    expect(problemsOf(emptied).map(spanish)).toEqual([
      'El archivo de datos dice que la revisión 1 fue aprobada, pero no se guarda ninguna revisión 1 aprobada: el archivo de datos se cambió fuera de LOS Builder. Sigue bloqueada y no se imprimirá. Restaure una copia de respaldo de antes del cambio, o use la copia firmada en papel.',
    ]);
  });

  it('names earlier approvals that are missing, one and two, the English as it always was', () => {
    const second = emptyWorkbook();
    second.agreement = { revision: 2, status: 'draft' };
    const [one] = problemsOf(second);
    expect(spanish(one!)).toBe(
      'Se está escribiendo la revisión 2, pero no se guarda la revisión aprobada 1: el archivo de datos se cambió fuera de LOS Builder. Restaure una copia de respaldo de antes del cambio, o use la copia firmada en papel.',
    );
    const third = emptyWorkbook();
    third.agreement = { revision: 3, status: 'draft' };
    const [two] = problemsOf(third);
    expect(spanish(two!)).toBe(
      'Se está escribiendo la revisión 3, pero no se guardan las revisiones aprobadas 1, 2: el archivo de datos se cambió fuera de LOS Builder. Restaure una copia de respaldo de antes del cambio, o use la copia firmada en papel.',
    );
    expect(english(two!)).toBe(
      'Revision 3 is being written, but approved revision 1, 2 is not kept: the data file was changed outside LOS Builder. Restore a backup from before the change, or rely on the signed paper copy.',
    );
  });

  it('names goals sharing an id and a vote by someone not on the board', () => {
    const workbook = approvedWorkbook();
    workbook.agreement = { revision: 2, status: 'draft' };
    const [goal] = workedExampleContent().goals;
    workbook.goals = [
      { ...goal!, rev: 0 },
      { ...goal!, rev: 0 },
    ];
    workbook.meeting.value.votes = [{ memberId: 'stranger', vote: 'aye' }];
    expect(problemsOf(workbook).map(spanish)).toEqual([
      `Dos metas tienen el mismo identificador, "${goal!.id}": el archivo de datos se cambió fuera de LOS Builder. Revise las metas, o restaure una copia de respaldo de antes del cambio.`,
      'La votación registrada nombra a alguien que no está en la mesa directiva (identificador "stranger"): el archivo de datos se cambió fuera de LOS Builder. Revise los votos en el paso 7, o restaure una copia de respaldo de antes del cambio.',
    ]);
  });
});

describe('the warning before approving at a later meeting', () => {
  it('says the meeting day in the reader’s language, and nothing for today', () => {
    const meeting = { ...workedExampleMeeting(), date: '2027-07-14' };
    const warning = meetingAfterToday(meeting, '2027-06-01');
    expect(warning && spanish(warning)).toBe(
      'La fecha de la reunión, 14 de julio de 2027, es posterior a hoy. Registre la votación después de la reunión.',
    );
    expect(warning && english(warning)).toBe(
      'The meeting date, July 14, 2027, is after today. Record the vote after the meeting.',
    );
    expect(meetingAfterToday(meeting, '2027-07-14')).toBeNull();
  });
});

describe('a kept approval’s outcome', () => {
  // What the worked example's record keeps: 2–0, with Tom Begay absent.
  const meeting = workedExampleMeeting();
  const outcome = voteOutcome(meeting, workedExampleContent().utility.board);

  it('is said again from the stored tally, the English exactly what was stored', () => {
    const said = storedOutcomeSaid(outcome, meeting.threshold);
    expect(english(said)).toBe(outcome.summary);
    expect(english(said)).toBe('Carried 2–0, 1 absent.');
    expect(spanish(said)).toBe('Aprobada 2–0, 1 ausente.');
  });

  it('keeps a summary worded otherwise as stored in English, and works out the Spanish', () => {
    const older = { ...outcome, summary: 'Carried 2–0, with 1 member absent.' };
    const said = storedOutcomeSaid(older, meeting.threshold);
    expect(english(said)).toBe('Carried 2–0, with 1 member absent.');
    expect(spanish(said)).toBe('Aprobada 2–0, 1 ausente.');
  });
});

describe('the records area', () => {
  it('has no English left in its Spanish', () => {
    for (const [key, text] of Object.entries(recordsMessages.en)) {
      expect(recordsMessages.es[key as keyof typeof recordsMessages.es], key).not.toBe(text);
    }
  });
});
