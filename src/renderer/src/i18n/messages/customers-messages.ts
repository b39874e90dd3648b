// A catalog area: one message a line, grouped by component.
import { defineMessages } from '@shared/i18n/define-messages';
import { customersAnswersMessages } from './customers-answers-messages';
import { customersCardsMessages } from './customers-cards-messages';
import { customersEntryMessages } from './customers-entry-messages';

/** Step 4's plan, outreach list and editor (features/customers/). */
const planMessages = defineMessages('customers', {
  en: {
    // CustomersForm: the step's intro and tabs
    intro:
      'What do your customers want? Plan how to ask them, record every meeting and card, import the complaint log, and link what you heard to each external goal.',
    'tab.plan': 'Plan',
    'tab.outreach': 'Outreach and feedback',
    'tab.heard': 'What we heard',
    'tab.complaints': 'Complaint log',
    'tab.forms': 'Survey forms',
    // customers-help: the step's help panel
    'help.who': 'Board and operator, with the customers themselves',
    'help.why.heading': 'Why ask',
    'help.why.text':
      'External goals must come from a real conversation with customers: what they notice, what they put up with, and what they would pay to change.',
    'help.size.heading': 'Ways that fit your size',
    'help.size.text':
      'Under about 100 customers, knock on doors. With an annual meeting, ask there. Larger systems use focus groups, a survey with the bill, or an internet poll. Every utility can learn from its call and complaint log.',
    'help.typing.heading': 'Typing a stack of cards',
    'help.typing.text':
      'Pick the outreach, then type each card: the words, a number key for the topic and each answer, and Enter to save. The form clears for the next card.',
    'help.private.heading': 'Names stay private',
    'help.private.text':
      'A name or address on a card is kept in this app only. It never appears in the agreement, the customer summary or any other PDF.',
    'help.goal.heading': 'From what you heard to a goal',
    'help.goal.text':
      'Customers satisfied and unwilling to pay: keep the target where it is. Customers want more and would pay: raise it, and budget for it. Link the evidence to each external goal.',
    // customer-gaps: what the step still lacks
    'gap.plan': 'Plan: tick at least one way to hear from customers.',
    'gap.outreach':
      'Outreach and feedback: record what customers said, or import the complaint log.',
    'gap.evidence':
      'What we heard: link evidence to {count, plural, one {# external goal that has} other {# external goals that have}} none yet.',
    // The domain's names: strengths, answers to pay more (topics and ways of asking are the
    // shared evidence area's: evidence.topic.*, evidence.method.*)
    'strength.mild': 'Mild',
    'strength.moderate': 'Moderate',
    'strength.strong': 'Strong',
    'pay.as-now': 'As now',
    'pay.plus-10': '+10%',
    'pay.plus-50': '+50%',
    'coverage.water': 'drinking water only',
    'coverage.wastewater': 'sewer service only',
    // PlanSection
    'plan.aboutTitle': 'About your customers',
    'plan.aboutHint': 'The answers decide which ways of asking suit them.',
    'plan.usesInternet': 'Do most customers use the internet?',
    'plan.usesSocialMedia': 'Do customers follow the utility on social media?',
    'plan.holdsAnnualMeeting': 'Does the utility hold an annual meeting?',
    'plan.keepsComplaintLog': 'Does the utility keep a call or complaint log?',
    'plan.yes': 'Yes',
    'plan.no': 'No',
    'plan.unsure': 'Not sure',
    'plan.waysTitle': 'Ways to hear from them',
    'plan.waysHintUnknown':
      'Suggested for your customers. Enter the number of connections in step 1 for advice that fits your size.',
    'plan.waysHint':
      'Suggested for a utility of {count, plural, one {# connection} other {# connections}}. Tick the ways you will use and plan a date.',
    'plan.use': 'Use {method}',
    'plan.suggested': 'Suggested',
    'plan.plannedOn': 'Planned date for {method}',
    'plan.plannedOnHint': 'When you will ask, such as the next annual meeting.',
    'plan.notes': 'Plan notes for {method}',
    'plan.notesHint': 'Who does it, what is needed.',
    // OutreachSection
    'outreach.intro':
      'Record each time you asked customers, then type what each of them said, one card at a time.',
    'outreach.add': 'Add an outreach',
    'outreach.cardsFor': 'Cards for {name}',
    'outreach.newCardFor': 'New card for {name}',
    'outreach.deleteTitle': 'Delete this outreach?',
    'outreach.keepLabel': 'Keep the outreach',
    'outreach.deleteBody':
      '{name} and its {cards, plural, one {# card} other {# cards}} will be deleted. This cannot be undone.',
    'outreach.keep': 'Keep it',
    'outreach.deleteAll': 'Delete outreach and cards',
    'outreach.savedCardTitle': 'A saved card',
    'outreach.changeCardTitle': 'Change a saved card',
    'outreach.closeCard': 'Close the card',
    'outreach.savedCard': 'Saved card',
    // OutreachList
    'list.name': '{method}, {date}',
    'list.empty': 'No outreach recorded yet. Add the first meeting, round of doors or survey.',
    'list.outreach': 'Outreach',
    'list.takingPart': 'Taking part',
    'list.cards': 'Cards',
    'list.actions': 'Actions',
    'list.noDatePlace': 'No date or place yet',
    'list.notCounted': 'Not counted',
    'list.readCardsLabel': 'Read the cards of {name}',
    'list.typeCardsLabel': 'Type cards for {name}',
    'list.readCards': 'Cards',
    'list.typeCards': 'Type cards',
    'list.changeLabel': 'Change {name}',
    'list.change': 'Change',
    'list.deleteLabel': 'Delete {name}',
    'list.delete': 'Delete',
    // How many took part, in the words of each way of asking (outreach-count-words)
    'count.atLeast': 'at least {figure}',
    'count.door-to-door.reached': '{figure} {count, plural, one {home} other {homes}} reached',
    'count.door-to-door.answered': '{figure} answered',
    'count.annual-meeting.reached': '{figure} attended',
    'count.annual-meeting.answered': '{figure} spoke',
    'count.focus-group.reached': '{figure} attended',
    'count.focus-group.answered': '{figure} spoke',
    'count.mail-survey.reached': '{figure} sent',
    'count.mail-survey.answered': '{figure} returned',
    'count.internet-poll.reached': '{figure} reached',
    'count.internet-poll.answered': '{figure} answered',
    'count.complaint-log.reached': '{figure} {count, plural, one {call} other {calls}} logged',
    'count.complaint-log.answered': '{figure} answered the questions',
    'count.outreaches': '{count, plural, one {# outreach} other {# outreaches}}',
    // OutreachEditor
    'editor.changeTitle': 'Change this outreach',
    'editor.close': 'Close without saving',
    'editor.method': 'Method',
    'editor.methodHint': 'How you heard from customers this time.',
    'editor.date': 'Date',
    'editor.dateHint': 'The day of the meeting, or when the survey went out.',
    'editor.place': 'Place',
    'editor.placeHint': 'Such as: community hall, or the north side of town.',
    'editor.reached': 'People reached',
    'editor.reachedHint': 'Who got the question: at the meeting, doors knocked, surveys sent.',
    'editor.answered': 'People who answered',
    'editor.answeredHint': 'Who spoke, filled in a card or answered the door.',
    'editor.notes': 'Notes',
    'editor.preview': 'Shown in the tables and the agreement as: {words}.',
    'editor.cancel': 'Cancel',
    'editor.save': 'Save changes',
    'editor.addOutreach': 'Add outreach',
  },
  es: {
    intro:
      '¿Qué quieren sus clientes? Planee cómo preguntarles, anote cada reunión y cada tarjeta, importe el registro de quejas y vincule lo que escuchó a cada meta externa.',
    'tab.plan': 'Plan',
    'tab.outreach': 'Consultas y comentarios',
    'tab.heard': 'Lo que escuchamos',
    'tab.complaints': 'Registro de quejas',
    'tab.forms': 'Formularios de encuesta',
    'help.who': 'La mesa directiva y el operador, con los mismos clientes',
    'help.why.heading': 'Por qué preguntar',
    'help.why.text':
      'Las metas externas deben salir de una conversación real con los clientes: lo que notan, lo que aguantan y lo que pagarían por cambiarlo.',
    'help.size.heading': 'Maneras que van con su tamaño',
    'help.size.text':
      'Con menos de unos 100 clientes, toque puertas. Si hay una reunión anual, pregunte ahí. Los sistemas más grandes usan grupos de enfoque, una encuesta con la factura o una encuesta por internet. Todo sistema puede aprender de su registro de llamadas y quejas.',
    'help.typing.heading': 'Para capturar un montón de tarjetas',
    'help.typing.text':
      'Escoja la consulta y luego capture cada tarjeta: las palabras, una tecla de número para el tema y cada respuesta, y Enter para guardar. El formulario se vacía para la siguiente tarjeta.',
    'help.private.heading': 'Los nombres son privados',
    'help.private.text':
      'Un nombre o una dirección en una tarjeta se guarda solo en esta aplicación. Nunca aparece en el acuerdo, en el resumen para clientes ni en ningún otro PDF.',
    'help.goal.heading': 'De lo que escuchó a una meta',
    'help.goal.text':
      'Si los clientes están satisfechos y no quieren pagar más: deje el objetivo donde está. Si quieren más y pagarían: súbalo y prevéalo en el presupuesto. Vincule la evidencia a cada meta externa.',
    'gap.plan': 'Plan: marque al menos una manera de escuchar a los clientes.',
    'gap.outreach':
      'Consultas y comentarios: anote lo que dijeron los clientes o importe el registro de quejas.',
    'gap.evidence':
      'Lo que escuchamos: vincule evidencia a {count, plural, one {# meta externa que aún no tiene} other {# metas externas que aún no tienen}} ninguna.',
    'strength.mild': 'Leve',
    'strength.moderate': 'Moderado',
    'strength.strong': 'Fuerte',
    'pay.as-now': 'Igual que ahora',
    'pay.plus-10': '+10%',
    'pay.plus-50': '+50%',
    'coverage.water': 'solo el agua potable',
    'coverage.wastewater': 'solo el servicio de drenaje',
    'plan.aboutTitle': 'Sobre sus clientes',
    'plan.aboutHint': 'Las respuestas deciden qué maneras de preguntar les convienen.',
    'plan.usesInternet': '¿La mayoría de los clientes usa internet?',
    'plan.usesSocialMedia': '¿Los clientes siguen al sistema en las redes sociales?',
    'plan.holdsAnnualMeeting': '¿El sistema tiene una reunión anual?',
    'plan.keepsComplaintLog': '¿El sistema lleva un registro de llamadas o quejas?',
    'plan.yes': 'Sí',
    'plan.no': 'No',
    'plan.unsure': 'No sé',
    'plan.waysTitle': 'Maneras de escucharlos',
    'plan.waysHintUnknown':
      'Sugeridas para sus clientes. Escriba el número de conexiones en el paso 1 para recibir consejos según su tamaño.',
    'plan.waysHint':
      'Sugeridas para un sistema de {count, plural, one {# conexión} other {# conexiones}}. Marque las maneras que usará y planee una fecha.',
    'plan.use': 'Usar {method}',
    'plan.suggested': 'Sugerida',
    'plan.plannedOn': 'Fecha planeada para {method}',
    'plan.plannedOnHint': 'Cuándo preguntará, por ejemplo en la próxima reunión anual.',
    'plan.notes': 'Notas del plan para {method}',
    'plan.notesHint': 'Quién lo hace y qué se necesita.',
    'outreach.intro':
      'Anote cada vez que preguntó a los clientes y luego capture lo que dijo cada uno, una tarjeta a la vez.',
    'outreach.add': 'Agregar una consulta',
    'outreach.cardsFor': 'Tarjetas de {name}',
    'outreach.newCardFor': 'Nueva tarjeta de {name}',
    'outreach.deleteTitle': '¿Borrar esta consulta?',
    'outreach.keepLabel': 'Conservar la consulta',
    'outreach.deleteBody':
      'Se borrarán {name} y {cards, plural, one {su tarjeta} other {sus # tarjetas}}. No se puede deshacer.',
    'outreach.keep': 'Conservarla',
    'outreach.deleteAll': 'Borrar la consulta y sus tarjetas',
    'outreach.savedCardTitle': 'Una tarjeta guardada',
    'outreach.changeCardTitle': 'Cambiar una tarjeta guardada',
    'outreach.closeCard': 'Cerrar la tarjeta',
    'outreach.savedCard': 'Tarjeta guardada',
    'list.name': '{method}, {date}',
    'list.empty':
      'Todavía no hay consultas anotadas. Agregue la primera reunión, ronda de casa en casa o encuesta.',
    'list.outreach': 'Consulta',
    'list.takingPart': 'Participación',
    'list.cards': 'Tarjetas',
    'list.actions': 'Acciones',
    'list.noDatePlace': 'Aún sin fecha ni lugar',
    'list.notCounted': 'Sin contar',
    'list.readCardsLabel': 'Leer las tarjetas de {name}',
    'list.typeCardsLabel': 'Capturar tarjetas de {name}',
    'list.readCards': 'Tarjetas',
    'list.typeCards': 'Capturar tarjetas',
    'list.changeLabel': 'Cambiar {name}',
    'list.change': 'Cambiar',
    'list.deleteLabel': 'Borrar {name}',
    'list.delete': 'Borrar',
    'count.atLeast': 'al menos {figure}',
    'count.door-to-door.reached':
      '{figure} {count, plural, one {casa visitada} other {casas visitadas}}',
    'count.door-to-door.answered': '{figure} contestaron',
    'count.annual-meeting.reached': '{figure} asistieron',
    'count.annual-meeting.answered': '{figure} hablaron',
    'count.focus-group.reached': '{figure} asistieron',
    'count.focus-group.answered': '{figure} hablaron',
    'count.mail-survey.reached': '{figure} enviadas',
    'count.mail-survey.answered': '{figure} devueltas',
    'count.internet-poll.reached': '{figure} alcanzadas',
    'count.internet-poll.answered': '{figure} contestaron',
    'count.complaint-log.reached':
      '{figure} {count, plural, one {llamada anotada} other {llamadas anotadas}}',
    'count.complaint-log.answered': '{figure} contestaron las preguntas',
    'count.outreaches': '{count, plural, one {# consulta} other {# consultas}}',
    'editor.changeTitle': 'Cambiar esta consulta',
    'editor.close': 'Cerrar sin guardar',
    'editor.method': 'Manera',
    'editor.methodHint': 'Cómo escuchó a los clientes esta vez.',
    'editor.date': 'Fecha',
    'editor.dateHint': 'El día de la reunión, o cuando salió la encuesta.',
    'editor.place': 'Lugar',
    'editor.placeHint': 'Por ejemplo: el salón comunitario, o el lado norte del pueblo.',
    'editor.reached': 'Personas alcanzadas',
    'editor.reachedHint':
      'Quiénes recibieron la pregunta: en la reunión, las puertas tocadas, las encuestas enviadas.',
    'editor.answered': 'Personas que contestaron',
    'editor.answeredHint': 'Quiénes hablaron, llenaron una tarjeta o abrieron la puerta.',
    'editor.notes': 'Notas',
    'editor.preview': 'Se muestra en las tablas y en el acuerdo así: {words}.',
    'editor.cancel': 'Cancelar',
    'editor.save': 'Guardar cambios',
    'editor.addOutreach': 'Agregar consulta',
  },
});

/** The words of step 4, customers (features/customers/): the plan and outreach, the cards, what was heard. */
export const customersMessages = {
  en: {
    ...planMessages.en,
    ...customersEntryMessages.en,
    ...customersAnswersMessages.en,
    ...customersCardsMessages.en,
  },
  es: {
    ...planMessages.es,
    ...customersEntryMessages.es,
    ...customersAnswersMessages.es,
    ...customersCardsMessages.es,
  },
};
