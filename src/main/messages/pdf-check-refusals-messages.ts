import { defineMessages } from '../../shared/i18n/define-messages';

/**
 * The verdicts of "Check a PDF" (approval/pdf-check.ts) and why a PDF could not be read
 * (pdf/read-pdf-file.ts), in area `refusals`: said by the handler in the asking window's
 * language, and in English on the command line. `{short}` and `{printed}` are fingerprints,
 * `{date}` a day already in the reader's words, `{reason}` and `{record}` nested refusals.
 */
export const pdfCheckRefusalsMessages = defineMessages('refusals', {
  en: {
    pdfNotAPdf: 'This file is not a PDF. Choose the agreement PDF that LOS Builder saved.',
    pdfUnreadable: 'This PDF could not be read: {reason}.',
    // Why a PDF could not be read: clauses that follow "could not be read: ".
    pdfCutShort:
      'the file stops before the end of the PDF; it was probably cut short while being copied or downloaded',
    pdfNothingReadable: 'it is damaged: no part of it can be read as a PDF',
    pdfEncrypted: 'it is encrypted',
    pdfDamaged: 'it is damaged',
    pdfAttachmentDamaged:
      'the attached file "{name}" is damaged, or stored in a way LOS Builder cannot read',
    pdfNoRecord:
      'This PDF carries no record of an approved agreement: it is a draft, was made by another program, or the record was removed from it.',
    pdfNoFingerprint:
      'The fingerprint printed on this PDF’s signature page could not be found, so the file cannot be vouched for: it was changed, or it is not an agreement LOS Builder saved.',
    pdfAltered:
      'This PDF was changed after it was made: the record inside it does not match the fingerprint printed on its signature page ({printed}).',
    pdfUnknownHere:
      'This PDF is consistent: the record inside it matches the fingerprint printed on it, {short}. It is not a revision approved on this computer, so it may come from another utility or another computer.{record}',
    // What the attached record says of itself (`{record}` above), with its leading space.
    pdfRecordSays: " It says it is revision {revision} of {name}'s agreement.",
    pdfRecordSaysAdopted:
      " It says it is revision {revision} of {name}'s agreement, adopted {date}.",
    pdfChangedHere:
      'This PDF is revision {revision} as the board approved it (fingerprint {short}), but the record of revision {revision} on this computer was changed after approval. Rely on this PDF or the signed paper copy, and restore a backup from before the change.',
    pdfMatches:
      'This PDF matches revision {revision}, as kept on this computer. Its fingerprint is {short}.',
    pdfMatchesMeeting:
      'This PDF matches revision {revision}, approved at the board meeting of {date}, as kept on this computer. Its fingerprint is {short}.',
  },
  es: {
    pdfNotAPdf: 'Este archivo no es un PDF. Escoja el PDF del acuerdo que guardó LOS Builder.',
    pdfUnreadable: 'No se pudo leer este PDF: {reason}.',
    pdfCutShort:
      'el archivo termina antes del final del PDF; probablemente se cortó al copiarlo o descargarlo',
    pdfNothingReadable: 'está dañado: ninguna parte se puede leer como PDF',
    pdfEncrypted: 'está cifrado',
    pdfDamaged: 'está dañado',
    pdfAttachmentDamaged:
      'el archivo adjunto "{name}" está dañado, o guardado de una manera que LOS Builder no puede leer',
    pdfNoRecord:
      'Este PDF no lleva la constancia de un acuerdo aprobado: es un borrador, lo hizo otro programa, o se le quitó la constancia.',
    pdfNoFingerprint:
      'No se encontró la huella digital impresa en la página de firmas de este PDF, así que no se puede responder por el archivo: se cambió, o no es un acuerdo que guardó LOS Builder.',
    pdfAltered:
      'Este PDF se cambió después de hacerse: la constancia que lleva dentro no coincide con la huella digital impresa en su página de firmas ({printed}).',
    pdfUnknownHere:
      'Este PDF es coherente: la constancia que lleva dentro coincide con la huella digital impresa en él, {short}. No es una revisión aprobada en esta computadora, así que puede venir de otro sistema o de otra computadora.{record}',
    pdfRecordSays: ' Dice ser la revisión {revision} del acuerdo de {name}.',
    pdfRecordSaysAdopted:
      ' Dice ser la revisión {revision} del acuerdo de {name}, aprobada el {date}.',
    pdfChangedHere:
      'Este PDF es la revisión {revision} tal como la aprobó la mesa directiva (huella digital {short}), pero la constancia de la revisión {revision} en esta computadora se cambió después de la aprobación. Confíe en este PDF o en la copia firmada en papel, y restaure una copia de respaldo de antes del cambio.',
    pdfMatches:
      'Este PDF coincide con la revisión {revision}, tal como se guarda en esta computadora. Su huella digital es {short}.',
    pdfMatchesMeeting:
      'Este PDF coincide con la revisión {revision}, aprobada en la reunión de la mesa directiva del {date}, tal como se guarda en esta computadora. Su huella digital es {short}.',
  },
});
