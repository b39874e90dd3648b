import { defineMessages } from '@shared/i18n/define-messages';

/** The words of the yearly report and its follow-ups (features/reports/). */
export const reportsMessages = defineMessages('reports', {
  en: {
    // ReportsPanel, while it reads or when it cannot.
    loading: 'Reading the reports…',
    failed: 'Could not read the reports',
    'none.title': 'No report can be made yet',
    'none.body': 'Nothing is approved yet.',
    // The periods and years to choose from. Years are passed as text, never grouped ("2,027").
    'period.years': 'A whole year',
    'period.quarters': 'A quarter',
    yearSoFar: '{year} (so far)',
    // The board report.
    'board.title': 'Report to the board',
    'board.hint':
      'Every goal with its target, its results in the period, whether it was met and how it compares with the period before, with a small chart each. Prints well in black and white.',
    'board.period': 'Period the report covers',
    'board.language': 'Language of the board report',
    'board.save': 'Save the board report (PDF)',
    // The customers' report card.
    'card.title': 'Report card for customers',
    'card.hint':
      '“How we did”: one page for a bill insert or a newsletter, with each goal customers notice, met or not, and what the utility will do about each miss.',
    'card.year': 'Year',
    'card.language': 'Language of the report card',
    'card.noGoals': 'The agreement has no goals for customers, so the card lists none.',
    'card.noneMissed':
      'No goal for customers was missed in {year}{ended, select, yes {} other { so far}}: there is nothing to explain on the card.',
    'card.missed':
      '{count, plural, one {One goal} other {# goals}} for customers missed the target in {year}{ended, select, yes {} other { so far}}. Say what the utility will do about {count, plural, one {it} other {each}}; the card prints it beside the miss.',
    'card.save': 'Save the report card (PDF)',
    // The spreadsheet.
    'sheet.title': 'For the treasurer, funders and the state',
    'sheet.hint':
      'Every goal, every result recorded since the vote, what customers said and the complaint figures, in one file a spreadsheet program opens.',
    // FollowUpForm: what the utility will do about one missed goal.
    'followUp.goal': 'Goal {number}: {statement}',
    'followUp.target': 'Target {target}. {result}',
    'followUp.label': 'What we will do (goal {number}, {year})',
    'followUp.hint': 'Printed beside this miss on the report card, in the words you type here.',
    'followUp.why':
      'Optional, for the Spanish report card. Left empty, it prints the English, marked “(en inglés)”.',
    'followUp.open': 'Write it in Spanish',
    'followUp.spanishLabel': 'What we will do, in Spanish (goal {number}, {year})',
    'followUp.save': 'Save',
    'followUp.clear': 'Clear',
    'followUp.saved': 'Saved for the report card.',
    'followUp.cleared': 'Cleared.',
  },
  es: {
    loading: 'Leyendo los informes…',
    failed: 'No se pudieron leer los informes',
    'none.title': 'Todavía no se puede hacer ningún informe',
    'none.body': 'Todavía no hay nada aprobado.',
    'period.years': 'Un año completo',
    'period.quarters': 'Un trimestre',
    yearSoFar: '{year} (hasta ahora)',
    'board.title': 'Informe a la mesa directiva',
    'board.hint':
      'Cada meta con su objetivo, sus resultados en el período, si se cumplió y cómo se compara con el período anterior, con una pequeña gráfica para cada una. Se imprime bien en blanco y negro.',
    'board.period': 'Período que cubre el informe',
    'board.language': 'Idioma del informe a la mesa directiva',
    'board.save': 'Guardar el informe a la mesa directiva (PDF)',
    'card.title': 'Informe de resultados para los clientes',
    'card.hint':
      '“Cómo nos fue”: una página para un aviso con la factura o un boletín, con cada meta que los clientes notan, cumplida o no, y lo que el sistema hará con cada una que no se cumplió.',
    'card.year': 'Año',
    'card.language': 'Idioma del informe de resultados',
    'card.noGoals':
      'El acuerdo no tiene metas para los clientes, así que el informe no muestra ninguna.',
    'card.noneMissed':
      'Ninguna meta para los clientes dejó de cumplirse en {year}{ended, select, yes {} other { hasta ahora}}: no hay nada que explicar en el informe.',
    'card.missed':
      '{count, plural, one {Una meta para los clientes no cumplió} other {# metas para los clientes no cumplieron}} el objetivo en {year}{ended, select, yes {} other { hasta ahora}}. Diga lo que el sistema hará al respecto{count, plural, one {} other { con cada una}}; el informe lo imprime junto a la meta no cumplida.',
    'card.save': 'Guardar el informe de resultados (PDF)',
    'sheet.title': 'Para el tesorero, los financiadores y el estado',
    'sheet.hint':
      'Cada meta, cada resultado anotado desde la votación, lo que dijeron los clientes y las cifras de quejas, en un solo archivo que abre un programa de hojas de cálculo.',
    'followUp.goal': 'Meta {number}: {statement}',
    'followUp.target': 'Objetivo: {target}. {result}',
    'followUp.label': 'Lo que haremos (meta {number}, {year})',
    'followUp.hint':
      'Se imprime junto a esta meta no cumplida en el informe de resultados, con las palabras que escriba aquí.',
    'followUp.why':
      'Opcional, para el informe de resultados en español. Si lo deja vacío, se imprime el inglés, marcado “(en inglés)”.',
    'followUp.open': 'Escribirlo en español',
    'followUp.spanishLabel': 'Lo que haremos, en español (meta {number}, {year})',
    'followUp.save': 'Guardar',
    'followUp.clear': 'Borrar',
    'followUp.saved': 'Guardado para el informe de resultados.',
    'followUp.cleared': 'Borrado.',
  },
});
