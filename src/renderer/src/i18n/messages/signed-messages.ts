// A catalog area: one message a line, grouped by component.
import { defineMessages } from '@shared/i18n/define-messages';

/** The words of the signed agreement's view, copy checks and exports (features/signed/). */
export const signedMessages = defineMessages('signed', {
  en: {
    // SignedAgreementView
    intro:
      'Print the agreement the board approved, sign it, and share the one-page summary with customers.',
    gap: 'The board approves the agreement on {step}.',
    'problem.title': 'Revision {revision} cannot be printed as approved',
    'problem.alert': 'Changed after approval',
    'print.title': 'Print revision {revision}',
    'print.hint':
      'The agreement in force, approved at the board meeting of {date}. Its fingerprint is {fingerprint}.',
    'unapproved.title': 'Not approved yet',
    'unapproved.text':
      'The signed-off agreement is made once the board approves it on {step}. Until then you can print the draft, marked DRAFT, for the board packet.',
    'unapproved.goTo': 'Go to step {number}, “{title}”',
    'draft.title': 'Revision {revision} is a draft',
    'draft.text':
      'The board has not approved revision {draft} yet. The files above are revision {approved}, the one it approved.',
    'versions.title': 'Approved versions',
    'versions.hint':
      'Newest first. Each fingerprint belongs to exactly what the board approved; any of them can be printed again.',
    'copy.title': 'Check a printed copy',
    'copy.hint':
      'Is a paper copy the version the board approved? Type the fingerprint from its footer.',
    'pdf.title': 'Check a PDF file',
    'pdf.hint':
      'Is a PDF someone sent you the agreement the board approved, unchanged? LOS Builder reads the record it carries and compares it with the fingerprint printed on it.',
    // VersionList, and a copy that matches
    'version.title': 'Revision {revision}',
    'version.inForce': 'In force',
    'version.superseded': 'Superseded',
    'version.approved': 'Approved at the board meeting of {date} by Resolution No. {number}.',
    'version.recorded': 'Recorded in LOS Builder on {date}.',
    'version.problem': 'Cannot be printed as approved',
    'version.fingerprint': 'Fingerprint:',
    'version.fullFingerprint': 'Full fingerprint (SHA-256):',
    // CheckCopyPanel
    'copy.tooShort':
      'Type at least the first {digits} characters of the fingerprint, such as 3F2A-91BC.',
    'copy.label': 'Fingerprint on the printed copy',
    'copy.labelHint': 'In the footer of every page, such as 3F2A-91BC-0D4E-7A10.',
    'copy.check': 'Check this copy',
    'copy.matches': 'This copy matches revision {revision}',
    'copy.changedTitle':
      'The record of revision {revision} on this computer was changed after approval',
    'copy.changed':
      'The fingerprint you typed is the one revision {revision} was approved with, but the record kept here no longer matches it, so this computer cannot vouch for the paper copy.',
    'copy.noMatchTitle': 'It matches none of the approved versions',
    'copy.noMatch':
      'Check the characters against the paper. If they are right, this copy is not a version the board approved: it may be a draft, or it was changed.',
    notChecked: 'Not checked',
    // CheckPdfPanel
    'pdf.matches': 'This PDF is an approved revision',
    'pdf.unknown-here': 'Consistent, but not approved on this computer',
    'pdf.changed-here': 'The record on this computer was changed',
    'pdf.altered': 'This PDF was changed, or is not an approved copy',
    'pdf.choose': 'Choose a PDF file to check…',
    'pdf.file': 'Agreement PDF to check',
    'pdf.fileHint': 'A PDF of the agreement saved by LOS Builder, from this computer or another.',
    'pdf.filePlaceholder': 'Choose a PDF file',
    'pdf.tooLarge': '“{name}” is larger than 20 MB: choose the agreement PDF LOS Builder saved.',
    // ExportPanel
    'export.agreement':
      'The agreement with the approval record, the fingerprint on every page and a signature page for the president, the secretary and the operator.',
    'export.agreementEn': 'Save the agreement PDF',
    'export.agreementEs': 'Save the agreement in Spanish',
    'export.summary':
      'One page of the approved goals in plain words, for a bill insert, a newsletter or the yearly report to customers.',
    'export.summaryLanguage': 'Language of the customer summary',
    'export.en': 'English',
    'export.es': 'Spanish (Español)',
    'export.both': 'English and Spanish, side by side',
    'export.summaryButton': 'Save the customer summary',
    // VersionPrintButtons (the Spanish summary's button speaks to the reader of that paper)
    'reprint.agreement': 'Save revision {revision} as PDF',
    'reprint.agreementEs': 'Agreement in Spanish',
    'reprint.summaryEn': 'Customer summary (English)',
    'reprint.summaryEs': 'Resumen para clientes (Español)',
    'reprint.summaryBoth': 'Customer summary, English and Spanish',
    'reprint.minutes': 'Minutes excerpt and resolution',
    'reprint.minutesEs': 'Acta y resolución (español)',
    // signed-help
    'help.who': 'The board president and secretary sign; the operator prepares it',
    'help.signing.heading': 'Signing',
    'help.signing.text':
      'Print the agreement after the vote. The president signs, the secretary attests and the operator signs as the one who prepared it, each with the date.',
    'help.fingerprint.heading': 'The fingerprint',
    'help.fingerprint.text':
      'Every page carries a short fingerprint of exactly what the board approved. Type it in “{check}” to find out which version a paper copy is.',
    'help.customers.heading': 'Telling customers',
    'help.customers.text':
      'The one-page customer summary fits a bill insert, a newsletter or the yearly report you send customers. Print it in English or Spanish.',
    'help.nextYear.heading': 'Next year',
    'help.nextYear.text':
      'Review every goal at least once a year. Start a new revision from this one when the board wants to change it.',
  },
  es: {
    intro:
      'Imprima el acuerdo que aprobó la mesa directiva, fírmelo y comparta con los clientes el resumen de una página.',
    gap: 'La mesa directiva aprueba el acuerdo en {step}.',
    'problem.title': 'La revisión {revision} no se puede imprimir como aprobada',
    'problem.alert': 'Se cambió después de la aprobación',
    'print.title': 'Imprimir la revisión {revision}',
    'print.hint':
      'El acuerdo vigente, aprobado en la reunión de la mesa directiva del {date}. Su huella digital es {fingerprint}.',
    'unapproved.title': 'Todavía sin aprobar',
    'unapproved.text':
      'El acuerdo firmado se hace cuando la mesa directiva lo aprueba en {step}. Mientras tanto puede imprimir el borrador, marcado BORRADOR, para el paquete de la mesa directiva.',
    'unapproved.goTo': 'Ir al paso {number}, “{title}”',
    'draft.title': 'La revisión {revision} es un borrador',
    'draft.text':
      'La mesa directiva todavía no ha aprobado la revisión {draft}. Los archivos de arriba son de la revisión {approved}, la que aprobó.',
    'versions.title': 'Versiones aprobadas',
    'versions.hint':
      'La más reciente primero. Cada huella digital corresponde exactamente a lo que aprobó la mesa directiva; cualquiera se puede volver a imprimir.',
    'copy.title': 'Comprobar una copia impresa',
    'copy.hint':
      '¿Es una copia en papel la versión que aprobó la mesa directiva? Escriba la huella digital de su pie de página.',
    'pdf.title': 'Comprobar un archivo PDF',
    'pdf.hint':
      '¿Es un PDF que alguien le mandó el acuerdo que aprobó la mesa directiva, sin cambios? LOS Builder lee la constancia que lleva y la compara con la huella digital impresa en él.',
    'version.title': 'Revisión {revision}',
    'version.inForce': 'Vigente',
    'version.superseded': 'Reemplazada',
    'version.approved':
      'Aprobada en la reunión de la mesa directiva del {date} por la Resolución Núm. {number}.',
    'version.recorded': 'Registrada en LOS Builder el {date}.',
    'version.problem': 'No se puede imprimir como aprobada',
    'version.fingerprint': 'Huella digital:',
    'version.fullFingerprint': 'Huella digital completa (SHA-256):',
    'copy.tooShort':
      'Escriba por lo menos los primeros {digits} caracteres de la huella digital, por ejemplo 3F2A-91BC.',
    'copy.label': 'Huella digital de la copia impresa',
    'copy.labelHint': 'En el pie de cada página, por ejemplo 3F2A-91BC-0D4E-7A10.',
    'copy.check': 'Comprobar esta copia',
    'copy.matches': 'Esta copia corresponde a la revisión {revision}',
    'copy.changedTitle':
      'La constancia de la revisión {revision} en esta computadora se cambió después de la aprobación',
    'copy.changed':
      'La huella digital que escribió es la de la revisión {revision} cuando se aprobó, pero la constancia guardada aquí ya no corresponde, así que esta computadora no puede responder por la copia en papel.',
    'copy.noMatchTitle': 'No corresponde a ninguna de las versiones aprobadas',
    'copy.noMatch':
      'Compare los caracteres con el papel. Si están bien, esta copia no es una versión que aprobó la mesa directiva: puede ser un borrador, o fue cambiada.',
    notChecked: 'Sin comprobar',
    'pdf.matches': 'Este PDF es una revisión aprobada',
    'pdf.unknown-here': 'Coherente, pero no aprobado en esta computadora',
    'pdf.changed-here': 'La constancia en esta computadora se cambió',
    'pdf.altered': 'Este PDF se cambió, o no es una copia aprobada',
    'pdf.choose': 'Escoger un archivo PDF para comprobar…',
    'pdf.file': 'PDF del acuerdo para comprobar',
    'pdf.fileHint': 'Un PDF del acuerdo guardado por LOS Builder, en esta computadora o en otra.',
    'pdf.filePlaceholder': 'Escoja un archivo PDF',
    'pdf.tooLarge': '“{name}” pesa más de 20 MB: escoja el PDF del acuerdo que guardó LOS Builder.',
    'export.agreement':
      'El acuerdo con la constancia de aprobación, la huella digital en cada página y una página de firmas para el presidente, el secretario y el operador.',
    'export.agreementEn': 'Guardar el acuerdo en inglés',
    'export.agreementEs': 'Guardar el acuerdo en español',
    'export.summary':
      'Una página con las metas aprobadas en palabras sencillas, para un aviso con la factura, un boletín o el informe anual a los clientes.',
    'export.summaryLanguage': 'Idioma del resumen para clientes',
    'export.en': 'Inglés (English)',
    'export.es': 'Español',
    'export.both': 'Inglés y español, lado a lado',
    'export.summaryButton': 'Guardar el resumen para clientes',
    'reprint.agreement': 'Guardar la revisión {revision} en inglés',
    'reprint.agreementEs': 'Acuerdo en español',
    'reprint.summaryEn': 'Resumen para clientes (inglés)',
    'reprint.summaryEs': 'Resumen para clientes (español)',
    'reprint.summaryBoth': 'Resumen para clientes, en inglés y en español',
    'reprint.minutes': 'Extracto del acta y resolución (inglés)',
    'reprint.minutesEs': 'Acta y resolución (español)',
    'help.who': 'Firman el presidente y el secretario de la mesa directiva; el operador lo prepara',
    'help.signing.heading': 'La firma',
    'help.signing.text':
      'Imprima el acuerdo después de la votación. El presidente firma, el secretario da fe y el operador firma como quien lo preparó, cada uno con la fecha.',
    'help.fingerprint.heading': 'La huella digital',
    'help.fingerprint.text':
      'Cada página lleva una huella digital corta de exactamente lo que aprobó la mesa directiva. Escríbala en “{check}” para saber qué versión es una copia en papel.',
    'help.customers.heading': 'Avisar a los clientes',
    'help.customers.text':
      'El resumen para clientes de una página cabe en un aviso con la factura, un boletín o el informe anual que usted manda a los clientes. Imprímalo en inglés o en español.',
    'help.nextYear.heading': 'El próximo año',
    'help.nextYear.text':
      'Revise cada meta por lo menos una vez al año. Empiece una nueva revisión a partir de esta cuando la mesa directiva quiera cambiarla.',
  },
});
