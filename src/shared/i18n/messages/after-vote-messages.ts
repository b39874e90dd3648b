import { defineMessages } from '../define-messages';

/**
 * The words of the year after the vote (domain/tracking, domain/annual-review, main's tracking
 * and report views): what is due, where a log's results come from, each event in words, and
 * what the annual review suggests. Dates, periods and amounts come worded in both languages
 * (`saidEach`); what the board typed (a name) comes as it was typed.
 */
export const afterVoteMessages = defineMessages('afterVote', {
  en: {
    // Why nothing can be tracked (tracking-view.ts).
    nothingApproved:
      'Nothing is approved yet. Once the board approves the agreement (step 7), its goals are tracked here.',
    recordChanged:
      '{why} Results can be recorded again once a backup from before the change is restored.',

    // What is due (due-items.ts).
    'due.record': 'Record {what}: {goals}.',
    'due.owed': 'the {count, plural, one {result} other {results}} for {periods}',
    'due.owedMany': '{count} results, the oldest for {oldest} and the newest for {newest}',
    'due.goals': '{count, plural, one {goal} other {goals}} {numbers}',
    'due.review': 'Review the agreement with the year’s results: the board’s annual review.',
    'due.ccr': 'Deliver the Consumer Confidence Report (the water quality report) to customers.',
    'due.survey':
      'Ask customers again: a survey every 2 to 3 years ({asked, select, none {no outreach is recorded yet} other {customers were last asked on {date}}}).',
    'due.term':
      "{named, select, no {A board member} other {{name}}}'s board term {ended, select, yes {ended} other {ends}} on {date}.",

    // Where a log-fed goal's results come from (from-log-view.ts).
    'log.origin': '{log, select, complaints {From the complaint log} other {From the outage log}}',
    'log.outages':
      'Its results come from the outage log: {measure, select, restoration {each unplanned outage with the times it began and ended is one result} other {each planned shutoff with the hours of notice given is one result}}. To add one, record the outage in the Outage log tab.',
    'log.complaints':
      'Its results come from the complaint log: each complaint{topics, select, odor { about odor} backups { about a sewer backup} outagesLeaks { about an outage or a leak} other {}}{hours, select, yes {, with times of day when it came in and was answered,} other {}} since the approval is one result once it is {until, select, resolved {resolved} other {answered}}. To add newer complaints, import the newer log in step 4, Customers (Complaint log tab).',
    'log.workingDays':
      'Working days leave out Saturdays and Sundays only: the app does not know the holidays, so a complaint across a holiday counts one day more.',
    // A complaint goal's year (response-summary.ts).
    'log.yearNone':
      'In {year}: none with a figure yet{leftCount, plural, =0 {} other {; {left} more without a figure}}.',
    'log.year':
      'In {year}: {within} of {answered} {until, select, resolved {resolved} other {answered}} within the target ({percent}%), median {median}{leftCount, plural, =0 {} other {; {left} more without a figure}}.',

    // A complaint as a result (complaint-results.ts).
    'complaint.name':
      'Complaint received {date}{time, select, none {} other {, {time}}} (row {row} of its file)',
    'complaint.open':
      '{name}: {until, select, resolved {not resolved in the log yet} other {no response in the log yet}}.',
    'complaint.done': '{name}, {until, select, resolved {resolved} other {answered}} {date}',
    'complaint.doneAt':
      '{name}, {until, select, resolved {resolved} other {answered}} {date}, {time}',
    'complaint.noTimes':
      '{name}, {until, select, resolved {resolved} other {answered}} {date}: without times of day at both ends.',
    // An outage as a result (outage-results.ts).
    'outage.open': 'Unplanned outage that began {began}: no end in the log yet.',
    'outage.noTimes':
      'Unplanned outage that began {began}, {sameDay, select, yes {back the same day} other {back {end}}}: no times in the log, so its length is not known.',
    'outage.lasted':
      'Unplanned outage from {began}, {start} to {sameDay, select, yes {{endTime}} other {{end}, {endTime}}}',
    'outage.noNotice': 'Planned shutoff of {began}: the hours of notice given are not in the log.',
    'outage.notice': 'Planned shutoff of {began}, {notice} of notice',

    // The annual review's suggestion (review-suggestion.ts).
    // A goal's year at the annual review (main's annual-review-view.ts).
    'review.summary':
      '{count, plural, =0 {No results yet} one {# result} other {# results}}{count, plural, =0 {} other {{judged, select, none { (no target to judge them by)} other {: {met} met, {missed} missed}}}}{missing, plural, =0 {} one {; # period not measured} other {; # periods not measured}}',
    'suggest.noResults': 'No results: measure it before deciding.',
    'suggest.noTarget': 'Results, but no target to hold them to: reword it to give it one.',
    'suggest.missed':
      'Missed {missed} of {judged, plural, one {# result} other {# results}}: budget for it, or lower it with a reason.',
    'suggest.raise': 'Met every period with room to spare: consider raising it.',
    'suggest.keep':
      'Met every result{unmeasured, plural, =0 {} one { (# period not measured)} other { (# periods not measured)}}: keep it.',

    // A result that cannot be recorded (main's entry-problem.ts).
    'entry.notInForce':
      'This goal is not in revision {revision}, the agreement in force: reload the overview.',
    'entry.noFrequency': 'Goal {number} does not say how often it is measured.',
    'entry.day':
      'Goal {number}, {field}: enter a day from {approvedOn}, when the board approved it, to today.',
    'entry.period': 'Goal {number}, {field}: choose one from {first} to {last}.',
    'entry.yesNo': 'Goal {number}, {field}: answer yes or no.',
  },
  es: {
    nothingApproved:
      'Todavía no hay nada aprobado. Cuando la mesa directiva apruebe el acuerdo (paso 7), sus metas se siguen aquí.',
    recordChanged:
      '{why} Se podrán registrar resultados de nuevo cuando se restaure una copia de respaldo de antes del cambio.',

    'due.record': 'Registre {what}: {goals}.',
    'due.owed': '{count, plural, one {el resultado} other {los resultados}} de {periods}',
    'due.owedMany': '{count} resultados, el más antiguo de {oldest} y el más reciente de {newest}',
    'due.goals': '{count, plural, one {meta} other {metas}} {numbers}',
    'due.review':
      'Revise el acuerdo con los resultados del año: la revisión anual de la mesa directiva.',
    'due.ccr':
      'Entregue a los clientes el Informe de Confianza del Consumidor (el informe de calidad del agua).',
    'due.survey':
      'Vuelva a preguntar a los clientes: una encuesta cada 2 a 3 años ({asked, select, none {todavía no hay ninguna consulta registrada} other {la última vez se les preguntó el {date}}}).',
    'due.term':
      '{named, select, no {El período de un vocal} other {El período de {name}}} en la mesa directiva {ended, select, yes {terminó} other {termina}} el {date}.',

    'log.origin':
      '{log, select, complaints {Del registro de quejas} other {Del registro de cortes}}',
    'log.outages':
      'Sus resultados vienen del registro de cortes: {measure, select, restoration {cada corte no programado con la hora en que empezó y terminó es un resultado} other {cada corte programado con las horas de aviso dadas es un resultado}}. Para agregar uno, anote el corte en la pestaña Registro de cortes.',
    'log.complaints':
      'Sus resultados vienen del registro de quejas: cada queja{topics, select, odor { sobre olores} backups { sobre un drenaje tapado} outagesLeaks { sobre un corte o una fuga} other {}}{hours, select, yes {, con la hora en que llegó y en que se respondió,} other {}} desde la aprobación es un resultado una vez que {until, select, resolved {se resuelve} other {se responde}}. Para agregar quejas más recientes, importe el registro más reciente en el paso 4, Clientes (pestaña Registro de quejas).',
    'log.workingDays':
      'Los días hábiles solo dejan fuera los sábados y domingos: la aplicación no conoce los días feriados, así que una queja que pasa por un día feriado cuenta un día de más.',
    'log.yearNone':
      'En {year}: ninguna con cifra todavía{leftCount, plural, =0 {} other {; {left} más sin cifra}}.',
    'log.year':
      'En {year}: {within} de {answered} {until, select, resolved {resueltas} other {respondidas}} dentro del objetivo ({percent}%), mediana de {median}{leftCount, plural, =0 {} other {; {left} más sin cifra}}.',

    'complaint.name':
      'Queja recibida el {date}{time, select, none {} other {, {time}}} (fila {row} de su archivo)',
    'complaint.open':
      '{name}: {until, select, resolved {todavía no se resuelve según el registro} other {todavía sin respuesta en el registro}}.',
    'complaint.done': '{name}, {until, select, resolved {resuelta} other {respondida}} el {date}',
    'complaint.doneAt':
      '{name}, {until, select, resolved {resuelta} other {respondida}} el {date}, {time}',
    'complaint.noTimes':
      '{name}, {until, select, resolved {resuelta} other {respondida}} el {date}: sin la hora en los dos extremos.',
    'outage.open': 'Corte no programado que empezó el {began}: todavía sin fin en el registro.',
    'outage.noTimes':
      'Corte no programado que empezó el {began}, {sameDay, select, yes {con servicio el mismo día} other {con servicio el {end}}}: el registro no tiene horas, así que no se sabe cuánto duró.',
    'outage.lasted':
      'Corte no programado del {began}, {start}, al {sameDay, select, yes {mismo día, {endTime}} other {{end}, {endTime}}}',
    'outage.noNotice':
      'Corte programado del {began}: el registro no tiene las horas de aviso dadas.',
    'outage.notice': 'Corte programado del {began}, con {notice} de aviso',

    'review.summary':
      '{count, plural, =0 {Todavía no hay resultados} one {# resultado} other {# resultados}}{count, plural, =0 {} other {{judged, select, none { (sin objetivo con qué juzgarlos)} other {: {met} cumplidos, {missed} no cumplidos}}}}{missing, plural, =0 {} one {; # período sin medir} other {; # períodos sin medir}}',
    'suggest.noResults': 'Sin resultados: mídala antes de decidir.',
    'suggest.noTarget':
      'Hay resultados, pero no hay objetivo con qué compararlos: reescríbala para darle uno.',
    'suggest.missed':
      'No se cumplió en {missed} de {judged, plural, one {# resultado} other {# resultados}}: ponga dinero en el presupuesto para cumplirla, o baje el objetivo dando una razón.',
    'suggest.raise': 'Se cumplió en cada período con margen de sobra: considere subir el objetivo.',
    'suggest.keep':
      'Se cumplió en cada resultado{unmeasured, plural, =0 {} one { (# período sin medir)} other { (# períodos sin medir)}}: manténgala.',

    'entry.notInForce':
      'Esta meta no está en la revisión {revision}, el acuerdo vigente: vuelva a cargar el resumen.',
    'entry.noFrequency': 'La meta {number} no dice cada cuándo se mide.',
    'entry.day':
      'Meta {number}, {field}: escriba un día desde el {approvedOn}, cuando la mesa directiva la aprobó, hasta hoy.',
    'entry.period': 'Meta {number}, {field}: elija uno desde {first} hasta {last}.',
    'entry.yesNo': 'Meta {number}, {field}: responda sí o no.',
  },
});
