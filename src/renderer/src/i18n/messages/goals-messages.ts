import { defineMessages } from '@shared/i18n/define-messages';
import { goalLibraryMessages } from './goal-library-messages';

/** The goals steps' lists, cards, help and flags (features/goals/). */
const stepsMessages = defineMessages('goals', {
  en: {
    // Names shared by the cards, the library and the editor (goal-words.ts).
    'kind.internal': 'Internal',
    'kind.external': 'External',
    'area.energy-efficiency': 'Energy Efficiency',
    'area.water-efficiency': 'Water Efficiency / Conservation',
    'area.social': 'Social',
    'area.environmental': 'Environmental',
    'area.customer-service': 'Customer Service',
    'area.regulatory': 'Regulatory Requirements',
    'baseline.notRecorded': 'not recorded yet',
    'baseline.noneYet': 'none yet: {reason}',
    'baseline.yes': 'yes',
    'baseline.no': 'no',
    'baseline.asOf': '{amount} (as of {date})',
    // The step (GoalsForm).
    'form.hint':
      'Shown and numbered as the agreement prints them: area by area. Move up and Move down change the order within an area; a goal whose area you change moves to its place when you close it.',
    'form.evidenceNote':
      'Each goal lists the customer feedback linked to it on {step}. A goal with none is flagged, not blocked.',
    'form.linkEvidence': 'Link evidence on the Customers step',
    'form.addFromLibrary': 'Add from the library',
    'form.addBlank': 'Add a blank goal',
    'count.internal':
      '{count, plural, =0 {No internal goals yet.} one {# internal goal.} other {# internal goals.}}',
    'count.external':
      '{count, plural, =0 {No external goals yet.} one {# external goal.} other {# external goals.}}',
    'gap.none.internal': 'Add at least one internal goal.',
    'gap.none.external': 'Add at least one external goal.',
    'gap.goal': 'Goal {number}: {todo}.',
    // The notice after a goal is added from the library (show-added-notice).
    'added.title': 'Goal {number} added to {title} (step {step})',
    'added.elsewhere':
      '{kind, select, internal {It is an internal goal, so it is listed there, not on this step.} other {It is an external goal, so it is listed there, not on this step.}}',
    'added.goThere': 'Go to {title}',
    'added.opens': 'It opens for wording when you close the library.',
    // What went wrong with the list (use-goal-list).
    'problem.stillOpen': 'This goal is still open',
    'problem.add': 'Could not add the goal',
    'problem.move': 'Could not move the goal',
    'problem.delete': 'Could not delete the goal',
    'problem.undo': 'Could not undo',
    'deleted.title': 'Goal deleted',
    'deleted.named': '“{statement}” was deleted.',
    'deleted.blank': 'A goal with no wording was deleted.',
    // One goal's card (GoalCard).
    'card.heading':
      'Goal {number} · {area} · {kind}{stretch, select, yes { · Stretch goal} other {}}',
    'card.noArea': 'Area not chosen yet',
    'card.number': 'Goal {number}:',
    'card.noWording': '(No wording yet)',
    'card.flags': 'Review flags',
    'card.target': '<b>Target:</b> {target}',
    'card.today': '<b>Today:</b> {baseline}',
    'card.close': 'Close',
    'card.view': 'View',
    'card.edit': 'Edit',
    'card.moveUp': 'Move up',
    'card.moveDown': 'Move down',
    'card.delete': 'Delete',
    // The review's flags on a card (goal-flags): short names, and the field to change.
    'flag.no-area': 'Unfinished: choose its area',
    'flag.no-direction': 'Unfinished: choose how the target works',
    'flag.measurable': 'Not measurable yet',
    'flag.baseline': 'No baseline yet',
    'flag.stand-in': 'Check who stands in',
    'flag.service': 'Not a service this utility runs (see step 1)',
    'flag.capability': 'Beyond what the system has',
    'flag.floor': 'Misses the legal minimum',
    'flag.contradiction': 'Words and target disagree',
    'flag.measure-changed': 'Measure changed: check how it is measured',
    'flag.stretch': 'Looks like a stretch',
    'flag.stretch-cost': 'Stretch: no cost note yet',
    'flag.customer-input': 'No customer input yet',
    'flag.area': 'Outside the chosen areas',
    'todo.no-area': 'choose its area (Goal area field)',
    'todo.no-direction': 'choose how its target works (How the target works field)',
    'todo.service':
      'not a service this utility runs: take it out, or answer “Both” to “What does the utility run?” on step 1',
    'severity.blocker': 'Must fix',
    'severity.warning': 'Worth a look',
    'severity.note': 'Note',
    // The step's introduction and help (goals-help).
    'examples.internal.water':
      'maintenance on schedule, energy used per gallon, pipe breaks per mile of main, water lost before it reaches a meter',
    'examples.internal.wastewater':
      'maintenance on schedule, energy used per gallon treated, sewer mains cleaned on a cycle, lift station alarms tested',
    'examples.internal.both':
      'maintenance on schedule, energy used per gallon, pipe breaks per mile of main, sewer mains cleaned on a cycle',
    'examples.external.water':
      'how fast the water is back on after an outage, how soon a complaint is answered, how much notice of a planned shutoff, the least pressure at the tap',
    'examples.external.wastewater':
      'how fast a crew comes after a sewer backup, how soon a complaint is answered, odors kept away from homes, how soon neighbors hear of an overflow',
    'examples.external.both':
      'how fast the water is back on after an outage or a crew comes after a sewer backup, how soon a complaint is answered, how much notice of a planned shutoff, the least pressure at the tap',
    'intro.internal':
      'Internal goals set how the system is run, and the staff who run it help set them: {examples}. Add them from the library or write your own.',
    'intro.external':
      'External goals are the service customers feel: {examples}. They come from what customers want.',
    'help.internal.who': 'Operator proposes, board decides',
    'help.internal.heading': 'What an internal goal is',
    'help.internal.text': 'How the system is run, set by the people who run it: {examples}.',
    'help.external.who': 'Board decides, with what customers said',
    'help.external.heading': 'What an external goal is',
    'help.external.text': 'What customers feel at home: {examples}.',
    'help.fromCustomers.heading': 'They come from customers',
    'help.fromCustomers.text':
      'Ask customers what matters to them and what they would pay for, before setting these targets. Customers often want more but will not pay for it; the target should reflect both.',
    'help.startSmall.heading': 'Start small',
    'help.startSmall.text':
      'Begin with 10 to 12 simple goals from 3 or 4 areas, inside and outside together. You can add more next year, once tracking them is a habit.',
    'help.measurable.heading': 'Make each goal measurable',
    'help.measurable.text':
      'Every goal needs a unit and a number to aim for (or a plain yes or no), so anyone can tell at the end of the year whether it was met.',
    'help.fromToday.heading': 'Set the target from today',
    'help.fromToday.text':
      "Write down today's level (the baseline) and set the target at or slightly better than it. A big jump is a stretch: it usually costs money, so budget for it.",
    'help.limits.heading': 'Stay within the limits',
    'help.limits.water':
      'Promise only what your wells, pipes, tanks and pumps can do today, and never less than the law requires (such as 20 psi minimum pressure in most states).',
    'help.limits.wastewater':
      'Promise only what your sewers, lift stations and plant can do today, and never less than the law and your discharge permit require (such as reporting an overflow to the state on time).',
    'help.limits.both':
      'Promise only what your wells, tanks, sewers, lift stations and plant can do today, and never less than the law and your discharge permit require (such as 20 psi minimum water pressure in most states).',
  },
  es: {
    'kind.internal': 'Interna',
    'kind.external': 'Externa',
    'area.energy-efficiency': 'Eficiencia energética',
    'area.water-efficiency': 'Eficiencia y conservación del agua',
    'area.social': 'Social',
    'area.environmental': 'Medio ambiente',
    'area.customer-service': 'Servicio al cliente',
    'area.regulatory': 'Requisitos reglamentarios',
    'baseline.notRecorded': 'aún sin medir',
    'baseline.noneYet': 'aún no hay: {reason}',
    'baseline.yes': 'sí',
    'baseline.no': 'no',
    'baseline.asOf': '{amount} (al {date})',
    'form.hint':
      'Se muestran y numeran como las imprime el acuerdo: área por área. Subir y Bajar cambian el orden dentro de un área; una meta a la que le cambie el área pasa a su lugar al cerrarla.',
    'form.evidenceNote':
      'Cada meta muestra los comentarios de clientes vinculados a ella en {step}. Una meta sin ninguno queda señalada, no bloqueada.',
    'form.linkEvidence': 'Vincular comentarios en el paso Clientes',
    'form.addFromLibrary': 'Agregar de la biblioteca',
    'form.addBlank': 'Agregar una meta en blanco',
    'count.internal':
      '{count, plural, =0 {Aún no hay metas internas.} one {# meta interna.} other {# metas internas.}}',
    'count.external':
      '{count, plural, =0 {Aún no hay metas externas.} one {# meta externa.} other {# metas externas.}}',
    'gap.none.internal': 'Agregue al menos una meta interna.',
    'gap.none.external': 'Agregue al menos una meta externa.',
    'gap.goal': 'Meta {number}: {todo}.',
    'added.title': 'Meta {number} agregada a {title} (paso {step})',
    'added.elsewhere':
      '{kind, select, internal {Es una meta interna, así que aparece allá, no en este paso.} other {Es una meta externa, así que aparece allá, no en este paso.}}',
    'added.goThere': 'Ir a {title}',
    'added.opens': 'Se abre para redactarla cuando cierre la biblioteca.',
    'problem.stillOpen': 'Esta meta sigue abierta',
    'problem.add': 'No se pudo agregar la meta',
    'problem.move': 'No se pudo mover la meta',
    'problem.delete': 'No se pudo borrar la meta',
    'problem.undo': 'No se pudo deshacer',
    'deleted.title': 'Meta borrada',
    'deleted.named': 'Se borró “{statement}”.',
    'deleted.blank': 'Se borró una meta sin redactar.',
    'card.heading':
      'Meta {number} · {area} · {kind}{stretch, select, yes { · Meta ambiciosa} other {}}',
    'card.noArea': 'Área aún sin elegir',
    'card.number': 'Meta {number}:',
    'card.noWording': '(Aún sin redactar)',
    'card.flags': 'Señales de la revisión',
    'card.target': '<b>Objetivo:</b> {target}',
    'card.today': '<b>Hoy:</b> {baseline}',
    'card.close': 'Cerrar',
    'card.view': 'Ver',
    'card.edit': 'Editar',
    'card.moveUp': 'Subir',
    'card.moveDown': 'Bajar',
    'card.delete': 'Borrar',
    'flag.no-area': 'Sin terminar: elija su área',
    'flag.no-direction': 'Sin terminar: elija cómo funciona el objetivo',
    'flag.measurable': 'Aún no se puede medir',
    'flag.baseline': 'Aún sin nivel actual',
    'flag.stand-in': 'Revise quién es el suplente',
    'flag.service': 'No es un servicio de este sistema (vea el paso 1)',
    'flag.capability': 'Más de lo que tiene el sistema',
    'flag.floor': 'No alcanza el mínimo legal',
    'flag.contradiction': 'Las palabras y el objetivo no coinciden',
    'flag.measure-changed': 'Cambió la medida: revise cómo se mide',
    'flag.stretch': 'Parece una meta ambiciosa',
    'flag.stretch-cost': 'Meta ambiciosa: aún sin nota de costo',
    'flag.customer-input': 'Aún sin opinión de los clientes',
    'flag.area': 'Fuera de las áreas elegidas',
    'todo.no-area': 'elija su área (campo Área de la meta)',
    'todo.no-direction': 'elija cómo funciona su objetivo (campo Cómo funciona el objetivo)',
    'todo.service':
      'no es un servicio de este sistema: quítela, o conteste “Los dos” a “¿Qué opera el sistema?” en el paso 1',
    'severity.blocker': 'Hay que corregir',
    'severity.warning': 'Vale la pena revisar',
    'severity.note': 'Nota',
    'examples.internal.water':
      'el mantenimiento a tiempo, la energía por galón, las roturas de tubería por milla de tubería principal, el agua que se pierde antes de llegar a un medidor',
    'examples.internal.wastewater':
      'el mantenimiento a tiempo, la energía por galón tratado, la limpieza de las tuberías de drenaje en un ciclo, la prueba de las alarmas de las estaciones de bombeo',
    'examples.internal.both':
      'el mantenimiento a tiempo, la energía por galón, las roturas de tubería por milla de tubería principal, la limpieza de las tuberías de drenaje en un ciclo',
    'examples.external.water':
      'qué tan pronto vuelve el agua después de un corte, qué tan pronto se contesta una queja, con cuánto aviso llega un corte programado, la presión mínima en la llave',
    'examples.external.wastewater':
      'qué tan pronto llega una cuadrilla por un drenaje tapado, qué tan pronto se contesta una queja, los malos olores lejos de las casas, qué tan pronto se avisa a los vecinos de un derrame',
    'examples.external.both':
      'qué tan pronto vuelve el agua después de un corte o llega una cuadrilla por un drenaje tapado, qué tan pronto se contesta una queja, con cuánto aviso llega un corte programado, la presión mínima en la llave',
    'intro.internal':
      'Las metas internas fijan cómo se opera el sistema, y el personal que lo opera ayuda a fijarlas: {examples}. Agréguelas de la biblioteca o escriba las suyas.',
    'intro.external':
      'Las metas externas son el servicio que notan los clientes: {examples}. Salen de lo que quieren los clientes.',
    'help.internal.who': 'El operador propone, la mesa directiva decide',
    'help.internal.heading': 'Qué es una meta interna',
    'help.internal.text': 'Cómo se opera el sistema, fijada por quienes lo operan: {examples}.',
    'help.external.who': 'La mesa directiva decide, con lo que dijeron los clientes',
    'help.external.heading': 'Qué es una meta externa',
    'help.external.text': 'Lo que los clientes notan en casa: {examples}.',
    'help.fromCustomers.heading': 'Salen de los clientes',
    'help.fromCustomers.text':
      'Pregunte a los clientes qué les importa y por qué pagarían, antes de fijar estos objetivos. Los clientes suelen querer más, pero no pagar por ello; el objetivo debe tomar en cuenta las dos cosas.',
    'help.startSmall.heading': 'Empiece con poco',
    'help.startSmall.text':
      'Empiece con 10 a 12 metas sencillas de 3 o 4 áreas, internas y externas juntas. Puede agregar más el año que viene, cuando darles seguimiento ya sea costumbre.',
    'help.measurable.heading': 'Que cada meta se pueda medir',
    'help.measurable.text':
      'Cada meta necesita una unidad y un número al que llegar (o un simple sí o no), para que cualquiera sepa al final del año si se cumplió.',
    'help.fromToday.heading': 'Fije el objetivo a partir de hoy',
    'help.fromToday.text':
      'Anote el nivel actual y fije el objetivo igual o un poco mejor. Un salto grande es una meta ambiciosa: casi siempre cuesta dinero, así que inclúyala en el presupuesto.',
    'help.limits.heading': 'No pase de los límites',
    'help.limits.water':
      'Prometa solo lo que sus pozos, tuberías, tanques y bombas pueden hacer hoy, y nunca menos de lo que exige la ley (como 20 psi de presión mínima en la mayoría de los estados).',
    'help.limits.wastewater':
      'Prometa solo lo que su drenaje, sus estaciones de bombeo y su planta pueden hacer hoy, y nunca menos de lo que exigen la ley y su permiso de descarga (como avisar a tiempo al estado de un derrame).',
    'help.limits.both':
      'Prometa solo lo que sus pozos, tanques, drenaje, estaciones de bombeo y planta pueden hacer hoy, y nunca menos de lo que exigen la ley y su permiso de descarga (como 20 psi de presión mínima del agua en la mayoría de los estados).',
  },
});

/** The words of the goals steps (features/goals/): the steps' own and the library's. */
export const goalsMessages = {
  en: { ...stepsMessages.en, ...goalLibraryMessages.en },
  es: { ...stepsMessages.es, ...goalLibraryMessages.es },
};
