import { defineMessages } from '../define-messages';

const connectionsEn = '{connections, plural, one {# connection} other {# connections}}';
const connectionsEs = '{connections, plural, one {# conexión} other {# conexiones}}';

/** The words of customer evidence (domain/customers/): evidence lines, what a source says, why a feedback method is recommended. */
export const evidenceMessages = defineMessages('evidence', {
  en: {
    // recommend-methods.ts: why each way of hearing customers suits this utility, or not.
    'why.enterConnections':
      'Enter the number of connections in step 1 to see whether this suits a utility your size.',
    'why.door-to-door.yes': `With ${connectionsEn}, board members can visit every home in a few evenings and hear everyone.`,
    'why.door-to-door.no': `With ${connectionsEn}, visiting every home takes too long; keep it for a street with a known problem.`,
    'why.annual-meeting.held':
      'You already hold an annual meeting: set aside time on the agenda to ask members what matters to them.',
    'why.annual-meeting.none':
      'You do not hold an annual meeting; the other methods reach customers instead.',
    'why.annual-meeting.unknown':
      'If the utility holds an annual meeting, it is the easiest place to ask customers.',
    'why.focus-group.yes': `With ${connectionsEn}, 8 to 12 randomly chosen customers around a table explain what a survey cannot.`,
    'why.focus-group.no': `With ${connectionsEn} you can ask every household yourselves; a focus group adds little.`,
    'why.mail-survey.yes': `With ${connectionsEn}, a one-page card with the bill reaches every customer at little cost.`,
    'why.mail-survey.no': `With ${connectionsEn}, asking door to door gets more answers than a mailed survey.`,
    'why.internet-poll.social':
      'Customers follow the utility on social media: a short poll there costs nothing (take critical comments offline rather than arguing).',
    'why.internet-poll.online':
      'Most customers use the internet: a short online poll costs nothing, though it misses those who are not online.',
    'why.internet-poll.offline':
      'Only if customers use the internet or social media; otherwise a poll misses most of them.',
    'why.complaint-log.kept':
      'You keep a call or complaint log: import it to see what customers call about and how fast you respond.',
    'why.complaint-log.start':
      'Start one: note each call’s date, topic, and when it was answered and fixed; it is evidence at the next review.',
    // describe-evidence.ts: one piece of evidence in a line.
    'line.quote': '“{words}”',
    'line.entryDeleted': 'A linked comment was deleted; link another or remove this link',
    'line.noWords': 'A comment on {topic} with no words recorded',
    'line.withSource': '{words} ({source})',
    'line.methodAndDate': '{method}, {date}',
    'line.topic.none': 'No comments on {topic} recorded yet',
    'line.topic':
      '{count, plural, one {# comment} other {# comments}} on {topic}{strong, plural, =0 {} other { (# strong)}}{from}',
    'line.topic.from': ', from {methods}',
    'line.span':
      'median {what, select, response {response} other {time to resolve}} {median}, {p90}',
    'line.p90': '90% within {figure}',
    'line.p90SameDay': '90% the same day',
    'line.parts': '{first}; {rest}',
    'line.complaints.noLog': 'No complaints about {topic}: no complaint log imported yet',
    'line.complaints.none': 'No complaints about {topic} in the complaint log',
    'line.complaints': '{count, plural, one {# complaint} other {# complaints}} about {topic}',
    'line.log.empty': 'The complaint log: nothing imported yet',
    'line.log': 'The complaint log: {count, plural, one {# complaint} other {# complaints}}',
    'line.log.on':
      'The complaint log: {count, plural, one {# complaint} other {# complaints}} on {date}',
    'line.log.fromTo':
      'The complaint log: {count, plural, one {# complaint} other {# complaints}} from {from} to {to}',
    // The topics and the ways of hearing customers, as step 4 names them.
    'topic.water-quality': 'Water quality',
    'topic.pressure': 'Pressure',
    'topic.outages': 'Outages',
    'topic.leaks': 'Leaks',
    'topic.sewer': 'Sewer (other)',
    'topic.odor': 'Sewer odor',
    'topic.backups': 'Sewer backups',
    'topic.overflows': 'Overflows',
    'topic.billing': 'Billing',
    'topic.courtesy': 'Courtesy',
    'topic.response': 'Response',
    'topic.conservation': 'Conservation',
    'topic.rates': 'Rates',
    'topic.other': 'Other',
    'method.door-to-door': 'Door to door',
    'method.annual-meeting': 'Annual meeting',
    'method.focus-group': 'Focus group',
    'method.mail-survey': 'Survey with the bill or by mail',
    'method.internet-poll': 'Internet poll or social media',
    'method.complaint-log': 'Call and complaint log',
    // The same names inside an evidence line's sentence: English keeps the labels as step 4
    // shows them; Spanish writes them as words of the sentence, with their articles.
    'topicInLine.water-quality': 'Water quality',
    'topicInLine.pressure': 'Pressure',
    'topicInLine.outages': 'Outages',
    'topicInLine.leaks': 'Leaks',
    'topicInLine.sewer': 'Sewer (other)',
    'topicInLine.odor': 'Sewer odor',
    'topicInLine.backups': 'Sewer backups',
    'topicInLine.overflows': 'Overflows',
    'topicInLine.billing': 'Billing',
    'topicInLine.courtesy': 'Courtesy',
    'topicInLine.response': 'Response',
    'topicInLine.conservation': 'Conservation',
    'topicInLine.rates': 'Rates',
    'topicInLine.other': 'Other',
    'methodInLine.door-to-door': 'Door to door',
    'methodInLine.annual-meeting': 'Annual meeting',
    'methodInLine.focus-group': 'Focus group',
    'methodInLine.mail-survey': 'Survey with the bill or by mail',
    'methodInLine.internet-poll': 'Internet poll or social media',
    'methodInLine.complaint-log': 'Call and complaint log',
  },
  es: {
    'line.quote': '“{words}”',
    'line.entryDeleted': 'Se borró un comentario vinculado; vincule otro o quite este vínculo',
    'line.noWords': 'Un comentario sobre {topic} sin palabras anotadas',
    'line.withSource': '{words} ({source})',
    'line.methodAndDate': '{method}, {date}',
    'line.topic.none': 'Todavía no hay comentarios anotados sobre {topic}',
    'line.topic':
      '{count, plural, one {# comentario} other {# comentarios}} sobre {topic}{strong, plural, =0 {} one { (# fuerte)} other { (# fuertes)}}{from}',
    'line.topic.from': ', según {methods}',
    'line.span':
      'mediana {what, select, response {de respuesta} other {de solución}} {median}, {p90}',
    'line.p90': 'el 90% en {figure}',
    'line.p90SameDay': 'el 90% el mismo día',
    'line.parts': '{first}; {rest}',
    'line.complaints.noLog':
      'No hay quejas sobre {topic}: todavía no se importó ningún registro de quejas',
    'line.complaints.none': 'No hay quejas sobre {topic} en el registro de quejas',
    'line.complaints': '{count, plural, one {# queja} other {# quejas}} sobre {topic}',
    'line.log.empty': 'El registro de quejas: todavía no se importó nada',
    'line.log': 'El registro de quejas: {count, plural, one {# queja} other {# quejas}}',
    'line.log.on':
      'El registro de quejas: {count, plural, one {# queja} other {# quejas}} el {date}',
    'line.log.fromTo':
      'El registro de quejas: {count, plural, one {# queja} other {# quejas}} del {from} al {to}',
    'topic.water-quality': 'Calidad del agua',
    'topic.pressure': 'Presión',
    'topic.outages': 'Cortes de agua',
    'topic.leaks': 'Fugas',
    'topic.sewer': 'Drenaje (otros)',
    'topic.odor': 'Olor del drenaje',
    'topic.backups': 'Drenaje tapado',
    'topic.overflows': 'Derrames',
    'topic.billing': 'Facturación',
    'topic.courtesy': 'Trato',
    'topic.response': 'Atención',
    'topic.conservation': 'Ahorro de agua',
    'topic.rates': 'Tarifas',
    'topic.other': 'Otro',
    'method.door-to-door': 'De casa en casa',
    'method.annual-meeting': 'Reunión anual',
    'method.focus-group': 'Grupo de enfoque',
    'method.mail-survey': 'Encuesta con la factura o por correo',
    'method.internet-poll': 'Encuesta por internet o redes sociales',
    'method.complaint-log': 'Registro de llamadas y quejas',
    'topicInLine.water-quality': 'la calidad del agua',
    'topicInLine.pressure': 'la presión',
    'topicInLine.outages': 'los cortes de agua',
    'topicInLine.leaks': 'las fugas',
    'topicInLine.sewer': 'otros asuntos del drenaje',
    'topicInLine.odor': 'el olor del drenaje',
    'topicInLine.backups': 'el drenaje tapado',
    'topicInLine.overflows': 'los derrames',
    'topicInLine.billing': 'la facturación',
    'topicInLine.courtesy': 'el trato',
    'topicInLine.response': 'la atención',
    'topicInLine.conservation': 'el ahorro de agua',
    'topicInLine.rates': 'las tarifas',
    'topicInLine.other': 'otros asuntos',
    'methodInLine.door-to-door': 'las visitas de casa en casa',
    'methodInLine.annual-meeting': 'la reunión anual',
    'methodInLine.focus-group': 'un grupo de enfoque',
    'methodInLine.mail-survey': 'la encuesta con la factura o por correo',
    'methodInLine.internet-poll': 'la encuesta por internet o redes sociales',
    'methodInLine.complaint-log': 'el registro de llamadas y quejas',
    'why.enterConnections':
      'Escriba el número de conexiones en el paso 1 para ver si esto le conviene a un sistema de su tamaño.',
    'why.door-to-door.yes': `Con ${connectionsEs}, los miembros de la mesa directiva pueden visitar cada casa en unas cuantas tardes y escuchar a todos.`,
    'why.door-to-door.no': `Con ${connectionsEs}, visitar cada casa lleva demasiado tiempo; déjelo para una calle con un problema conocido.`,
    'why.annual-meeting.held':
      'Ya tienen una reunión anual: reserve tiempo en la agenda para preguntar a los socios qué les importa.',
    'why.annual-meeting.none':
      'No tienen reunión anual; los otros métodos llegan a los clientes en su lugar.',
    'why.annual-meeting.unknown':
      'Si el sistema tiene una reunión anual, es el lugar más fácil para preguntar a los clientes.',
    'why.focus-group.yes': `Con ${connectionsEs}, de 8 a 12 clientes escogidos al azar alrededor de una mesa explican lo que una encuesta no puede.`,
    'why.focus-group.no': `Con ${connectionsEs} ustedes mismos pueden preguntar en cada hogar; un grupo de enfoque añade poco.`,
    'why.mail-survey.yes': `Con ${connectionsEs}, una tarjeta de una página con la factura llega a cada cliente a bajo costo.`,
    'why.mail-survey.no': `Con ${connectionsEs}, preguntar de casa en casa consigue más respuestas que una encuesta por correo.`,
    'why.internet-poll.social':
      'Los clientes siguen al sistema en las redes sociales: una encuesta corta ahí no cuesta nada (atienda los comentarios críticos en privado en vez de discutir).',
    'why.internet-poll.online':
      'La mayoría de los clientes usa internet: una encuesta corta en línea no cuesta nada, aunque no llega a quienes no están en línea.',
    'why.internet-poll.offline':
      'Solo si los clientes usan internet o redes sociales; si no, una encuesta no llega a la mayoría.',
    'why.complaint-log.kept':
      'Ustedes llevan un registro de llamadas y quejas: impórtelo para ver por qué llaman los clientes y qué tan pronto responden.',
    'why.complaint-log.start':
      'Empiece uno: anote la fecha y el tema de cada llamada, y cuándo se contestó y se arregló; sirve de evidencia en la próxima revisión.',
  },
});
