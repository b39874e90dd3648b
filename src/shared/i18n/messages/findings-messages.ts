import { defineMessages } from '../define-messages';

const why = 'a higher level of service costs more, and the rates and reserves must pay for it.';
const porque =
  'un nivel de servicio más alto cuesta más, y las tarifas y las reservas deben pagarlo.';

/** The words of the review's findings (domain/review/*-rule.ts): what is wrong and how to fix it. */
export const findingsMessages = defineMessages('findings', {
  en: {
    // How a finding names a goal (goal-label.ts), and the pieces sentences are built from.
    'goal.label': 'Goal {number} (“{statement}”)',
    'goal.noWording': 'Goal {number} (no wording yet)',
    'list.two': '{first} and {last}',
    'list.more': '{first}, {rest}',
    sentences: '{first} {rest}',
    quoted: '“{words}”',
    // An amount the unit glossary words in each language (numbers/unit-words.ts): both travel,
    // and each language's message shows its own.
    amount: '{en}{es, select, other {}}',
    'field.dataSource': 'How it is measured',
    'field.frequency': 'How often',
    'field.responsible': 'Who is responsible',
    'field.standIn': 'Who stands in',
    'areaName.energy-efficiency': 'Energy Efficiency',
    'areaName.water-efficiency': 'Water Efficiency / Conservation',
    'areaName.social': 'Social',
    'areaName.environmental': 'Environmental',
    'areaName.customer-service': 'Customer Service',
    'areaName.regulatory': 'Regulatory Requirements',
    'side.at-most': 'At most',
    'side.at-least': 'At least',

    // count-rule.ts
    'count.none': 'There are no goals yet.',
    'count.none.fix':
      'Add internal goals on the Internal goals step and external goals on the External goals step; the templates are a quick start. Aim for 10–12 goals from 3–4 areas.',
    'count.tooMany':
      'The agreement has {count} goals. Tracking costs can outweigh the benefit; start with 10–12 from 3–4 areas.',
    'count.tooMany.fix':
      'Keep the goals that matter most to the board and customers, and drop or merge the rest. More can be added at a yearly review.',
    'count.guidance':
      'The agreement has {goals, plural, one {# goal} other {# goals}} from {areas, plural, one {# area} other {# areas}}. A good start is 10–12 simple goals from 3–4 areas; add more at a yearly review.',
    'count.guidance.few':
      'Consider a few more goals in the areas you chose, or keep the list short on purpose.',
    'count.guidance.spread': 'Consider focusing on the 3–4 areas that matter most for now.',

    // balance-rule.ts
    'balance.internal':
      'There is no internal goal. Internal goals set how the system is run, such as maintenance on schedule, pipe breaks or energy use.',
    'balance.internal.fix':
      'Add at least one internal goal on the Internal goals step, with the operator.',
    'balance.external':
      'There is no external goal. External goals are the service customers feel, such as how fast a crew comes, how much notice customers get and how soon a complaint is answered.',
    'balance.external.fix':
      'Add at least one external goal on the External goals step, based on what customers said.',

    // area-rule.ts
    'area.empty': '{area} was chosen on step 2 but has no goal yet.',
    'area.empty.fix':
      'Add a goal in this area, or write on this step why the board has none for now; the reason is kept in the record.',
    'area.outside': '{label} is in the {area} area, which was not chosen on step 2.',
    'area.outside.fix':
      'Add {area} to the chosen areas on step 2, or move the goal to one of the chosen areas.',

    // unfinished-rule.ts
    noArea:
      '{label} is unfinished: its area is not chosen yet, so the agreement cannot say where it belongs.',
    'noArea.fix': 'Open the goal and choose its area in the “Goal area” field.',
    noDirection:
      '{label} is unfinished: it does not yet say how its target works (at most, at least, yes or no, or within a range).',
    'noDirection.fix': 'Open the goal and choose one under “How the target works”.',

    // measurable-rule.ts
    measurable: '{label} cannot be measured yet: it has {missing}.',
    'measurable.fix': 'Open the goal and {todo}.',
    'measurable.missing.wording': 'no wording',
    'measurable.missing.unit': 'no unit',
    'measurable.missing.target': 'no target number',
    'measurable.missing.upper-target':
      'no upper end for its range, or an upper end below the lower one',
    'measurable.todo.wording': 'write what the goal promises in one plain sentence',
    'measurable.todo.unit': 'enter its unit (such as hours, % or calls)',
    'measurable.todo.target': 'enter the target number',
    'measurable.todo.upper-target': 'enter an upper end at or above the lower end of the range',

    // service-rule.ts
    service:
      '{label} is about {service, select, sewer {sewer service} other {drinking water}}, but step 1 says the utility runs {service, select, sewer {drinking water only (“Drinking water”)} other {sewer service only (“Wastewater (sewer)”)}}. The agreement can only promise service the utility provides.',
    'service.fix':
      'Take this goal out of the agreement, or, if the utility runs both, answer “Both” to “What does the utility run?” on step 1.',

    // capability-rule.ts: the equipment as step 2 asks about it.
    'asset.needs':
      '{asset, select, fireHydrants {fire hydrants} backupSource {a backup water source} storage {a storage tank} other {backup power for the wells and pumps}}',
    'asset.has':
      '{asset, select, fireHydrants {no fire hydrants} backupSource {no backup water source} storage {no storage tank} other {no backup power for the wells and pumps}}',
    'capability.hydrants':
      '{label} promises fire protection, but step 2 says the system has no fire hydrants. That is beyond what the system can deliver: fire flow needs hydrants and mains large enough to carry it.',
    'capability.hydrants.fix':
      'Take this goal out of the agreement and put hydrants and larger mains in the capital improvement plan; fire flow joins the agreement once they are built. If the system does have hydrants, correct step 2.',
    'capability.missing':
      '{label} depends on {needs}, but step 2 says the system has {has}. The promise is beyond what the system can deliver today.',
    'capability.missing.fix':
      'Reword the goal to what the system can do now, or put {needs} in the capital improvement plan and add the goal once it exists. If step 2 is wrong, correct it there.',
    'capability.unsure':
      '{label} depends on {needs}, and step 2 does not yet say whether the system has {asset, select, fireHydrants {them} other {it}}.',
    'capability.unsure.fix':
      'Confirm with the operator, then answer the question about {needs} on step 2.',
    'liftStations.none':
      '{label} depends on backup power at the lift stations, but step 2 says {stations, plural, one {the lift station has} other {none of the # lift stations has}} backup power. The promise is beyond what the system can deliver today.',
    'liftStations.none.fix':
      'Reword the goal to what the system can do now, or put generators at the lift stations in the capital improvement plan and add the goal once they are in. If step 2 is wrong, correct “Lift stations with backup power” there.',
    'liftStations.some':
      '{label} depends on backup power at the lift stations, but step 2 says only {powered} of {stations} lift stations {powered, plural, one {has} other {have}} backup power. Where there is none, the promise cannot be kept in a power cut.',
    'liftStations.some.fix':
      'Limit the goal to the lift stations with backup power, or put generators for the other {without, plural, one {# lift station} other {# lift stations}} in the capital improvement plan. If step 2 is wrong, correct “Lift stations with backup power” there.',
    'liftStations.unknown':
      '{label} depends on backup power at the lift stations, and step 2 does not yet say how many lift stations have it.',
    'liftStations.unknown.fix':
      'Confirm with the operator, then answer “Lift stations” and “Lift stations with backup power” on step 2.',

    // floor-rule.ts
    floor:
      "{label} sets {target}, {side, select, below {below} other {above}} the board's floor of {floor} for {title}. The common state value is {common}: {basis} States differ, so the floor can be changed on this step.",
    'floor.fix':
      "Set the target to {side, select, below {at least} other {at most}} {floor}, or, if your state's rule is different, change the floor on this step.",
    'floor.title.minimum-pressure': 'minimum water pressure',
    'floor.title.tier-1-notice': 'tier 1 public notice (for example a boil-water notice)',
    'floor.title.overflow-report': 'reporting a sewer overflow to the state',
    'floor.basis.minimum-pressure':
      'Most states require at least 20 psi everywhere in the system at all times (for example New York and Illinois); some require 25 or 35.',
    'floor.basis.tier-1-notice':
      'The federal public-notice rule gives 24 hours to notify customers of a Tier 1 violation.',
    'floor.basis.overflow-report':
      'Most discharge permits and state rules require an overflow that reaches waters or endangers health to be reported within 24 hours, with a written report within 5 days; check your permit.',

    // contradiction-rule.ts
    contradiction:
      '{label} says “{words}”, but its target is set to “{chosen}”: the words and the target that is tracked disagree.',
    'contradiction.fix':
      'Choose “{side}” under “How the target works”, or reword the goal so it says what the target says.',

    // measure-changed-rule.ts
    'measure.none': 'no measure yet',
    'measure.plain': '“{measure}”',
    'measure.withUnit': '“{measure}” in {unit}',
    measureChanged:
      '{label} now has {now}, but {fields} {count, plural, one {is} other {are}} still what came with the library goal’s measure, {before}.',
    'measureChanged.fix':
      'Open the goal and check {fields} under Tracking: change {count, plural, one {it} other {them}} to fit the new measure, or choose “Still right” there if {count, plural, one {it still fits} other {they still fit}}.',

    // baseline-rule.ts
    baseline: "{label} has no baseline: today's level is not recorded, and no reason is given.",
    'baseline.fix':
      "Enter today's value and where it comes from, or write why there is no baseline yet (for example, that measuring starts this year).",

    // stand-in-rule.ts
    'standIn.nobody':
      '{label} fills in {fields} but leaves “Who is responsible” empty, so the paper names someone to stand in for nobody.',
    'standIn.nobody.fix':
      'Open the goal and fill in “Who is responsible” under Tracking, such as the operator or the board secretary.',
    'standIn.same':
      '{label} names {person} both in “Who is responsible” and in {fields}, so nobody covers the goal while {person} is away.',
    'standIn.same.fix':
      'Open the goal and name someone else in {fields} under Tracking, such as a relief operator or a board member, or leave it empty if nobody can.',

    // customer-input-rule.ts
    customerInput:
      '{label} is an external goal, but no customer feedback is linked to it as evidence.',
    'customerInput.fix':
      'In step 4 (Customers), link the comments, survey answers or complaints this goal rests on.',

    // stretch-rule.ts
    'stretch.new':
      '{label} starts something the system does not do today. Starting something new needs time and money.',
    'stretch.beyond':
      '{label} aims for {target}, against {today} today: a stretch well beyond the current level.',
    'stretch.fix': `Tick “Stretch goal” (under “Who set it and why”) and budget for it in the “Cost note” field: ${why}`,
    'stretch.noCost': '{label} is marked as a stretch goal, but its cost note is empty.',
    'stretch.noCost.fix': `Write in the “Cost note” field what reaching it will cost and how it will be paid for: ${why}`,
  },
  es: {
    'goal.label': 'Meta {number} (“{statement}”)',
    'goal.noWording': 'Meta {number} (aún sin redacción)',
    'list.two': '{first} y {last}',
    'list.more': '{first}, {rest}',
    sentences: '{first} {rest}',
    quoted: '“{words}”',
    amount: '{es}{en, select, other {}}',
    'field.dataSource': 'Cómo se mide',
    'field.frequency': 'Cada cuándo',
    'field.responsible': 'Quién es responsable',
    'field.standIn': 'Quién es el suplente',
    'areaName.energy-efficiency': 'Eficiencia energética',
    'areaName.water-efficiency': 'Eficiencia y conservación del agua',
    'areaName.social': 'Social',
    'areaName.environmental': 'Medio ambiente',
    'areaName.customer-service': 'Servicio al cliente',
    'areaName.regulatory': 'Requisitos reglamentarios',
    'side.at-most': 'Como máximo',
    'side.at-least': 'Como mínimo',
    'count.none': 'Todavía no hay metas.',
    'count.none.fix':
      'Agregue metas internas en el paso Metas internas y metas externas en el paso Metas externas; las plantillas son una forma rápida de empezar. Procure tener de 10 a 12 metas de 3 o 4 áreas.',
    'count.tooMany':
      'El acuerdo tiene {count} metas. El costo de darles seguimiento puede ser mayor que el beneficio; empiece con 10 a 12 de 3 o 4 áreas.',
    'count.tooMany.fix':
      'Conserve las metas que más importan a la mesa directiva y a los clientes, y quite o junte las demás. Se pueden agregar más en una revisión anual.',
    'count.guidance':
      'El acuerdo tiene {goals, plural, one {# meta} other {# metas}} de {areas, plural, one {# área} other {# áreas}}. Un buen comienzo son de 10 a 12 metas sencillas de 3 o 4 áreas; agregue más en una revisión anual.',
    'count.guidance.few':
      'Considere algunas metas más en las áreas que eligió, o mantenga la lista corta a propósito.',
    'count.guidance.spread':
      'Considere concentrarse por ahora en las 3 o 4 áreas que más importan.',
    'balance.internal':
      'No hay ninguna meta interna. Las metas internas fijan cómo se opera el sistema, como el mantenimiento a tiempo, las roturas de tubería o el uso de energía.',
    'balance.internal.fix':
      'Agregue al menos una meta interna en el paso Metas internas, junto con el operador.',
    'balance.external':
      'No hay ninguna meta externa. Las metas externas son el servicio que sienten los clientes, como qué tan pronto llega una cuadrilla, con cuánto aviso cuentan los clientes y qué tan pronto se contesta una queja.',
    'balance.external.fix':
      'Agregue al menos una meta externa en el paso Metas externas, basada en lo que dijeron los clientes.',
    'area.empty': 'Se eligió {area} en el paso 2, pero aún no tiene ninguna meta.',
    'area.empty.fix':
      'Agregue una meta en esta área, o escriba en este paso por qué la mesa directiva no tiene ninguna por ahora; la razón queda en el registro.',
    'area.outside': '{label} está en el área {area}, que no se eligió en el paso 2.',
    'area.outside.fix':
      'Agregue {area} a las áreas elegidas en el paso 2, o pase la meta a una de las áreas elegidas.',
    noArea:
      '{label} está sin terminar: aún no se eligió su área, así que el acuerdo no puede decir a dónde pertenece.',
    'noArea.fix': 'Abra la meta y elija su área en el campo “Área de la meta”.',
    noDirection:
      '{label} está sin terminar: aún no dice cómo funciona su objetivo (como máximo, como mínimo, sí o no, o dentro de un rango).',
    'noDirection.fix': 'Abra la meta y elija una opción en “Cómo funciona el objetivo”.',
    measurable: '{label} todavía no se puede medir: le falta {missing}.',
    'measurable.fix': 'Abra la meta y {todo}.',
    'measurable.missing.wording': 'la redacción',
    'measurable.missing.unit': 'la unidad',
    'measurable.missing.target': 'el número del objetivo',
    'measurable.missing.upper-target':
      'un extremo superior para su rango (o el que tiene es menor que el inferior)',
    'measurable.todo.wording': 'escriba en una frase sencilla lo que promete la meta',
    'measurable.todo.unit': 'escriba su unidad (como horas, % o llamadas)',
    'measurable.todo.target': 'escriba el número del objetivo',
    'measurable.todo.upper-target':
      'escriba un extremo superior igual o mayor que el extremo inferior del rango',
    service:
      '{label} trata de {service, select, sewer {servicio de drenaje} other {agua potable}}, pero el paso 1 dice que el sistema opera {service, select, sewer {solo agua potable (“Agua potable”)} other {solo drenaje (“Aguas negras (alcantarillado)”)}}. El acuerdo solo puede prometer el servicio que el sistema presta.',
    'service.fix':
      'Quite esta meta del acuerdo o, si el sistema opera los dos, responda “Los dos” a “¿Qué opera el sistema?” en el paso 1.',
    'asset.needs':
      '{asset, select, fireHydrants {hidrantes} backupSource {una fuente de agua de respaldo} storage {un tanque de almacenamiento} other {energía de respaldo para los pozos y las bombas}}',
    'asset.has':
      '{asset, select, fireHydrants {no tiene hidrantes} backupSource {no tiene fuente de agua de respaldo} storage {no tiene tanque de almacenamiento} other {no tiene energía de respaldo para los pozos y las bombas}}',
    'capability.hydrants':
      '{label} promete protección contra incendios, pero el paso 2 dice que el sistema no tiene hidrantes. Eso va más allá de lo que el sistema puede cumplir: el caudal contra incendios necesita hidrantes y tuberías principales con capacidad suficiente.',
    'capability.hydrants.fix':
      'Quite esta meta del acuerdo y ponga los hidrantes y las tuberías más grandes en el plan de obras; el caudal contra incendios entra al acuerdo cuando estén construidos. Si el sistema sí tiene hidrantes, corrija el paso 2.',
    'capability.missing':
      '{label} depende de {needs}, pero el paso 2 dice que el sistema {has}. La promesa va más allá de lo que el sistema puede cumplir hoy.',
    'capability.missing.fix':
      'Cambie la redacción de la meta a lo que el sistema puede hacer ahora, o ponga {needs} en el plan de obras y agregue la meta cuando exista. Si el paso 2 está mal, corríjalo ahí.',
    'capability.unsure':
      '{label} depende de {needs}, y el paso 2 aún no dice si el sistema {asset, select, fireHydrants {los tiene} storage {lo tiene} other {la tiene}}.',
    'capability.unsure.fix':
      'Confírmelo con el operador y luego conteste en el paso 2 la pregunta sobre {needs}.',
    'liftStations.none':
      '{label} depende de energía de respaldo en las estaciones de bombeo, pero el paso 2 dice que {stations, plural, one {la estación de bombeo no tiene} other {ninguna de las # estaciones de bombeo tiene}} energía de respaldo. La promesa va más allá de lo que el sistema puede cumplir hoy.',
    'liftStations.none.fix':
      'Cambie la redacción de la meta a lo que el sistema puede hacer ahora, o ponga generadores en las estaciones de bombeo en el plan de obras y agregue la meta cuando estén instalados. Si el paso 2 está mal, corrija ahí “Estaciones de bombeo con energía de respaldo”.',
    'liftStations.some':
      '{label} depende de energía de respaldo en las estaciones de bombeo, pero el paso 2 dice que solo {powered} de {stations} estaciones de bombeo {powered, plural, one {tiene} other {tienen}} energía de respaldo. Donde no la hay, la promesa no se puede cumplir durante un apagón.',
    'liftStations.some.fix':
      'Limite la meta a las estaciones de bombeo con energía de respaldo, o ponga en el plan de obras generadores para {without, plural, one {la otra estación de bombeo} other {las otras # estaciones de bombeo}}. Si el paso 2 está mal, corrija ahí “Estaciones de bombeo con energía de respaldo”.',
    'liftStations.unknown':
      '{label} depende de energía de respaldo en las estaciones de bombeo, y el paso 2 aún no dice cuántas estaciones la tienen.',
    'liftStations.unknown.fix':
      'Confírmelo con el operador y luego conteste “Estaciones de bombeo” y “Estaciones de bombeo con energía de respaldo” en el paso 2.',
    floor:
      '{label} fija {target}, {side, select, below {por debajo del} other {por encima del}} mínimo legal de la mesa directiva de {floor} para {title}. El valor estatal más común es {common}: {basis} Cada estado es distinto, así que el mínimo se puede cambiar en este paso.',
    'floor.fix':
      'Fije el objetivo en {side, select, below {como mínimo} other {como máximo}} {floor} o, si la regla de su estado es distinta, cambie el mínimo en este paso.',
    'floor.title.minimum-pressure': 'la presión mínima del agua',
    'floor.title.tier-1-notice':
      'el aviso público de nivel 1 (por ejemplo, un aviso de hervir el agua)',
    'floor.title.overflow-report': 'reportar al estado un derrame de drenaje',
    'floor.basis.minimum-pressure':
      'La mayoría de los estados exige al menos 20 psi en todo el sistema en todo momento (por ejemplo, Nueva York e Illinois); algunos exigen 25 o 35.',
    'floor.basis.tier-1-notice':
      'La regla federal de avisos públicos da 24 horas para avisar a los clientes de una infracción de nivel 1.',
    'floor.basis.overflow-report':
      'La mayoría de los permisos de descarga y de las reglas estatales exigen reportar en 24 horas un derrame que llegue a un cuerpo de agua o ponga en riesgo la salud, con un informe por escrito en 5 días; revise su permiso.',
    contradiction:
      '{label} dice “{words}”, pero su objetivo está puesto en “{chosen}”: la redacción y el objetivo al que se da seguimiento no coinciden.',
    'contradiction.fix':
      'Elija “{side}” en “Cómo funciona el objetivo”, o cambie la redacción de la meta para que diga lo mismo que el objetivo.',
    'measure.none': 'aún sin medida',
    'measure.plain': '“{measure}”',
    'measure.withUnit': '“{measure}” en {unit}',
    measureChanged:
      '{label} ahora mide {now}, pero {fields} {count, plural, one {sigue siendo lo que venía} other {siguen siendo lo que venía}} con la medida de la meta de la biblioteca, {before}.',
    'measureChanged.fix':
      'Abra la meta y revise {fields} en Seguimiento: {count, plural, one {cámbielo} other {cámbielos}} para que corresponda a la nueva medida, o elija ahí “Sigue bien” si {count, plural, one {todavía corresponde} other {todavía corresponden}}.',
    baseline:
      '{label} no tiene nivel actual: no se ha anotado el nivel de hoy y no se da ninguna razón.',
    'baseline.fix':
      'Escriba el valor de hoy y de dónde sale, o escriba por qué todavía no hay nivel actual (por ejemplo, que se empieza a medir este año).',
    'standIn.nobody':
      '{label} llena {fields} pero deja vacío “Quién es responsable”, así que el documento nombra a alguien para suplir a nadie.',
    'standIn.nobody.fix':
      'Abra la meta y llene “Quién es responsable” en Seguimiento, por ejemplo con el operador o el secretario de la mesa directiva.',
    'standIn.same':
      '{label} nombra a {person} tanto en “Quién es responsable” como en {fields}, así que nadie cubre la meta cuando {person} no está.',
    'standIn.same.fix':
      'Abra la meta y nombre a otra persona en {fields} en Seguimiento, como un operador de relevo o un miembro de la mesa directiva, o déjelo vacío si no hay nadie.',
    customerInput:
      '{label} es una meta externa, pero no tiene ninguna opinión de los clientes vinculada como evidencia.',
    'customerInput.fix':
      'En el paso 4 (Clientes), vincule los comentarios, las respuestas de encuesta o las quejas en que se basa esta meta.',
    'stretch.new':
      '{label} empieza algo que el sistema no hace hoy. Empezar algo nuevo requiere tiempo y dinero.',
    'stretch.beyond':
      '{label} busca {target}, frente a {today} hoy: una meta muy por encima del nivel actual.',
    'stretch.fix': `Marque “Meta ambiciosa” (en “Quién la fijó y por qué”) e inclúyala en el presupuesto en el campo “Nota de costo”: ${porque}`,
    'stretch.noCost': '{label} está marcada como meta ambiciosa, pero su nota de costo está vacía.',
    'stretch.noCost.fix': `Escriba en el campo “Nota de costo” cuánto costará alcanzarla y cómo se pagará: ${porque}`,
  },
});
