import { defineMessages } from '@shared/i18n/define-messages';

/**
 * The words of the results import (features/tracking-import/) and the spreadsheet button
 * (features/export-spreadsheet/): the `tracking` area's, kept apart so each file stays short.
 */
export const trackingImportMessages = defineMessages('tracking', {
  en: {
    // The results import
    'import.title': 'Import results kept in a spreadsheet',
    'import.hint':
      'Results the operator already keeps in a spreadsheet, saved as a CSV file: every row is checked and shown before anything is recorded, and nothing is recorded if any row is wrong.',
    'import.file': 'Results file (CSV)',
    'import.choose': 'Import results from a CSV file…',
    'import.help':
      'Save the spreadsheet as CSV (comma, semicolon or tab), one row per goal and period, with the column names in the first row. The goal is its number or its statement; the period is written like 2027-11, Nov 2027, 2027-Q4 or 2027, or as a day (11/18/2027) for a goal measured by the day. Rows with no result are left out. For example:',
    'import.cannot': 'These results cannot be imported',
    'import.done': 'Imported',
    'import.recorded': '{count, plural, one {# result} other {# results}} from “{file}” recorded.',
    'import.columns': 'Which column holds what',
    'import.hint.goal': 'Required: its number (3, Goal 3) or statement',
    'import.hint.period': 'Required: the month, quarter, year or day',
    'import.hint.value': 'Required: the figure measured',
    'import.hint.optional': 'Optional',
    'import.new': '{count, plural, one {# new result} other {# new results}}',
    'import.replaced':
      '{count, plural, one {# replaces a result} other {# replace results}} already recorded',
    'import.already': '{count, plural, one {# event is} other {# events are}} already recorded',
    'import.skipped':
      '{count, plural, one {# row has} other {# rows have}} no result and will be left out',
    'import.counts': '{rows, plural, one {# row} other {# rows}} in the file: {parts}.',
    'import.monthFirst':
      'Dates such as 3/4/2028 are read month first, as US calendars write them: March 4, 2028. Check the Period column below.',
    'import.asRecorded': 'The results as they will be recorded',
    'import.button': 'Import {count, plural, one {# result} other {# results}}',
    'import.buttonPlain': 'Import',
    'import.row': 'Row',
    'import.happens': 'What happens',
    'import.action.add': 'New',
    'import.action.replace': 'Replaces the recorded result',
    'import.action.already': 'Already recorded',
    // SpreadsheetButton
    'sheet.save': 'Save a spreadsheet (CSV)',
    'sheet.downloaded': 'Downloaded',
    'sheet.downloadedAs':
      'Downloaded as {file}. Find it in the browser’s downloads and open it with Excel or another spreadsheet program.',
    'sheet.savedAs': 'Saved as {file}',
    'sheet.open': 'Open it',
    'sheet.openFailed':
      'The computer could not open it. Open the file from the folder you saved it in.',
    'sheet.failed': 'The spreadsheet was not saved',
  },
  es: {
    'import.title': 'Importar resultados de una hoja de cálculo',
    'import.hint':
      'Los resultados que el operador ya lleva en una hoja de cálculo, guardada como archivo CSV: cada fila se revisa y se muestra antes de anotar nada, y no se anota nada si alguna fila está mal.',
    'import.file': 'Archivo de resultados (CSV)',
    'import.choose': 'Importar resultados de un archivo CSV…',
    'import.help':
      'Guarde la hoja de cálculo como CSV (separado por comas, punto y coma o tabuladores), una fila por meta y periodo, con los nombres de las columnas en la primera fila. La meta es su número o su enunciado; el periodo se escribe como 2027-11, Nov 2027, 2027-Q4 o 2027, o como un día (11/18/2027) para una meta que se mide por día. Las filas sin resultado se dejan fuera. Por ejemplo:',
    'import.cannot': 'Estos resultados no se pueden importar',
    'import.done': 'Importados',
    'import.recorded':
      '{count, plural, one {Se anotó # resultado} other {Se anotaron # resultados}} de “{file}”.',
    'import.columns': 'Qué columna tiene qué dato',
    'import.hint.goal': 'Obligatorio: su número (3, Meta 3) o su enunciado',
    'import.hint.period': 'Obligatorio: el mes, trimestre, año o día',
    'import.hint.value': 'Obligatorio: la cifra medida',
    'import.hint.optional': 'Opcional',
    'import.new': '{count, plural, one {# resultado nuevo} other {# resultados nuevos}}',
    'import.replaced':
      '{count, plural, one {# reemplaza un resultado ya anotado} other {# reemplazan resultados ya anotados}}',
    'import.already':
      '{count, plural, one {# evento ya está anotado} other {# eventos ya están anotados}}',
    'import.skipped':
      '{count, plural, one {# fila no tiene resultado y se dejará fuera} other {# filas no tienen resultado y se dejarán fuera}}',
    'import.counts': '{rows, plural, one {# fila} other {# filas}} en el archivo: {parts}.',
    'import.monthFirst':
      'Las fechas como 3/4/2028 se leen con el mes primero, como las escriben los calendarios de EE. UU.: 4 de marzo de 2028. Revise la columna Periodo abajo.',
    'import.asRecorded': 'Los resultados tal como se anotarán',
    'import.button': 'Importar {count, plural, one {# resultado} other {# resultados}}',
    'import.buttonPlain': 'Importar',
    'import.row': 'Fila',
    'import.happens': 'Qué pasa',
    'import.action.add': 'Nuevo',
    'import.action.replace': 'Reemplaza el resultado anotado',
    'import.action.already': 'Ya anotado',
    'sheet.save': 'Guardar una hoja de cálculo (CSV)',
    'sheet.downloaded': 'Descargada',
    'sheet.downloadedAs':
      'Se descargó como {file}. Búsquela en las descargas del navegador y ábrala con Excel u otro programa de hojas de cálculo.',
    'sheet.savedAs': 'Guardada como {file}',
    'sheet.open': 'Abrirla',
    'sheet.openFailed':
      'La computadora no pudo abrirla. Abra el archivo desde la carpeta donde lo guardó.',
    'sheet.failed': 'La hoja de cálculo no se guardó',
  },
});
