// A catalog area: one message a line, grouped by component.
import { defineMessages } from '@shared/i18n/define-messages';

/** Step 4's cards, what was heard and the evidence linked to goals (features/customers/). */
export const customersEntryMessages = defineMessages('customers', {
  en: {
    // FastEntryForm, entry-draft and topic-hint
    'entry.said': 'What was said',
    'entry.saidHint': 'Enter saves the card; Shift+Enter starts a new line.',
    'entry.topic': 'Topic',
    'entry.strength': 'How strongly',
    'entry.name': 'Name (optional, private)',
    'entry.address': 'Address (optional, private)',
    'entry.privateHint': 'Kept in this app only; never printed.',
    'entry.saveChanges': 'Save changes',
    'entry.saveCard': 'Save card',
    'entry.cancel': 'Cancel',
    'entry.saved': '✓ Card {number} saved.',
    'entry.empty': 'This card is empty: write what was said or answer a question.',
    'entry.check': 'Check the card.',
    'entry.notSaved': 'Not saved: {reason}',
    'entry.problemTitle': 'Card not saved',
    'entry.asideTitle': 'A card is kept aside',
    'entry.asideNote':
      'It is not saved yet. Switch to it to save it again; the card in the form is kept aside in its place.',
    'entry.switchAside': 'Switch to it',
    'entry.noAnswer': 'No answer',
    'entry.notCovered': '{topic} (not covered)',
    'hint.change': 'Press a number or the first letter to change it.',
    'hint.suggested':
      'Suggested from what was said. Press a number or the first letter to change it.',
    'hint.notCovered':
      '{topic} is not covered: {step} says this agreement covers {coverage}. Choose another topic. Press a number or the first letter to change it.',
    // use-customer-records: what went wrong, and undo
    'records.addOutreachFailed': 'Could not add the outreach',
    'records.saveOutreachFailed': 'Could not save the outreach',
    'records.deleteOutreachFailed': 'Could not delete the outreach',
    'records.deleteCommentFailed': 'Could not delete the comment',
    'records.commentDeleted': 'Comment deleted',
    'records.undoFailed': 'Could not undo',
    'records.linkFailed': 'Could not link',
    'records.unlinkFailed': 'Could not unlink',
    'records.addGoalFailed': 'Could not add the goal',
    // WhatWeHeardSection and ChartFigure
    'heard.none': 'No cards typed yet. The charts fill in as you record what customers said.',
    'heard.total':
      '{cards, plural, one {# card} other {# cards}} from {outreaches, plural, one {# outreach} other {# outreaches}}.',
    'chart.topics': 'Comments by topic',
    'chart.methods': 'Cards by way of asking',
    'chart.satisfaction': 'Overall satisfaction, 1 (very dissatisfied) to 5 (very satisfied)',
    'chart.outage': 'Acceptable outage',
    'chart.notice': 'Notice wanted before a planned shutoff',
    'chart.cleanup': 'Crew at a sewage backup within',
    'chart.overflowNotice': 'Told of an overflow near home within',
    'chart.pay': 'Willing to pay for better service',
    'chart.inWords': 'In words',
    'chart.count': 'Count',
    // tally-words: the charts in words
    'tally.nobody': 'Nobody has answered “{question}” yet.',
    'tally.askSatisfaction': 'How satisfied are you?',
    'tally.askOutage': 'How long an outage is acceptable?',
    'tally.askNotice': 'How much notice do you need?',
    'tally.askCleanup': 'After a sewage backup at your home, how soon should a crew be there?',
    'tally.askOverflowNotice': 'If sewage overflows near your home, how soon should we tell you?',
    'tally.askPay': 'Would you pay more for better service?',
    'tally.topic':
      '{topic}: {count, plural, one {# comment} other {# comments}}{strong, plural, =0 {} other {, # strong}}.',
    'tally.method': '{method}: {outreaches}, {cards, plural, one {# card} other {# cards}}.',
    'tally.chose': '{count, plural, other {# chose}} {score}',
    'tally.said': '{count, plural, other {# said}} {answer}',
    'tally.satisfaction':
      '{satisfied} of {answered} who answered ({percent}) are satisfied, choosing 4 or 5. In all: {scores}.',
    'tally.outage':
      'Half of the {answered} who answered accept an outage of {hours} hours or more (the median). {counts}.',
    'tally.notice':
      'The median notice wanted is {days, plural, one {# day} other {# days}}, from {answered, plural, one {# answer} other {# answers}}. {counts}.',
    'tally.cleanup':
      'Half of the {answered} who answered want a crew at a sewage backup within {hours, plural, one {# hour} other {# hours}} or sooner (the median). {counts}.',
    'tally.overflowNotice':
      'Half of the {answered} who answered want to be told of an overflow near home within {hours, plural, one {# hour} other {# hours}} or sooner (the median). {counts}.',
    'tally.pay': '{percent} of the {answered} who answered would pay more. {counts}.',
    // EvidenceSources
    'sources.title': 'Use as evidence',
    'sources.hint':
      'Link a topic, or the whole complaint log, to the external goal it supports, or start a new goal from it. A single card can be linked from its own “Use as evidence” button.',
    'sources.wholeLogLabel':
      'Use the whole complaint log as evidence ({count, plural, one {# complaint} other {# complaints}})',
    'sources.wholeLog': 'Use the whole log',
    'sources.empty': 'Nothing heard yet: record cards or import the complaint log first.',
    'sources.topic': 'Topic',
    'sources.comments': 'Comments',
    'sources.complaints': 'Complaints',
    'sources.use': 'Use as evidence',
    'sources.commentsLabel':
      'Use comments on {topic} as evidence ({count, plural, one {# comment} other {# comments}})',
    'sources.useComments': 'Use comments',
    'sources.complaintsLabel':
      'Use complaints about {topic} as evidence ({count, plural, one {# complaint} other {# complaints}})',
    'sources.useComplaints': 'Use complaints',
    'sources.leftOut': 'Complaints left out of the agreement: {step}, says it covers {coverage}.',
    // EvidenceLinks
    'links.title': 'Evidence for each external goal',
    'links.hintApproved':
      'The approved agreement prints these lines as they read at the vote, never a customer’s name or address; complaints imported since then show here only.',
    'links.hint':
      'The review flags an external goal with nothing linked. The agreement prints these lines, never a customer’s name or address.',
    'links.none': 'No external goals yet. Start one from a topic with “Use as evidence”.',
    'links.nothing': 'Nothing linked yet.',
    'links.unlinkLabel': 'Unlink “{line}” from {goal}',
    'links.unlink': 'Unlink',
    'links.toGoals': 'Word and set the targets in {step}',
    // goal-name
    'goal.name': 'Goal {number}: {statement}',
    'goal.noWording': '(no wording yet)',
    // UseAsEvidenceModal
    'link.title': 'Use as evidence for an external goal',
    'link.close': 'Close without linking',
    'link.which': 'Which goal does it support?',
    'link.already': '{goal} (already linked)',
    'link.newGoal': 'A new external goal, to word in {step}',
    'link.newGoalNote': 'A new goal starts with this line under “What customers said”.',
    'link.cancel': 'Cancel',
    'link.link': 'Link',
    'link.linked': 'Linked as evidence',
    'link.linkedNew':
      'A new external goal rests on it. Give the goal its wording, area and target in {step}.',
    'link.linkedTo': 'Now linked to {goal}',
  },
  es: {
    'entry.said': 'Lo que se dijo',
    'entry.saidHint': 'Enter guarda la tarjeta; Mayús+Enter empieza una línea nueva.',
    'entry.topic': 'Tema',
    'entry.strength': 'Con qué fuerza',
    'entry.name': 'Nombre (opcional, privado)',
    'entry.address': 'Dirección (opcional, privada)',
    'entry.privateHint': 'Se guarda solo en esta aplicación; nunca se imprime.',
    'entry.saveChanges': 'Guardar cambios',
    'entry.saveCard': 'Guardar tarjeta',
    'entry.cancel': 'Cancelar',
    'entry.saved': '✓ Tarjeta {number} guardada.',
    'entry.empty': 'Esta tarjeta está vacía: escriba lo que se dijo o conteste una pregunta.',
    'entry.check': 'Revise la tarjeta.',
    'entry.notSaved': 'Sin guardar: {reason}',
    'entry.problemTitle': 'Tarjeta sin guardar',
    'entry.asideTitle': 'Una tarjeta quedó aparte',
    'entry.asideNote':
      'Aún no está guardada. Cambie a ella para guardarla de nuevo; la tarjeta del formulario queda aparte en su lugar.',
    'entry.switchAside': 'Cambiar a ella',
    'entry.noAnswer': 'Sin respuesta',
    'entry.notCovered': '{topic} (no cubierto)',
    'hint.change': 'Oprima un número o la primera letra para cambiarlo.',
    'hint.suggested':
      'Sugerido según lo que se dijo. Oprima un número o la primera letra para cambiarlo.',
    'hint.notCovered':
      '{topic} no está cubierto: {step} dice que este acuerdo cubre {coverage}. Escoja otro tema. Oprima un número o la primera letra para cambiarlo.',
    'records.addOutreachFailed': 'No se pudo agregar la consulta',
    'records.saveOutreachFailed': 'No se pudo guardar la consulta',
    'records.deleteOutreachFailed': 'No se pudo borrar la consulta',
    'records.deleteCommentFailed': 'No se pudo borrar el comentario',
    'records.commentDeleted': 'Comentario borrado',
    'records.undoFailed': 'No se pudo deshacer',
    'records.linkFailed': 'No se pudo vincular',
    'records.unlinkFailed': 'No se pudo desvincular',
    'records.addGoalFailed': 'No se pudo agregar la meta',
    'heard.none':
      'Todavía no hay tarjetas capturadas. Las gráficas se llenan a medida que anota lo que dijeron los clientes.',
    'heard.total':
      '{cards, plural, one {# tarjeta} other {# tarjetas}} de {outreaches, plural, one {# consulta} other {# consultas}}.',
    'chart.topics': 'Comentarios por tema',
    'chart.methods': 'Tarjetas por manera de preguntar',
    'chart.satisfaction': 'Satisfacción general, de 1 (muy insatisfecho) a 5 (muy satisfecho)',
    'chart.outage': 'Corte aceptable',
    'chart.notice': 'Aviso deseado antes de un corte programado',
    'chart.cleanup': 'Cuadrilla en un drenaje tapado en menos de',
    'chart.overflowNotice': 'Aviso de un derrame cerca de casa en menos de',
    'chart.pay': 'Dispuestos a pagar por un mejor servicio',
    'chart.inWords': 'En palabras',
    'chart.count': 'Cantidad',
    'tally.nobody': 'Nadie ha contestado “{question}” todavía.',
    'tally.askSatisfaction': '¿Qué tan satisfecho está?',
    'tally.askOutage': '¿Cuánto tiempo sin agua es aceptable?',
    'tally.askNotice': '¿Con cuánto aviso necesita saberlo?',
    'tally.askCleanup':
      'Si se tapa el drenaje en su casa, ¿en cuánto tiempo debe llegar una cuadrilla?',
    'tally.askOverflowNotice':
      'Si hay un derrame de drenaje cerca de su casa, ¿en cuánto tiempo debemos avisarle?',
    'tally.askPay': '¿Pagaría más por un mejor servicio?',
    'tally.topic':
      '{topic}: {count, plural, one {# comentario} other {# comentarios}}{strong, plural, =0 {} one {, # fuerte} other {, # fuertes}}.',
    'tally.method': '{method}: {outreaches}, {cards, plural, one {# tarjeta} other {# tarjetas}}.',
    'tally.chose': '{count, plural, one {# escogió} other {# escogieron}} {score}',
    'tally.said': '{count, plural, one {# dijo} other {# dijeron}} {answer}',
    'tally.satisfaction':
      '{satisfied} de {answered} que contestaron ({percent}) están satisfechos: escogieron 4 o 5. En total: {scores}.',
    'tally.outage':
      'La mitad de los {answered} que contestaron aceptan un corte de {hours} horas o más (la mediana). {counts}.',
    'tally.notice':
      'La mediana del aviso deseado es {days, plural, one {# día} other {# días}}, de {answered, plural, one {# respuesta} other {# respuestas}}. {counts}.',
    'tally.cleanup':
      'La mitad de los {answered} que contestaron quieren una cuadrilla en un drenaje tapado en {hours, plural, one {# hora} other {# horas}} o menos (la mediana). {counts}.',
    'tally.overflowNotice':
      'La mitad de los {answered} que contestaron quieren saber de un derrame cerca de casa en {hours, plural, one {# hora} other {# horas}} o menos (la mediana). {counts}.',
    'tally.pay': '{percent} de los {answered} que contestaron pagarían más. {counts}.',
    'sources.title': 'Usar como evidencia',
    'sources.hint':
      'Vincule un tema, o todo el registro de quejas, a la meta externa que respalda, o empiece una meta nueva con él. Una sola tarjeta se vincula con su propio botón “Usar como evidencia”.',
    'sources.wholeLogLabel':
      'Usar todo el registro de quejas como evidencia ({count, plural, one {# queja} other {# quejas}})',
    'sources.wholeLog': 'Usar todo el registro',
    'sources.empty':
      'Todavía no se ha escuchado nada: anote tarjetas o importe primero el registro de quejas.',
    'sources.topic': 'Tema',
    'sources.comments': 'Comentarios',
    'sources.complaints': 'Quejas',
    'sources.use': 'Usar como evidencia',
    'sources.commentsLabel':
      'Usar los comentarios sobre {topic} como evidencia ({count, plural, one {# comentario} other {# comentarios}})',
    'sources.useComments': 'Usar comentarios',
    'sources.complaintsLabel':
      'Usar las quejas sobre {topic} como evidencia ({count, plural, one {# queja} other {# quejas}})',
    'sources.useComplaints': 'Usar quejas',
    'sources.leftOut': 'Quejas que el acuerdo deja fuera: {step} dice que cubre {coverage}.',
    'links.title': 'Evidencia de cada meta externa',
    'links.hintApproved':
      'El acuerdo aprobado imprime estas líneas como estaban en la votación, nunca el nombre ni la dirección de un cliente; las quejas importadas desde entonces solo se ven aquí.',
    'links.hint':
      'La revisión señala toda meta externa sin nada vinculado. El acuerdo imprime estas líneas, nunca el nombre ni la dirección de un cliente.',
    'links.none':
      'Todavía no hay metas externas. Empiece una desde un tema con “Usar como evidencia”.',
    'links.nothing': 'Aún no hay nada vinculado.',
    'links.unlinkLabel': 'Desvincular “{line}” de {goal}',
    'links.unlink': 'Desvincular',
    'links.toGoals': 'Redacte las metas y fije sus objetivos en {step}',
    'goal.name': 'Meta {number}: {statement}',
    'goal.noWording': '(aún sin redactar)',
    'link.title': 'Usar como evidencia de una meta externa',
    'link.close': 'Cerrar sin vincular',
    'link.which': '¿Qué meta respalda?',
    'link.already': '{goal} (ya vinculada)',
    'link.newGoal': 'Una meta externa nueva, para redactarla en {step}',
    'link.newGoalNote': 'Una meta nueva empieza con esta línea en “Lo que dijeron los clientes”.',
    'link.cancel': 'Cancelar',
    'link.link': 'Vincular',
    'link.linked': 'Vinculada como evidencia',
    'link.linkedNew':
      'Una meta externa nueva se apoya en esto. Dele su redacción, su área y su objetivo en {step}.',
    'link.linkedTo': 'Ahora vinculada a {goal}',
  },
});
