import { defineMessages } from '../define-messages';
import { validationLabels } from './validation-labels';

/**
 * The words of the shared schemas' and records' checks: a field's name, what is wrong and the fix.
 * `{label}` is a field's name (a nested message of this area); `{max}` and `{example}` come
 * formatted as the number reader takes them ("1,200"), since that is what the field accepts.
 */
export const validationMessages = defineMessages('validation', {
  en: {
    ...validationLabels.en,
    // Any field (domain/text.ts, numbers/number-messages.ts).
    mustBeText: '{label} must be text.',
    tooLong: '{label} is too long: shorten it to {max} characters or fewer.',
    mustBeDate: '{label} must be a date.',
    realDate: '{label} must be a real date, such as 2027-06-30.',
    needed: '{label} is needed.',
    numberSeparators:
      '{label} must be written like 1,200 or 2.5: a comma only between thousands, a point only before decimals.',
    numberPercent: '{label} takes a plain number, such as {example}: leave out the % sign.',
    notANumber: '{label} must be a number, such as {example}.',
    negative: '{label} cannot be negative.',
    overWhole: '{label} is a share, so it cannot be more than 100%: enter a number from 0 to 100.',
    tooLarge: '{label} looks too large: enter a number up to {max}.',
    looksTooLarge: '{label} looks too large.',
    outOfRange: '{label} is out of range.',
    wholeNumber: '{label} must be a whole number, such as {example}.',
    timeOfDay: '{label} must be a time of day, such as 14:30.',
    rowId: 'Row id must be 1–64 letters, digits, dashes or underscores.',
    yesNoNotSure: '{label}: answer yes, no or not sure.',
    questionYesNoNotSure: '{label} Choose yes, no or not sure.',
    oneOfListedWays: '{label}: choose one of the listed ways.',
    // Goals (goal.ts, goal-template.ts, workbook.ts).
    'goal.kind': 'Choose internal or external.',
    'goal.area': '{label}: choose one of the six areas.',
    'goal.direction': '{label}: choose at most, at least, yes or no, or within a range.',
    'goal.frequency': 'Choose how often it is measured.',
    'goal.stretch': '{label}: tick the box or leave it clear.',
    'goal.tooMany': 'An agreement can hold at most 200 goals.',
    'template.id': 'Template ids look like CS1 or WC12.',
    'template.unique': 'Template ids must be unique.',
    // Step 1 (utility.ts).
    'utility.office': '{label} must be president, vice-president, secretary, treasurer or member.',
    'utility.systemType': 'Choose water, wastewater or both.',
    'utility.systemId':
      '{label}: use only the letters and digits on your permit, such as NM3500101.',
    'utility.state': '{label}: pick your state from the list.',
    'utility.boardTooLarge': 'A board of more than 25 members is not supported.',
    'utility.operatorsMax': 'List at most 10 operators.',
    'utility.helpersMax': 'List at most 20 other people.',
    'utility.goalSetting': 'Choose who drafts the goals.',
    // Step 2 (scope.ts, sewer-system.ts).
    'scope.area': 'Goal area must be one of the six areas.',
    'scope.areaOnce': 'Each goal area can be chosen once.',
    'scope.regulatoryStyle': 'Choose one broad statement or statements by category.',
    'scope.categoriesMax': 'List at most 20 category statements.',
    'sewer.mains': 'Sewer mains: choose gravity, force mains, or both.',
    'sewer.treatment':
      'Treatment: choose a lagoon, a mechanical plant, another utility or a septic field.',
    'sewer.inflow': 'Rain and groundwater in the sewers: answer yes, no or not sure.',
    'sewer.poweredOverStations':
      'Lift stations with backup power ({powered}) cannot be more than lift stations ({liftStations}).',
    // Step 4 (customers/*).
    'plan.twice':
      '{method, select, doorToDoor {Door to door} annualMeeting {Annual meeting} focusGroup {Focus group} mailSurvey {Survey with the bill or by mail} internetPoll {Internet poll or social media} other {Call and complaint log}} is planned twice; keep one.',
    'entry.answeredOverReached':
      'People who answered ({answered}) cannot be more than people reached ({reached}).',
    'entry.topic': '{label}: choose one of the listed topics.',
    'entry.strength': '{label}: choose mild, moderate or strong.',
    'entry.satisfaction': '{label}: choose 1 to 5.',
    'entry.hours': '{label}: choose 2, 4, 8 or 24 hours.',
    'entry.noticeDays': '{label}: choose 1 day, 2 days or a week.',
    'entry.overflowNotice': '{label}: choose 4 hours, 1 day or 3 days.',
    'entry.pay': '{label}: choose as now, +10% or +50%.',
    'entry.ratings': '{label}: choose 1 to 5 or “Don’t know” for each line.',
    'entry.priorities': '{label}: write a number the card offers, 1 for the most important.',
    'entry.choices': '{label}: choose among the boxes the card prints, each once.',
    'complaints.dateColumn':
      'Date received: choose the column that holds the date each complaint came in.',
    'complaints.timeNeedsDate': '{time}: choose the {date} column too; a time needs its date.',
    'complaints.topicColumn':
      'Choose a Category or a Description column, so each complaint can get a topic.',
    // Step 7 (approval.ts).
    'approval.vote': 'Vote must be aye, nay, abstain or absent.',
    'approval.quorumRule': 'Choose how the quorum is set.',
    'approval.threshold': 'Choose what it takes to pass.',
    // After the vote (tracking/*, annual-review/*).
    'tracking.period': 'Period must be a year, quarter, month or day.',
    'tracking.maxActuals': 'A utility can keep at most {max, number} results.',
    'tracking.maxOutages': 'A utility can keep at most {max, number} outages.',
    'outage.planned': '{label}: choose planned or unplanned.',
    'outage.endTimeNeedsDate':
      'Time service came back: give the date service came back too; a time needs its date.',
    'outage.endBeforeStart': 'Date service came back is before the date it began: check both.',
    'decision.choice': '{label}: choose keep, raise, lower, drop or reword.',
    'decision.notANumber':
      '{how, select, yesNo {A yes-or-no goal has no number to raise or lower} other {A range has two ends}}: choose reword to change it, or keep or drop.',
    'decision.noTarget': 'This goal has no target to raise or lower: choose reword to give it one.',
    'decision.enterNumber':
      '{label}: enter the number to {choice, select, raise {raise} other {lower}} it to.',
    'decision.raiseWrongWay':
      '{label}: raising {direction, select, atLeast {an “at least” goal means a number higher} other {an “at most” goal means a number lower}} than {was}. Enter one, or choose lower.',
    'decision.lowerWrongWay':
      '{label}: lowering {direction, select, atLeast {an “at least” goal means a number lower} other {an “at most” goal means a number higher}} than {was}. Enter one, or choose raise.',
    'decision.reasonNeeded':
      '{label}: say why the board is {choice, select, drop {dropping} other {lowering}} this goal; the board reads it in the draft of the next revision.',
    // The API's inputs (shared/api/*).
    'api.rev': 'rev must be a number.',
    'api.revWhole': 'rev must be a whole number.',
    'api.revNegative': 'rev cannot be negative.',
    'api.wizardStep': 'Step must be one of the wizard steps.',
    'api.year': 'Year must be a number.',
    'api.noInput': 'This method takes no input.',
    'api.fileText': 'The file must be text.',
    'api.fileTooLarge':
      'The file is larger than 20 MB, the most LOS Builder reads at once. Split it by year and import each part.',
    'api.checkedPdfTooLarge': 'The file is larger than 20 MB: choose the agreement PDF itself.',
    'api.complaintFile': 'Choose the complaint log file again.',
    'api.outageFile': 'Choose the outage file again.',
    'api.resultsFile': 'Choose the results file again.',
    'api.utility': 'Choose a utility from the list.',
  },
  es: {
    ...validationLabels.es,
    mustBeText: '{label}: debe ser texto.',
    tooLong: '{label}: el texto es demasiado largo; acórtelo a {max} caracteres o menos.',
    mustBeDate: '{label}: debe ser una fecha.',
    realDate: '{label}: debe ser una fecha que exista, como 2027-06-30.',
    needed: '{label}: falta este dato.',
    numberSeparators:
      '{label}: escríbalo como 1,200 o 2.5; la coma solo entre los miles, el punto solo antes de los decimales.',
    numberPercent: '{label}: lleva solo el número, como {example}; quite el signo %.',
    notANumber: '{label}: debe ser un número, como {example}.',
    negative: '{label}: no puede ser un número negativo.',
    overWhole:
      '{label}: es un porcentaje, así que no puede pasar de 100%; escriba un número del 0 al 100.',
    tooLarge: '{label}: el número parece demasiado grande; escriba uno de hasta {max}.',
    looksTooLarge: '{label}: el número parece demasiado grande.',
    outOfRange: '{label}: el número está fuera del rango posible.',
    wholeNumber: '{label}: debe ser un número entero, como {example}.',
    timeOfDay: '{label}: debe ser una hora del día, como 14:30.',
    rowId:
      'El identificador de la fila debe tener de 1 a 64 letras, dígitos, guiones o guiones bajos.',
    yesNoNotSure: '{label}: conteste sí, no o no sé.',
    questionYesNoNotSure: '{label} Elija sí, no o no sé.',
    oneOfListedWays: '{label}: elija una de las formas de la lista.',
    'goal.kind': 'Elija interna o externa.',
    'goal.area': '{label}: elija una de las seis áreas.',
    'goal.direction': '{label}: elija como máximo, como mínimo, sí o no, o dentro de un rango.',
    'goal.frequency': 'Elija cada cuándo se mide.',
    'goal.stretch': '{label}: marque la casilla o déjela en blanco.',
    'goal.tooMany': 'Un acuerdo puede tener como máximo 200 metas.',
    'template.id': 'Los identificadores de las metas de la biblioteca son como CS1 o WC12.',
    'template.unique': 'Los identificadores de las metas de la biblioteca no pueden repetirse.',
    'utility.office': '{label}: debe ser presidente, vicepresidente, secretario, tesorero o vocal.',
    'utility.systemType': 'Elija agua, aguas negras o ambos.',
    'utility.systemId': '{label}: use solo las letras y los dígitos de su permiso, como NM3500101.',
    'utility.state': '{label}: elija su estado de la lista.',
    'utility.boardTooLarge': 'No se admite una mesa directiva de más de 25 miembros.',
    'utility.operatorsMax': 'Anote como máximo 10 operadores.',
    'utility.helpersMax': 'Anote como máximo 20 personas más.',
    'utility.goalSetting': 'Elija quién redacta las metas.',
    'scope.area': 'El área de la meta debe ser una de las seis áreas.',
    'scope.areaOnce': 'Cada área de meta se puede elegir una sola vez.',
    'scope.regulatoryStyle': 'Elija una declaración general o declaraciones por categoría.',
    'scope.categoriesMax': 'Anote como máximo 20 declaraciones por categoría.',
    'sewer.mains': 'Tuberías de drenaje: elija por gravedad, a presión o ambas.',
    'sewer.treatment':
      'Tratamiento: elija una laguna, una planta mecánica, otro sistema o un campo séptico.',
    'sewer.inflow': 'Lluvia y agua subterránea en el drenaje: conteste sí, no o no sé.',
    'sewer.poweredOverStations':
      'Las estaciones de bombeo con energía de respaldo ({powered}) no pueden ser más que las estaciones de bombeo ({liftStations}).',
    'plan.twice':
      '{method, select, doorToDoor {Casa por casa} annualMeeting {Asamblea anual} focusGroup {Grupo de enfoque} mailSurvey {Encuesta con la factura o por correo} internetPoll {Encuesta por internet o redes sociales} other {Registro de llamadas y quejas}} está planeado dos veces; deje uno.',
    'entry.answeredOverReached':
      'Las personas que respondieron ({answered}) no pueden ser más que las personas contactadas ({reached}).',
    'entry.topic': '{label}: elija uno de los temas de la lista.',
    'entry.strength': '{label}: elija leve, moderada o fuerte.',
    'entry.satisfaction': '{label}: elija del 1 al 5.',
    'entry.hours': '{label}: elija 2, 4, 8 o 24 horas.',
    'entry.noticeDays': '{label}: elija 1 día, 2 días o una semana.',
    'entry.overflowNotice': '{label}: elija 4 horas, 1 día o 3 días.',
    'entry.pay': '{label}: elija igual que ahora, +10% o +50%.',
    'entry.ratings': '{label}: elija del 1 al 5 o «No sé» en cada línea.',
    'entry.priorities':
      '{label}: escriba un número que ofrezca la tarjeta, 1 para lo más importante.',
    'entry.choices': '{label}: elija entre las casillas que imprime la tarjeta, cada una una vez.',
    'complaints.dateColumn':
      'Fecha en que se recibió: elija la columna con la fecha en que llegó cada queja.',
    'complaints.timeNeedsDate':
      '{time}: elija también la columna {date}; una hora necesita su fecha.',
    'complaints.topicColumn':
      'Elija una columna de Categoría o de Descripción, para que cada queja tenga un tema.',
    'approval.vote': 'El voto debe ser a favor, en contra, abstención o ausente.',
    'approval.quorumRule': 'Elija cómo se fija el quórum.',
    'approval.threshold': 'Elija lo que se necesita para aprobarla.',
    'tracking.period': 'El periodo debe ser un año, un trimestre, un mes o un día.',
    'tracking.maxActuals': 'Un sistema puede guardar como máximo {max, number} resultados.',
    'tracking.maxOutages': 'Un sistema puede guardar como máximo {max, number} cortes.',
    'outage.planned': '{label}: elija programado o no programado.',
    'outage.endTimeNeedsDate':
      'Hora en que volvió el servicio: dé también la fecha en que volvió; una hora necesita su fecha.',
    'outage.endBeforeStart':
      'La fecha en que volvió el servicio es anterior a la fecha en que empezó: revise las dos.',
    'decision.choice': '{label}: elija mantener, subir, bajar, quitar o reescribir.',
    'decision.notANumber':
      '{how, select, yesNo {Una meta de sí o no no tiene un número que subir o bajar} other {Un rango tiene dos extremos}}: elija reescribir para cambiarla, o mantener o quitar.',
    'decision.noTarget':
      'Esta meta no tiene un objetivo que subir o bajar: elija reescribir para darle uno.',
    'decision.enterNumber':
      '{label}: escriba el número al que quiere {choice, select, raise {subirla} other {bajarla}}.',
    'decision.raiseWrongWay':
      '{label}: subir {direction, select, atLeast {una meta de “como mínimo” significa un número más alto} other {una meta de “como máximo” significa un número más bajo}} que {was}. Escriba uno, o elija bajar.',
    'decision.lowerWrongWay':
      '{label}: bajar {direction, select, atLeast {una meta de “como mínimo” significa un número más bajo} other {una meta de “como máximo” significa un número más alto}} que {was}. Escriba uno, o elija subir.',
    'decision.reasonNeeded':
      '{label}: diga por qué la mesa directiva {choice, select, drop {quita} other {baja}} esta meta; la mesa directiva lo lee en el borrador de la próxima revisión.',
    'api.rev': 'rev debe ser un número.',
    'api.revWhole': 'rev debe ser un número entero.',
    'api.revNegative': 'rev no puede ser negativo.',
    'api.wizardStep': 'El paso debe ser uno de los pasos del asistente.',
    'api.year': 'El año debe ser un número.',
    'api.noInput': 'Esta acción no lleva datos.',
    'api.fileText': 'El archivo debe ser de texto.',
    'api.fileTooLarge':
      'El archivo pasa de 20 MB, lo más que LOS Builder lee de una vez. Divídalo por año e importe cada parte.',
    'api.checkedPdfTooLarge': 'El archivo pasa de 20 MB: elija el PDF del acuerdo mismo.',
    'api.complaintFile': 'Elija de nuevo el archivo del registro de quejas.',
    'api.outageFile': 'Elija de nuevo el archivo de cortes.',
    'api.resultsFile': 'Elija de nuevo el archivo de resultados.',
    'api.utility': 'Elija un sistema de la lista.',
  },
});
