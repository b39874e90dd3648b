import { defineMessages } from '@shared/i18n/define-messages';

/**
 * The words of recording results on the overview (features/tracking/: one result, a whole
 * period, deleting one): the `tracking` area's, kept apart so each file stays short.
 */
export const trackingRecordMessages = defineMessages('tracking', {
  en: {
    // RecordResultForm
    'record.form': 'Record a result for goal {number}',
    'record.fixFields': 'Nothing was saved: fix what is said under the fields.',
    'record.replaces': '{period} already has a result, {result}. Saving replaces it.',
    'record.sourceHint': "Such as: the monthly meter report, the complaint log, the lab's report.",
    'record.noteOptional': 'Note (optional)',
    'record.save': 'Save this result',
    // Checks before saving a result
    'error.day': 'Enter the day the result is for.',
    'error.period': 'Period: choose which one the result is for.',
    'error.yesNo': 'Result: answer yes or no.',
    // Deleting a result
    'delete.failed': 'Could not delete the result',
    'delete.done': 'Result deleted',
    'delete.what': 'Goal {number}: {result}.',
    'delete.undoFailed': 'Could not put the result back',
    // WholePeriodSection and WholePeriodForm
    'whole.title': 'Record a whole period at once',
    'whole.hint':
      'Type the results of every goal measured the same way (each month, say) for one period, and save them together.',
    'whole.open': 'Open the table',
    'whole.close': 'Close the table',
    'whole.form': 'Record a whole period',
    'whole.which': 'Which goals',
    'whole.rowsHint':
      'A row left empty is not changed. Rows that show a figure already have a result for this period: change the figure to replace it.',
    'whole.save': 'Save these results',
    'whole.choosePeriod': 'Choose the period these results are for.',
    'whole.periodFirst': 'Nothing was saved: choose the period first.',
    'whole.nothingTyped': 'Nothing to save: type a result in at least one row, or change one.',
    'whole.fixRows': 'Nothing was saved: fix what is said in the rows.',
    'whole.saved': '✓ {count, plural, one {# result} other {# results}} saved for {period}.',
    'rows.list': 'Results for the period',
    'rows.goal': 'Goal {number}. {statement}',
    'rows.target': 'Target: {target}',
    'rows.field': 'Goal {number}, {field}',
  },
  es: {
    'record.form': 'Anotar un resultado de la meta {number}',
    'record.fixFields': 'No se guardó nada: corrija lo que se indica debajo de los campos.',
    'record.replaces': '{period} ya tiene un resultado, {result}. Al guardar, se reemplaza.',
    'record.sourceHint':
      'Por ejemplo: el informe mensual de medidores, el registro de quejas, el informe del laboratorio.',
    'record.noteOptional': 'Nota (opcional)',
    'record.save': 'Guardar este resultado',
    'error.day': 'Escriba el día al que corresponde el resultado.',
    'error.period': 'Periodo: elija a cuál corresponde el resultado.',
    'error.yesNo': 'Resultado: conteste sí o no.',
    'delete.failed': 'No se pudo borrar el resultado',
    'delete.done': 'Resultado borrado',
    'delete.what': 'Meta {number}: {result}.',
    'delete.undoFailed': 'No se pudo volver a poner el resultado',
    'whole.title': 'Anotar un periodo completo de una vez',
    'whole.hint':
      'Escriba los resultados de todas las metas que se miden igual (cada mes, por ejemplo) para un periodo y guárdelos juntos.',
    'whole.open': 'Abrir la tabla',
    'whole.close': 'Cerrar la tabla',
    'whole.form': 'Anotar un periodo completo',
    'whole.which': 'Qué metas',
    'whole.rowsHint':
      'Una fila vacía no cambia. Las filas que muestran una cifra ya tienen resultado para este periodo: cambie la cifra para reemplazarlo.',
    'whole.save': 'Guardar estos resultados',
    'whole.choosePeriod': 'Elija el periodo al que corresponden estos resultados.',
    'whole.periodFirst': 'No se guardó nada: primero elija el periodo.',
    'whole.nothingTyped':
      'No hay nada que guardar: escriba un resultado en al menos una fila, o cambie uno.',
    'whole.fixRows': 'No se guardó nada: corrija lo que se indica en las filas.',
    'whole.saved':
      '✓ {count, plural, one {# resultado guardado} other {# resultados guardados}} para {period}.',
    'rows.list': 'Resultados del periodo',
    'rows.goal': 'Meta {number}. {statement}',
    'rows.target': 'Objetivo: {target}',
    'rows.field': 'Meta {number}, {field}',
  },
});
