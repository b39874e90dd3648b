import { defineMessages } from '@shared/i18n/define-messages';

/** The words of step 6, the review (features/review/). */
export const reviewMessages = defineMessages('review', {
  en: {
    intro:
      'Check the goals before they go to the board: each must be measurable, within what the system can do and at or above the legal minimum, and the list should be a size the utility can track.',
    gap: 'Fix the {count, plural, one {item} other {# items}} under “Must fix before approval”.',
    'summary.title': 'Summary',
    'summary.counts':
      '{goals, plural, one {# goal} other {# goals}}: {internal} internal, {external} external, in {areas, plural, one {# area} other {# areas}}.',
    'summary.guidance': 'The guidance: start with 10–12 simple goals from 3–4 areas.',
    'packet.title': 'For the board packet',
    'packet.hint':
      'A PDF of the agreement as it stands, marked DRAFT, for board members to read before the meeting.',
    'packet.approved': 'Revision {revision} is approved: print it from {step}.',
    'settings.title': 'Board settings',
    'settings.hint':
      'The legal minimums your state sets, and why a chosen area has no goal. Saved as you type.',
    // What changed since the revision in force (ChangesSinceSection).
    'changes.title': 'What changed since revision {since}',
    'changes.hint':
      'Revision {since} is the agreement in force. The board sees these changes before it votes.',
    'changes.nothing': 'Nothing yet: this draft says what revision {since} says.',
    'changes.count': '{count, plural, one {# goal differs} other {# goals differ}}.',
    'changes.heading':
      '{change, select, added {New} dropped {Dropped} other {Changed}}: {which} — {statement}',
    'changes.goal': 'goal {number}',
    'changes.goalMoved': 'goal {number} (goal {former} in revision {since})',
    'changes.dropped': 'goal {number} of revision {since}',
    'changes.mission': 'Changed: the mission statement',
    'changes.was': 'Was: “{text}”',
    'changes.now': 'Now: “{text}”',
    // The checklist (FindingGroups).
    'passed.title': 'Everything passes',
    'passed.text':
      'Nothing must be fixed and nothing needs a second look. The goals are ready for the board.',
    'blocker.title': 'Must fix before approval',
    'blocker.hint': 'The board cannot approve the agreement until these are fixed.',
    'warning.title': 'Worth a look',
    'warning.hint': 'Advice from the guidance. Fix them, or the board may accept them as they are.',
    'note.title': 'Notes',
    'note.hint': 'For the board to know; nothing to fix.',
    whatToDo: 'What to do:',
    goToGoal: 'Go to this goal',
    changeFloor: 'Change the floor',
    writeReason: 'Write the reason',
    // What customers said (ExternalGoalEvidence).
    'evidence.title': 'What customers said, goal by goal',
    'evidence.hint':
      'The evidence linked in {step}; the agreement prints it under each external goal.',
    'evidence.hintFrozen':
      'The evidence linked in {step}; the approved agreement prints it as it read at the vote, so complaints imported since then show here only.',
    'evidence.goal': 'Goal {number}: {statement}',
    'evidence.noWording': '(no wording yet)',
    'evidence.heard': 'Heard something new? Add it and link it on the Customers step.',
    'evidence.link': 'Link evidence on the Customers step',
    // The board's settings (ReviewSettingsFields).
    'floor.minimum-pressure': 'Minimum water pressure (psi)',
    'floor.minimum-pressure.basis':
      'Most states require at least 20 <psi>psi</psi> everywhere in the system at all times (for example New York and Illinois); some require 25 or 35.',
    'floor.tier-1-notice': 'Tier 1 public notice (for example a boil-water notice) (hours)',
    'floor.tier-1-notice.basis':
      'The federal public-notice rule gives 24 hours to notify customers of a Tier 1 violation.',
    'floor.overflow-report': 'Reporting a sewer overflow to the state (hours)',
    'floor.overflow-report.basis':
      'Most discharge permits and state rules require an overflow that reaches waters or endangers health to be reported within 24 hours, with a written report within 5 days; check your permit.',
    'permit.label': 'Discharge permit:',
    'permit.none': 'not entered yet. Its limits are part of every goal’s floor.',
    'permit.enter': 'Enter the permit number on {step}',
    'permit.entered': '{permit}. Its limits are part of every goal’s floor.',
    'permit.change': 'Change it on {step}',
    'reason.none': 'Every goal area chosen on step 2 has at least one goal.',
    'reason.label': 'Why there is no {area} goal',
    'reason.hint': 'Such as: we will add one next year, once we have a year of records.',
    // The help beside the step (DOMAIN.md sections 1 and 5).
    'help.who': 'Board president and operator together, before the board meeting',
    'help.checks': 'What this checks',
    'help.checksText':
      'That every goal can be measured, stays within what the equipment can do and the services the utility runs, meets the legal minimum, and that the list is a manageable size with both internal and external goals.',
    'help.kinds': 'Must fix, worth a look, notes',
    'help.kindsText':
      'Only a few things must be fixed before the board approves. The rest is advice: the board may accept it, and the reason is kept.',
    'help.number': 'A manageable number',
    'help.numberText':
      'Start with 10 to 12 simple goals from 3 or 4 areas. Past 15 goals, tracking them often costs more than it is worth.',
    'help.floor': 'The legal minimum differs by state',
    'help.floor.water':
      'Most states require at least 20 psi of pressure everywhere; some require 25 or 35. Change the floor below if your state differs.',
    'help.floor.wastewater':
      'Most discharge permits ask for an overflow to be reported to the state within 24 hours; check your permit, and change the floor below if yours differs.',
    'help.floor.both':
      'Most states require at least 20 psi of water pressure everywhere (some 25 or 35), and most discharge permits ask for a sewer overflow to be reported within 24 hours. Change the floors below if yours differ.',
    'help.targets': 'Set targets from today',
    'help.targetsText':
      "Each target should be at or slightly better than today's level. A big jump is a stretch: put what it costs in the goal's cost note.",
  },
  es: {
    intro:
      'Revise las metas antes de que lleguen a la mesa directiva: cada una debe poder medirse, estar al alcance del sistema y cumplir o superar el mínimo legal, y la lista debe ser de un tamaño que el sistema pueda seguir.',
    gap: 'Corrija {count, plural, one {el punto} other {los # puntos}} de “Corregir antes de aprobar”.',
    'summary.title': 'Resumen',
    'summary.counts':
      '{goals, plural, one {# meta} other {# metas}}: {internal, plural, one {# interna} other {# internas}}, {external, plural, one {# externa} other {# externas}}, en {areas, plural, one {# área} other {# áreas}}.',
    'summary.guidance': 'La guía: empiece con 10 a 12 metas sencillas de 3 o 4 áreas.',
    'packet.title': 'Para el paquete de la mesa directiva',
    'packet.hint':
      'Un PDF del acuerdo tal como está, marcado BORRADOR, para que los miembros de la mesa lo lean antes de la reunión.',
    'packet.approved': 'La revisión {revision} está aprobada: imprímala en {step}.',
    'settings.title': 'Ajustes de la mesa directiva',
    'settings.hint':
      'Los mínimos legales que fija su estado, y por qué un área elegida no tiene meta. Se guarda mientras escribe.',
    'changes.title': 'Qué cambió desde la revisión {since}',
    'changes.hint':
      'La revisión {since} es el acuerdo vigente. La mesa directiva ve estos cambios antes de votar.',
    'changes.nothing': 'Nada todavía: este borrador dice lo mismo que la revisión {since}.',
    'changes.count': '{count, plural, one {# meta es distinta} other {# metas son distintas}}.',
    'changes.heading':
      '{change, select, added {Nueva} dropped {Quitada} other {Cambiada}}: {which} — {statement}',
    'changes.goal': 'meta {number}',
    'changes.goalMoved': 'meta {number} (meta {former} en la revisión {since})',
    'changes.dropped': 'meta {number} de la revisión {since}',
    'changes.mission': 'Cambiada: la misión',
    'changes.was': 'Antes: “{text}”',
    'changes.now': 'Ahora: “{text}”',
    'passed.title': 'Todo está en orden',
    'passed.text':
      'No hay nada que corregir ni que volver a revisar. Las metas están listas para la mesa directiva.',
    'blocker.title': 'Corregir antes de aprobar',
    'blocker.hint': 'La mesa directiva no puede aprobar el acuerdo hasta que se corrijan.',
    'warning.title': 'Vale la pena revisar',
    'warning.hint':
      'Consejos de la guía. Corríjalos, o la mesa directiva puede aceptarlos tal como están.',
    'note.title': 'Notas',
    'note.hint': 'Para que la mesa directiva lo sepa; no hay nada que corregir.',
    whatToDo: 'Qué hacer:',
    goToGoal: 'Ir a esta meta',
    changeFloor: 'Cambiar el mínimo',
    writeReason: 'Escribir el motivo',
    'evidence.title': 'Lo que dijeron los clientes, meta por meta',
    'evidence.hint':
      'La evidencia vinculada en {step}; el acuerdo la imprime debajo de cada meta externa.',
    'evidence.hintFrozen':
      'La evidencia vinculada en {step}; el acuerdo aprobado la imprime como estaba en la votación, así que las quejas importadas después solo aparecen aquí.',
    'evidence.goal': 'Meta {number}: {statement}',
    'evidence.noWording': '(todavía sin texto)',
    'evidence.heard': '¿Escuchó algo nuevo? Agréguelo y vincúlelo en el paso Clientes.',
    'evidence.link': 'Vincular evidencia en el paso Clientes',
    'floor.minimum-pressure': 'Presión mínima del agua (psi)',
    'floor.minimum-pressure.basis':
      'La mayoría de los estados exigen por lo menos 20 <psi>psi</psi> en todo el sistema en todo momento (por ejemplo Nueva York e Illinois); algunos exigen 25 o 35.',
    'floor.tier-1-notice':
      'Aviso público de nivel 1 (por ejemplo, un aviso de hervir el agua) (horas)',
    'floor.tier-1-notice.basis':
      'La regla federal de avisos públicos da 24 horas para avisar a los clientes de una infracción de nivel 1.',
    'floor.overflow-report': 'Reporte al estado de un derrame de aguas negras (horas)',
    'floor.overflow-report.basis':
      'La mayoría de los permisos de descarga y de las reglas estatales exigen reportar en 24 horas un derrame que llegue a las aguas o ponga en riesgo la salud, con un informe escrito en 5 días; revise su permiso.',
    'permit.label': 'Permiso de descarga:',
    'permit.none': 'todavía no se ha anotado. Sus límites forman parte del mínimo de cada meta.',
    'permit.enter': 'Anotar el número del permiso en {step}',
    'permit.entered': '{permit}. Sus límites forman parte del mínimo de cada meta.',
    'permit.change': 'Cambiarlo en {step}',
    'reason.none': 'Cada área de metas elegida en el paso 2 tiene por lo menos una meta.',
    'reason.label': 'Por qué no hay una meta de {area}',
    'reason.hint':
      'Por ejemplo: agregaremos una el próximo año, cuando tengamos un año de registros.',
    'help.who': 'El presidente de la mesa directiva y el operador juntos, antes de la reunión',
    'help.checks': 'Qué se revisa',
    'help.checksText':
      'Que cada meta se pueda medir, esté al alcance del equipo y de los servicios que presta el sistema, cumpla el mínimo legal, y que la lista sea de un tamaño manejable, con metas internas y externas.',
    'help.kinds': 'Corregir, revisar, notas',
    'help.kindsText':
      'Solo unas cuantas cosas deben corregirse antes de que la mesa directiva apruebe. Lo demás son consejos: la mesa puede aceptarlos y el motivo queda guardado.',
    'help.number': 'Un número manejable',
    'help.numberText':
      'Empiece con 10 a 12 metas sencillas de 3 o 4 áreas. Con más de 15 metas, darles seguimiento suele costar más de lo que vale.',
    'help.floor': 'El mínimo legal cambia según el estado',
    'help.floor.water':
      'La mayoría de los estados exigen por lo menos 20 psi de presión en todas partes; algunos exigen 25 o 35. Cambie el mínimo abajo si su estado es distinto.',
    'help.floor.wastewater':
      'La mayoría de los permisos de descarga piden reportar un derrame al estado en 24 horas; revise su permiso y cambie el mínimo abajo si el suyo es distinto.',
    'help.floor.both':
      'La mayoría de los estados exigen por lo menos 20 psi de presión del agua en todas partes (algunos 25 o 35), y la mayoría de los permisos de descarga piden reportar un derrame de aguas negras en 24 horas. Cambie los mínimos abajo si los suyos son distintos.',
    'help.targets': 'Fije los objetivos a partir de hoy',
    'help.targetsText':
      'Cada objetivo debe quedar igual o un poco mejor que el nivel de hoy. Un salto grande es una meta ambiciosa: anote lo que cuesta en la nota de costo de la meta.',
  },
});
