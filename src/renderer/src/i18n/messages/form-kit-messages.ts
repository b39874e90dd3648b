import { defineMessages } from '@shared/i18n/define-messages';

/** The words of the shared form pieces (src/renderer/src/form-kit/). */
export const formMessages = defineMessages('form', {
  en: {
    retry: 'Retry',
    reload: 'Reload',
    cancel: 'Cancel',
    undo: 'Undo',
    // StepLayout and StepLoader.
    stepNumber: 'Step {number}',
    openingStep: 'Opening step {number}…',
    stepOpenFailed: 'Could not open this step',
    // GapList and HelpPanel, beside every step.
    'gaps.title': 'To finish this step',
    'gaps.none': '✓ Everything this step needs is filled in.',
    'help.title': 'Help for this step',
    'help.who': 'Who fills this in',
    // FrozenBanner.
    'frozen.title': 'Revision {revision} is approved and frozen',
    'frozen.approvedElsewhere':
      'The board’s approval was recorded in another window while this one was open. This page may not show what was approved, and nothing typed here can be saved any more. Reload to see the approved version.',
    'frozen.body':
      'The board approved this version, so it can be read but not changed. To change anything, start a new revision: a copy you can edit, for the board to approve again.',
    'frozen.startRevision': 'Start a new revision',
    // agreement-context: an approval or a new revision in another window.
    'elsewhere.approved': 'Revision {revision} was approved in another window',
    'elsewhere.started': 'Revision {revision} was started in another window',
    'elsewhere.readOnly':
      'This window is read-only now. Use Reload in the notice at the top of the step to see what was approved.',
    'elsewhere.newDraft': 'This window now shows the new draft.',
    // blocked-messages: why the user must stay on a step or in an editor.
    'blocked.saving': 'Your changes are still being saved. Try again in a moment.',
    'blocked.invalid':
      'Fix the field marked in red (or empty it) before moving on, so nothing you typed is lost.',
    'blocked.failed':
      'Your last changes are not saved yet. Press Retry next to the step title first.',
    'blocked.conflict':
      'Another window changed a field you typed in. At each field marked “Not saved”, choose “Keep mine” or “Use the other window’s” first.',
    'blocked.stale':
      'Another window changed this and it could not be read again here. Press Reload next to the step title first.',
    // ConflictMark, after "Not saved — changed in another window".
    'conflict.text': ', which has “{value}”. Your text is kept until you choose.',
    'conflict.number': ', which has {value}. Your text is kept until you choose.',
    'conflict.empty': ', which left it empty. Your text is kept until you choose.',
    'conflict.other': '. Your text is kept until you choose.',
    // DateField.
    'date.placeholder': 'Month/day/year',
    'date.pick': 'Pick {label} on a calendar',
    'date.opening': 'Opening the calendar',
    'date.previousMonth': 'Previous month',
    'date.nextMonth': 'Next month',
    'date.previousYear': 'Previous year',
    'date.nextYear': 'Next year',
    'date.previousDecade': 'Previous decade',
    'date.nextDecade': 'Next decade',
    'date.monthLevel': 'Choose another month',
    'date.yearLevel': 'Choose another year',
    // RowFieldset.
    remove: 'Remove',
    'remove.label': 'Remove {legend}',
    // EvidenceLines.
    customersSaid: 'Customers said:',
    nothingLinked: 'nothing linked yet.',
    // CSV imports: the file chooser, the columns, the rows that stop an import.
    'csv.reading': 'Reading the file…',
    'csv.previewing': 'Checking every row…',
    'csv.chooseAnother': 'Choose another file…',
    'csv.file': 'File:',
    'csv.tooBig':
      '“{name}” is {size} MB, larger than the {limit} MB LOS Builder reads at once. Split it by year and import each part.',
    'csv.notInFile': 'Not in this file',
    'csv.chooseColumns': 'Choose the columns first',
    'csv.problems':
      '{count, plural, one {# problem} other {# problems}}: nothing can be imported until the file is fixed',
    'csv.problems.fix':
      'Fix these rows in the spreadsheet (row 1 is the header), save it as CSV and choose it again, or choose other columns above.',
    'csv.problems.label': 'Problems in the file',
    'csv.problems.more': '…and {count, plural, one {# more problem} other {# more problems}}.',
  },
  es: {
    retry: 'Intentar de nuevo',
    reload: 'Volver a cargar',
    cancel: 'Cancelar',
    undo: 'Deshacer',
    stepNumber: 'Paso {number}',
    openingStep: 'Abriendo el paso {number}…',
    stepOpenFailed: 'No se pudo abrir este paso',
    'gaps.title': 'Para terminar este paso',
    'gaps.none': '✓ Todo lo que este paso necesita está completo.',
    'help.title': 'Ayuda para este paso',
    'help.who': 'Quién lo llena',
    'frozen.title': 'La revisión {revision} está aprobada y congelada',
    'frozen.approvedElsewhere':
      'La aprobación de la mesa directiva se registró en otra ventana mientras esta estaba abierta. Puede que esta página no muestre lo que se aprobó, y ya no se puede guardar nada de lo que escriba aquí. Vuelva a cargar para ver la versión aprobada.',
    'frozen.body':
      'La mesa directiva aprobó esta versión, así que se puede leer pero no cambiar. Para cambiar algo, comience una nueva revisión: una copia que puede editar, para que la mesa directiva la vuelva a aprobar.',
    'frozen.startRevision': 'Comenzar una nueva revisión',
    'elsewhere.approved': 'La revisión {revision} se aprobó en otra ventana',
    'elsewhere.started': 'La revisión {revision} se comenzó en otra ventana',
    'elsewhere.readOnly':
      'Esta ventana ahora es solo de lectura. Use Volver a cargar en el aviso de arriba del paso para ver lo que se aprobó.',
    'elsewhere.newDraft': 'Esta ventana ahora muestra el nuevo borrador.',
    'blocked.saving': 'Sus cambios todavía se están guardando. Inténtelo de nuevo en un momento.',
    'blocked.invalid':
      'Corrija el campo marcado en rojo (o déjelo vacío) antes de seguir, para que no se pierda nada de lo que escribió.',
    'blocked.failed':
      'Sus últimos cambios aún no están guardados. Primero presione Intentar de nuevo junto al título del paso.',
    'blocked.conflict':
      'Otra ventana cambió un campo en el que usted escribió. En cada campo marcado “Sin guardar”, elija primero “Conservar el mío” o “Usar el de la otra ventana”.',
    'blocked.stale':
      'Otra ventana cambió esto y no se pudo volver a leer aquí. Primero presione Volver a cargar junto al título del paso.',
    'conflict.text': ', donde dice “{value}”. Su texto se conserva hasta que usted elija.',
    'conflict.number': ', donde dice {value}. Su texto se conserva hasta que usted elija.',
    'conflict.empty': ', donde quedó vacío. Su texto se conserva hasta que usted elija.',
    'conflict.other': '. Su texto se conserva hasta que usted elija.',
    'date.placeholder': 'Mes/día/año',
    'date.pick': 'Elegir {label} en un calendario',
    'date.opening': 'Abriendo el calendario',
    'date.previousMonth': 'Mes anterior',
    'date.nextMonth': 'Mes siguiente',
    'date.previousYear': 'Año anterior',
    'date.nextYear': 'Año siguiente',
    'date.previousDecade': 'Década anterior',
    'date.nextDecade': 'Década siguiente',
    'date.monthLevel': 'Elegir otro mes',
    'date.yearLevel': 'Elegir otro año',
    remove: 'Quitar',
    'remove.label': 'Quitar {legend}',
    customersSaid: 'Lo que dijeron los clientes:',
    nothingLinked: 'nada vinculado todavía.',
    'csv.reading': 'Leyendo el archivo…',
    'csv.previewing': 'Revisando cada fila…',
    'csv.chooseAnother': 'Elegir otro archivo…',
    'csv.file': 'Archivo:',
    'csv.tooBig':
      '“{name}” pesa {size} MB, más que los {limit} MB que LOS Builder lee de una vez. Divídalo por año e importe cada parte.',
    'csv.notInFile': 'No está en este archivo',
    'csv.chooseColumns': 'Primero elija las columnas',
    'csv.problems':
      '{count, plural, one {# problema} other {# problemas}}: no se puede importar nada hasta que se corrija el archivo',
    'csv.problems.fix':
      'Corrija estas filas en la hoja de cálculo (la fila 1 es el encabezado), guárdela como CSV y vuelva a elegirla, o elija otras columnas arriba.',
    'csv.problems.label': 'Problemas en el archivo',
    'csv.problems.more': '…y {count, plural, one {# problema más} other {# problemas más}}.',
  },
});
