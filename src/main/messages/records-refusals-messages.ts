import { defineMessages } from '../../shared/i18n/define-messages';

/**
 * Main's refusals about the workbook's records: customers (customers/*), the approval and its
 * papers (approval/*, export/*), a record changed elsewhere (services/save-versioned.ts), in
 * area `refusals`.
 */
export const recordsRefusalsMessages = defineMessages('refusals', {
  en: {
    changedElsewhere: 'This was changed in another window. Reload to see the latest version.',
    // Customers (customers/customers-service.ts): `what` is an outreach or a feedback entry.
    customerRecordGone:
      'This {what, select, outreach {outreach} other {feedback entry}} is no longer in the list; it may have been deleted in another window. Reload to see the latest version.',
    customerRecordChanged:
      'This {what, select, outreach {outreach} other {feedback entry}} was changed in another window. Reload to see the latest version.',
    customerRecordsFull:
      'The workbook can hold at most {max, number} {what, select, outreach {outreaches} other {feedback entries}}. Delete one before adding another.',
    entryAlreadyBack: 'This entry is already in the list, so there is nothing to undo.',
    outreachDeleted:
      'The outreach this entry was recorded under has been deleted, so the entry cannot come back.',
    noComplaintLog:
      'There is no complaint log to link yet. Import it on the “Complaint log” tab of the Customers step first.',
    // Evidence links (customers/link-evidence.ts).
    evidenceGoalGone:
      'This goal is no longer in the list; it may have been deleted in another window. Reload and choose the goal again.',
    evidenceGoalInternal:
      'Customer feedback can only be the evidence for an external goal. Choose an external goal, or make a new one.',
    evidenceEntryGone:
      'This piece of feedback is no longer in the list; it may have been deleted in another window. Reload and try again.',
    evidenceLinksFull:
      'The workbook can hold at most {max, number} evidence links. Remove one before adding another.',
    // The complaint log (customers/complaints-service.ts).
    importGone:
      'This import is no longer in the list; it may have been removed in another window. Reload to see the latest version.',
    complaintGone:
      'This complaint is no longer in the log; its import may have been removed in another window. Reload to see the latest version.',
    // The approval (approval/*) and printing an approved revision (export/printable-version.ts).
    stillDraft:
      'Revision {revision} is still a draft: it can be changed as it is, so there is no need for a new revision.',
    notApprovedYet:
      'Revision {revision} has not been approved yet. Print the draft instead, or approve it first.',
    noApprovedRevision:
      'There is no approved revision {revision}. Reload to see the versions the board approved.',
    cannotPrint: 'Revision {revision} cannot be printed.',
    packetAfterApproval:
      'Revision {revision} is already approved, so there is no meeting left to prepare for. Print the minutes excerpt and the resolution instead.',
    noVoteYet:
      'No vote is recorded for revision {revision} yet. In step 7, record how each board member voted, then print the minutes excerpt and the resolution.',
  },
  es: {
    changedElsewhere:
      'Esto se cambió en otra ventana. Vuelva a cargar para ver la versión más reciente.',
    customerRecordGone:
      '{what, select, outreach {Esta consulta ya no está en la lista; puede que se haya borrado} other {Este comentario ya no está en la lista; puede que se haya borrado}} en otra ventana. Vuelva a cargar para ver la versión más reciente.',
    customerRecordChanged:
      '{what, select, outreach {Esta consulta} other {Este comentario}} se cambió en otra ventana. Vuelva a cargar para ver la versión más reciente.',
    customerRecordsFull:
      'El libro de trabajo puede tener como máximo {max, number} {what, select, outreach {consultas. Borre una antes de agregar otra.} other {comentarios. Borre uno antes de agregar otro.}}',
    entryAlreadyBack: 'Este comentario ya está en la lista, así que no hay nada que deshacer.',
    outreachDeleted:
      'Se borró la consulta en la que se anotó este comentario, así que el comentario no puede volver.',
    noComplaintLog:
      'Todavía no hay un registro de quejas que vincular. Impórtelo primero en la pestaña “Registro de quejas” del paso Clientes.',
    evidenceGoalGone:
      'Esta meta ya no está en la lista; puede que se haya borrado en otra ventana. Vuelva a cargar y elija la meta de nuevo.',
    evidenceGoalInternal:
      'Las opiniones de los clientes solo pueden respaldar una meta externa. Elija una meta externa, o cree una nueva.',
    evidenceEntryGone:
      'Este comentario ya no está en la lista; puede que se haya borrado en otra ventana. Vuelva a cargar e inténtelo de nuevo.',
    evidenceLinksFull:
      'El libro de trabajo puede tener como máximo {max, number} vínculos de respaldo. Quite uno antes de agregar otro.',
    importGone:
      'Esta importación ya no está en la lista; puede que se haya quitado en otra ventana. Vuelva a cargar para ver la versión más reciente.',
    complaintGone:
      'Esta queja ya no está en el registro; puede que su importación se haya quitado en otra ventana. Vuelva a cargar para ver la versión más reciente.',
    stillDraft:
      'La revisión {revision} todavía es un borrador: se puede cambiar tal como está, así que no hace falta una revisión nueva.',
    notApprovedYet:
      'La revisión {revision} todavía no está aprobada. Imprima el borrador, o apruébela primero.',
    noApprovedRevision:
      'No hay ninguna revisión {revision} aprobada. Vuelva a cargar para ver las versiones que aprobó la mesa directiva.',
    cannotPrint: 'La revisión {revision} no se puede imprimir.',
    packetAfterApproval:
      'La revisión {revision} ya está aprobada, así que no queda ninguna reunión que preparar. Imprima el extracto del acta y la resolución.',
    noVoteYet:
      'Todavía no hay votación anotada para la revisión {revision}. En el paso 7, anote cómo votó cada miembro de la mesa directiva y luego imprima el extracto del acta y la resolución.',
  },
});
