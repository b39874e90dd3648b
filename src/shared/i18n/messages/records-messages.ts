import { defineMessages } from '../define-messages';

/**
 * What the check of the board's records found (approved/audit-records.ts) and the warning before
 * approving at a meeting dated after today, in area `records`.
 * `{name}` is a revision's name (`name` or `nameApproved`), `{date}` a day already worded in the
 * reader's language; ids and revision numbers come as they are stored.
 */
export const recordsMessages = defineMessages('records', {
  en: {
    // A revision's name inside a sentence (revisionName).
    name: 'Revision {revision}',
    nameApproved: 'Revision {revision}, approved at the board meeting of {date},',

    // One kept approval that cannot be trusted (revisionProblem).
    altered:
      '{name} was changed on this computer after the board approved it: it no longer matches its fingerprint, so it will not be printed as approved. Restore a backup from before the change, or rely on the signed paper copy.',
    unreadable:
      '{name} cannot be read on this computer (the data file was changed outside LOS Builder), so it will not be printed as approved. Restore a backup from before the change, or rely on the signed paper copy.',
    duplicate:
      'Revision {revision} is recorded more than once, which LOS Builder never does: the data file was changed outside LOS Builder. Neither copy will be printed as approved. Restore a backup from before the change, or rely on the signed paper copy.',

    // The working copy against the approvals kept (workingCopyProblems).
    outOfOrder:
      'The approved revisions on this computer are numbered {numbers}, not 1, 2, 3…: the data file was changed outside LOS Builder. Restore a backup from before the change, or rely on the signed paper copy.',
    markedDraft:
      'The data file marks {name} as a draft: the data file was changed outside LOS Builder. It stays approved and locked; start a new revision to make changes.',
    approvalMissing:
      'The data file says revision {revision} was approved, but no approved revision {revision} is kept: the data file was changed outside LOS Builder. It stays locked and will not be printed. Restore a backup from before the change, or rely on the signed paper copy.',
    // The English names the missing revisions as it always has ("revision 1, 2"); the plural is
    // there for Spanish, which makes the verb agree.
    earlierMissing:
      'Revision {revision} is being written, but {count, plural, other {approved revision {missing} is}} not kept: the data file was changed outside LOS Builder. Restore a backup from before the change, or rely on the signed paper copy.',

    // Entries the app never writes (entryProblems).
    sharedGoalId:
      'Two goals share the id "{id}": the data file was changed outside LOS Builder. Check the goals, or restore a backup from before the change.',
    strangerVote:
      'The recorded vote names someone who is not on the board (id "{id}"): the data file was changed outside LOS Builder. Check the votes in step 7, or restore a backup from before the change.',

    // Before approving (approval-rules/meeting-after-today.ts).
    meetingAfterToday:
      'The meeting date, {date}, is after today. Record the vote after the meeting.',
  },
  es: {
    name: 'la revisión {revision}',
    nameApproved: 'la revisión {revision}, aprobada en la reunión de la mesa directiva del {date},',

    altered:
      'En esta computadora se cambió {name} después de su aprobación: ya no coincide con su huella digital, así que no se imprimirá como aprobada. Restaure una copia de respaldo de antes del cambio, o use la copia firmada en papel.',
    unreadable:
      'En esta computadora no se puede leer {name} porque el archivo de datos se cambió fuera de LOS Builder, así que no se imprimirá como aprobada. Restaure una copia de respaldo de antes del cambio, o use la copia firmada en papel.',
    duplicate:
      'La revisión {revision} está registrada más de una vez, algo que LOS Builder nunca hace: el archivo de datos se cambió fuera de LOS Builder. Ninguna de las dos copias se imprimirá como aprobada. Restaure una copia de respaldo de antes del cambio, o use la copia firmada en papel.',

    outOfOrder:
      'Las revisiones aprobadas en esta computadora están numeradas {numbers}, no 1, 2, 3…: el archivo de datos se cambió fuera de LOS Builder. Restaure una copia de respaldo de antes del cambio, o use la copia firmada en papel.',
    markedDraft:
      'El archivo de datos marca {name} como borrador: el archivo de datos se cambió fuera de LOS Builder. Sigue aprobada y bloqueada; para hacer cambios, empiece una nueva revisión.',
    approvalMissing:
      'El archivo de datos dice que la revisión {revision} fue aprobada, pero no se guarda ninguna revisión {revision} aprobada: el archivo de datos se cambió fuera de LOS Builder. Sigue bloqueada y no se imprimirá. Restaure una copia de respaldo de antes del cambio, o use la copia firmada en papel.',
    earlierMissing:
      'Se está escribiendo la revisión {revision}, pero no se {count, plural, one {guarda la revisión aprobada {missing}} other {guardan las revisiones aprobadas {missing}}}: el archivo de datos se cambió fuera de LOS Builder. Restaure una copia de respaldo de antes del cambio, o use la copia firmada en papel.',

    sharedGoalId:
      'Dos metas tienen el mismo identificador, "{id}": el archivo de datos se cambió fuera de LOS Builder. Revise las metas, o restaure una copia de respaldo de antes del cambio.',
    strangerVote:
      'La votación registrada nombra a alguien que no está en la mesa directiva (identificador "{id}"): el archivo de datos se cambió fuera de LOS Builder. Revise los votos en el paso 7, o restaure una copia de respaldo de antes del cambio.',

    meetingAfterToday:
      'La fecha de la reunión, {date}, es posterior a hoy. Registre la votación después de la reunión.',
  },
});
