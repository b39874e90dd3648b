import { defineMessages } from '@shared/i18n/define-messages';
import { trackingImportMessages } from './tracking-import-messages';
import { trackingRecordMessages } from './tracking-record-messages';

/** The words of the overview after the vote (features/tracking/, tracking-import/, export-spreadsheet/). */
const overviewMessages = defineMessages('tracking', {
  en: {
    // TrackingScreen
    'screen.title': 'Goal results and what is due',
    'screen.openSteps': 'Open the agreement’s steps (1 to 8)',
    'screen.intro':
      'Through the year, record each approved goal’s results here. The board sees which goals are kept, which are missed and what is due before its annual review.',
    'screen.reading': 'Reading the results…',
    'screen.readFailed': 'Could not read the results',
    'screen.noneYet': 'No results can be recorded yet',
    'screen.nothingApproved': 'Nothing is approved yet.',
    'tab.results': 'Goals and results',
    'tab.outages': 'Outage log',
    'tab.reports': 'Reports',
    'tab.annual': 'Annual review',
    // InForceSummary
    inForce:
      '<b>Revision {revision} is in force.</b> The board approved it on {approvedOn}. Its annual review is due by {reviewBy}.',
    drafting:
      'Revision {drafting} is being written in the steps; results are held to revision {revision} until the board approves the new one.',
    // DueList
    'due.title': 'What is due',
    'due.nothing': 'Nothing is due.',
    // The CCR's name as the due sentence says it (afterVote.due.ccr), linked to the words explained.
    'due.ccrWords': 'Consumer Confidence Report',
    'due.overdue': 'Overdue',
    'due.wasDue': '(was due {date})',
    'due.by': '(by {date})',
    'due.openReview': 'Open the annual review',
    // A goal's standing
    'status.met': '✓ Met',
    'status.not-met': '✗ Not met',
    'status.on-track': '✓ On track',
    'status.no-data': 'No results yet',
    'status.due': 'Result due',
    'kept.yes': '✓ Kept',
    'kept.no': '✗ Missed',
    // Results and periods in words
    'area.none': 'Area not chosen yet',
    'answer.yes': 'Yes',
    'answer.no': 'No',
    'answer.none': 'Not answered',
    'period.week': 'the week of {day}',
    'period.month': '{month} {year}',
    'period.quarter':
      '{quarter, select, 1 {January–March} 2 {April–June} 3 {July–September} other {October–December}} {year}',
    'period.as': '{period}',
    resultFor: '{kind, select, day {{result} on {period}} other {{result} for {period}}}',
    missingMany:
      '{kind, select, day {{count} days} week {{count} weeks} month {{count} months} quarter {{count} quarters} other {{count} years}}, from {first} to {last}',
    thisYear:
      '{said, select, both {This year the target was kept {met, plural, one {once} =2 {twice} other {# times}} and missed {missed, plural, one {once} =2 {twice} other {# times}}.} kept {This year the target was kept {met, plural, one {once} =2 {twice} other {# times}}.} other {This year the target was missed {missed, plural, one {once} =2 {twice} other {# times}}.}}',
    kindChoice:
      '{count, plural, one {# goal} other {# goals}} recorded by the {kind, select, day {day} week {week} month {month} quarter {quarter} other {year}}',
    // The fields of a result
    'field.period': 'Period',
    'field.result': 'Result',
    'field.source': 'Where the figure comes from',
    'field.note': 'Note',
    'field.target': 'Target',
    'field.goal': 'Goal',
    'field.day': 'Day',
    // TrackedGoalCard
    'card.goal': 'Goal {number}',
    'card.goalMeasured': 'Goal {number} · Measured {frequency}',
    'card.goalHidden': 'Goal {number}:',
    'card.target': 'Target:',
    'card.latest': 'Latest result:',
    'card.latestIs':
      '{meets, select, yes {{result} — keeps the target.} no {{result} — misses the target.} other {{result}}}',
    'card.noneYet': 'none recorded yet.',
    'card.notRecorded': 'Not recorded yet:',
    'card.missing': '{periods}.',
    'card.showTyped': 'Show the results typed in ({count})',
    'card.hideTyped': 'Hide the results typed in',
    'card.noFrequency':
      'The approved agreement does not say how often this goal is measured, so its results cannot be recorded. The board can set how often in the next revision.',
    'card.record': 'Record a result',
    'card.closeForm': 'Close the form',
    'card.showResults': 'Show the results ({count})',
    'card.hideResults': 'Hide the results',
    'card.showChart': 'Show the chart',
    'card.hideChart': 'Hide the chart',
    'card.saved': '✓ Saved: {what}.',
    'card.drawing': 'Drawing the chart…',
    // GoalChart
    'chart.title': 'Results of goal {number} over time',
    'chart.target': 'Target {amount}',
    'chart.legend': '✓ kept the target · ✗ missed it',
    'chart.table': 'Results of goal {number}, oldest first',
    'chart.none': 'No results yet.',
    'chart.spanOne': '{count, plural, one {# result} other {# results}} on {first}.',
    'chart.spanMany': '{count, plural, one {# result} other {# results}} from {first} to {last}.',
    'chart.judged':
      '{kept, plural, other {#}} kept the target ({target}) and {missed, plural, other {#}} missed it.',
    'chart.newest':
      '{meets, select, yes {The newest is {result}, which keeps it.} no {The newest is {result}, which misses it.} other {The newest is {result}.}}',
    'chart.shown': 'The chart shows the newest {shown} of {all}.',
    // LogSource
    'log.show': 'Show the results from the log ({count})',
    'log.hide': 'Hide the results from the log',
    'log.table': 'Results of goal {number} from the log',
    'log.what': 'What the log says',
    'log.showNewest': 'Show the newest {count}',
    'log.showAll': 'Show all {count}',
    'log.newestOf': 'The newest {shown} of {all} are listed; all of them count.',
    'log.notCounted': 'Not counted',
    'log.more': 'And {count} more like these.',
    // ResultList
    'list.none': 'No results are recorded for this goal yet.',
    'list.table': 'Results of goal {number}',
    'list.delete': 'Delete',
    'list.deleteOne': 'Delete the result for {period}',
    'list.showNewest': 'Show only the newest',
    'list.showAll': 'Show all {count} results',
    // PeriodField and ValueField
    'period.dayHint': 'Any day from {date}, when the board approved the agreement, to today.',
    'period.choose': 'Choose the period',
    'period.hasResult': '{name} (has a result)',
    'value.target': 'The target: {target}.',
    notSaved: 'Not saved',
    cancel: 'Cancel',
  },
  es: {
    'screen.title': 'Resultados de las metas y pendientes',
    'screen.openSteps': 'Abrir los pasos del acuerdo (1 a 8)',
    'screen.intro':
      'Durante el año, anote aquí los resultados de cada meta aprobada. La mesa directiva ve qué metas se cumplen, cuáles no y qué está pendiente antes de su revisión anual.',
    'screen.reading': 'Leyendo los resultados…',
    'screen.readFailed': 'No se pudieron leer los resultados',
    'screen.noneYet': 'Todavía no se pueden anotar resultados',
    'screen.nothingApproved': 'Todavía no hay nada aprobado.',
    'tab.results': 'Metas y resultados',
    'tab.outages': 'Registro de cortes',
    'tab.reports': 'Informes',
    'tab.annual': 'Revisión anual',
    inForce:
      '<b>La revisión {revision} está en vigor.</b> La mesa directiva la aprobó el {approvedOn}. Su revisión anual vence a más tardar el {reviewBy}.',
    drafting:
      'La revisión {drafting} se está redactando en los pasos; los resultados se comparan con la revisión {revision} hasta que la mesa directiva apruebe la nueva.',
    'due.title': 'Pendientes',
    'due.nothing': 'No hay nada pendiente.',
    'due.ccrWords': 'Informe de Confianza del Consumidor',
    'due.overdue': 'Atrasado',
    'due.wasDue': '(vencía el {date})',
    'due.by': '(a más tardar el {date})',
    'due.openReview': 'Abrir la revisión anual',
    'status.met': '✓ Cumplida',
    'status.not-met': '✗ No cumplida',
    'status.on-track': '✓ Va bien',
    'status.no-data': 'Sin resultados todavía',
    'status.due': 'Falta el resultado',
    'kept.yes': '✓ Cumplido',
    'kept.no': '✗ No cumplido',
    'area.none': 'Área sin elegir todavía',
    'answer.yes': 'Sí',
    'answer.no': 'No',
    'answer.none': 'Sin respuesta',
    'period.week': 'la semana del {day}',
    'period.month': '{month} de {year}',
    'period.quarter':
      '{quarter, select, 1 {enero–marzo} 2 {abril–junio} 3 {julio–septiembre} other {octubre–diciembre}} de {year}',
    'period.as': '{period}',
    resultFor: '{kind, select, day {{result} el {period}} other {{result} en {period}}}',
    missingMany:
      '{kind, select, day {{count} días} week {{count} semanas} month {{count} meses} quarter {{count} trimestres} other {{count} años}}, de {first} a {last}',
    thisYear:
      '{said, select, both {Este año el objetivo se cumplió {met, plural, one {una vez} other {# veces}} y no se cumplió {missed, plural, one {una vez} other {# veces}}.} kept {Este año el objetivo se cumplió {met, plural, one {una vez} other {# veces}}.} other {Este año el objetivo no se cumplió {missed, plural, one {una vez} other {# veces}}.}}',
    kindChoice:
      '{count, plural, one {# meta que se anota} other {# metas que se anotan}} por {kind, select, day {día} week {semana} month {mes} quarter {trimestre} other {año}}',
    'field.period': 'Periodo',
    'field.result': 'Resultado',
    'field.source': 'De dónde sale la cifra',
    'field.note': 'Nota',
    'field.target': 'Objetivo',
    'field.goal': 'Meta',
    'field.day': 'Día',
    'card.goal': 'Meta {number}',
    'card.goalMeasured': 'Meta {number} · Se mide {frequency}',
    'card.goalHidden': 'Meta {number}:',
    'card.target': 'Objetivo:',
    'card.latest': 'Último resultado:',
    'card.latestIs':
      '{meets, select, yes {{result}: cumple el objetivo.} no {{result}: no cumple el objetivo.} other {{result}}}',
    'card.noneYet': 'ninguno anotado todavía.',
    'card.notRecorded': 'Sin anotar todavía:',
    'card.missing': '{periods}.',
    'card.showTyped': 'Mostrar los resultados escritos ({count})',
    'card.hideTyped': 'Ocultar los resultados escritos',
    'card.noFrequency':
      'El acuerdo aprobado no dice cada cuándo se mide esta meta, así que no se pueden anotar sus resultados. La mesa directiva puede fijarlo en la próxima revisión.',
    'card.record': 'Anotar un resultado',
    'card.closeForm': 'Cerrar el formulario',
    'card.showResults': 'Mostrar los resultados ({count})',
    'card.hideResults': 'Ocultar los resultados',
    'card.showChart': 'Mostrar la gráfica',
    'card.hideChart': 'Ocultar la gráfica',
    'card.saved': '✓ Guardado: {what}.',
    'card.drawing': 'Dibujando la gráfica…',
    'chart.title': 'Resultados de la meta {number} a lo largo del tiempo',
    'chart.target': 'Objetivo {amount}',
    'chart.legend': '✓ cumplió el objetivo · ✗ no lo cumplió',
    'chart.table': 'Resultados de la meta {number}, del más antiguo al más reciente',
    'chart.none': 'Sin resultados todavía.',
    'chart.spanOne': '{count, plural, one {# resultado} other {# resultados}} en {first}.',
    'chart.spanMany':
      '{count, plural, one {# resultado} other {# resultados}} de {first} a {last}.',
    'chart.judged':
      '{kept, plural, one {# cumplió} other {# cumplieron}} el objetivo ({target}) y {missed, plural, one {# no lo cumplió} other {# no lo cumplieron}}.',
    'chart.newest':
      '{meets, select, yes {El más reciente es {result}, que lo cumple.} no {El más reciente es {result}, que no lo cumple.} other {El más reciente es {result}.}}',
    'chart.shown': 'La gráfica muestra los {shown} más recientes de {all}.',
    'log.show': 'Mostrar los resultados del registro ({count})',
    'log.hide': 'Ocultar los resultados del registro',
    'log.table': 'Resultados de la meta {number} según el registro',
    'log.what': 'Lo que dice el registro',
    'log.showNewest': 'Mostrar los {count} más recientes',
    'log.showAll': 'Mostrar los {count}',
    'log.newestOf': 'Se muestran los {shown} más recientes de {all}; todos cuentan.',
    'log.notCounted': 'No se cuentan',
    'log.more': 'Y {count} más como estos.',
    'list.none': 'Todavía no hay resultados anotados para esta meta.',
    'list.table': 'Resultados de la meta {number}',
    'list.delete': 'Borrar',
    'list.deleteOne': 'Borrar el resultado de {period}',
    'list.showNewest': 'Mostrar solo los más recientes',
    'list.showAll': 'Mostrar los {count} resultados',
    'period.dayHint':
      'Cualquier día desde el {date}, cuando la mesa directiva aprobó el acuerdo, hasta hoy.',
    'period.choose': 'Elija el periodo',
    'period.hasResult': '{name} (ya tiene resultado)',
    'value.target': 'El objetivo: {target}.',
    notSaved: 'Sin guardar',
    cancel: 'Cancelar',
  },
});

/** The area's messages: the overview's, recording results, the import and the spreadsheet. */
export const trackingMessages = {
  en: { ...overviewMessages.en, ...trackingRecordMessages.en, ...trackingImportMessages.en },
  es: { ...overviewMessages.es, ...trackingRecordMessages.es, ...trackingImportMessages.es },
};
