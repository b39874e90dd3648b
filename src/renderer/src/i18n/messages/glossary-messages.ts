import { defineMessages } from '@shared/i18n/define-messages';

/**
 * The words explained (features/glossary/): each term as the screens say it, and what it means,
 * plainly, for a board member who has never run a utility. Figures only where the guidance gives
 * them (docs/glossary.md is the developers' glossary, not this one).
 */
export const glossaryMessages = defineMessages('glossary', {
  en: {
    open: 'Words explained',
    title: 'Words explained',
    close: 'Close the words explained',
    intro: 'What the words on these screens and papers mean.',
    termHint: 'What “{term}” means',
    'levelOfService.term': 'Level of service',
    'levelOfService.meaning':
      'The service the utility promises its customers, such as how soon it answers a complaint or how long an outage may last, and how it will measure it. The Level of Service Agreement writes these promises down, and the full board approves them.',
    'pwsId.term': 'PWS ID',
    'pwsId.meaning':
      'Public water system ID: the number the state gives a drinking-water system, such as NM3500101. It is on your sampling letters. A sewer system has a discharge permit number instead.',
    'dischargePermit.term': 'Discharge permit (NPDES)',
    'dischargePermit.meaning':
      'The permit that lets a sewer system release treated water, with the limits it must meet and the reports it must file. Its number, such as NM0028355, is the system ID of a sewer district.',
    'psi.term': 'psi',
    'psi.meaning':
      'Pounds per square inch, the unit water pressure is measured in. State rules set the least pressure a system must keep at every tap: 20 psi in many states, 25 or 35 in some. Some also set a most, such as 125 psi.',
    'ccr.term': 'CCR (Consumer Confidence Report)',
    'ccr.meaning':
      'The yearly water-quality report a drinking-water system must give its customers by July 1. It can carry a short page on how the utility did against the goals of this agreement.',
    'baseline.term': 'Baseline',
    'baseline.meaning':
      'Where the utility stands today on a goal’s measure, and when that was measured. A target is set at or a little above the baseline, never beyond what the equipment can deliver.',
    'target.term': 'Target',
    'target.meaning':
      'The number the utility promises for a goal’s measure: at least, at most, or between two numbers. Each year the board compares it with what really happened.',
    'stretchGoal.term': 'Stretch goal',
    'stretchGoal.meaning':
      'A goal that asks for more than the utility does today, reached only with extra effort or money. Its cost note says what it will take, so customers and the board can weigh it.',
    'regulatoryFloor.term': 'Regulatory floor (legal minimum)',
    'regulatoryFloor.meaning':
      'The lowest level of service the law allows, such as water-quality rules, minimum pressure or reporting a sewer overflow. A goal can promise more, never less.',
    'quorum.term': 'Quorum',
    'quorum.meaning':
      'How many board members must be present for the board to act: more than half of the seats, unless your bylaws set a number. Without a quorum the board cannot approve the agreement.',
    'resolution.term': 'Resolution',
    'resolution.meaning':
      'The board’s decision in writing, with a number such as 2027-3, adopted by a motion, a second and a recorded vote at a noticed public meeting.',
    'connections.term': 'Connections',
    'connections.meaning':
      'The homes and businesses joined to the system by a service line, usually one per meter. The number sizes the utility and suggests how to hear from its customers.',
    'overflow.term': 'Sewer overflow',
    'overflow.meaning':
      'Sewage that spills out of the collection system before it reaches treatment, from a manhole or into a basement. The state must be told as quickly as the permit requires.',
    'unaccountedWater.term': 'Unaccounted-for water',
    'unaccountedWater.meaning':
      'Water the system produced but did not bill or otherwise account for: leaks, broken mains, meters reading low. A common measure of how tight the pipes are.',
  },
  es: {
    open: 'Glosario',
    title: 'Qué significan las palabras',
    close: 'Cerrar qué significan las palabras',
    intro: 'Lo que quieren decir las palabras de estas pantallas y papeles.',
    termHint: 'Qué significa “{term}”',
    'levelOfService.term': 'Nivel de servicio',
    'levelOfService.meaning':
      'El servicio que la empresa promete a sus clientes, como qué tan pronto responde a una queja o cuánto puede durar un corte, y cómo lo medirá. El Acuerdo de Nivel de Servicio pone estas promesas por escrito, y la junta directiva completa las aprueba.',
    'pwsId.term': 'PWS ID',
    'pwsId.meaning':
      'El número que el estado da a un sistema público de agua potable, como NM3500101. Aparece en sus cartas de muestreo. Un sistema de alcantarillado tiene en su lugar un número de permiso de descarga.',
    'dischargePermit.term': 'Permiso de descarga (NPDES)',
    'dischargePermit.meaning':
      'El permiso que deja a un sistema de alcantarillado descargar agua tratada, con los límites que debe cumplir y los informes que debe presentar. Su número, como NM0028355, es el número del sistema de un distrito de alcantarillado.',
    'psi.term': 'psi',
    'psi.meaning':
      'Libras por pulgada cuadrada, la unidad en que se mide la presión del agua. Las reglas del estado fijan la presión mínima que un sistema debe mantener en cada llave: 20 psi en muchos estados, 25 o 35 en algunos. Algunos fijan también un máximo, como 125 psi.',
    'ccr.term': 'CCR (Informe de Confianza del Consumidor)',
    'ccr.meaning':
      'El informe anual sobre la calidad del agua que un sistema de agua potable debe entregar a sus clientes antes del 1 de julio. Puede incluir una página corta sobre cómo cumplió la empresa las metas de este acuerdo.',
    'baseline.term': 'Nivel actual (línea base)',
    'baseline.meaning':
      'Dónde está hoy la empresa en la medida de una meta, y cuándo se midió. El objetivo se fija en ese nivel o un poco más arriba, nunca más allá de lo que el equipo puede dar.',
    'target.term': 'Objetivo',
    'target.meaning':
      'El número que la empresa promete en la medida de una meta: como mínimo, como máximo o entre dos números. Cada año la junta lo compara con lo que de verdad pasó.',
    'stretchGoal.term': 'Meta ambiciosa',
    'stretchGoal.meaning':
      'Una meta que pide más de lo que la empresa hace hoy, y que solo se alcanza con más esfuerzo o dinero. Su nota de costo dice lo que hará falta, para que los clientes y la junta lo sopesen.',
    'regulatoryFloor.term': 'Mínimo legal',
    'regulatoryFloor.meaning':
      'El nivel de servicio más bajo que permite la ley, como las reglas de calidad del agua, la presión mínima o avisar al estado de un derrame de aguas negras. Una meta puede prometer más, nunca menos.',
    'quorum.term': 'Quórum',
    'quorum.meaning':
      'Cuántos miembros de la junta deben estar presentes para que la junta pueda actuar: más de la mitad de los puestos, salvo que sus estatutos fijen un número. Sin quórum la junta no puede aprobar el acuerdo.',
    'resolution.term': 'Resolución',
    'resolution.meaning':
      'La decisión de la junta por escrito, con un número como 2027-3, adoptada con una moción, un apoyo y una votación registrada en una reunión pública anunciada.',
    'connections.term': 'Conexiones',
    'connections.meaning':
      'Las casas y los negocios unidos al sistema por una línea de servicio, por lo general una por medidor. El número da el tamaño de la empresa y sugiere cómo escuchar a sus clientes.',
    'overflow.term': 'Derrame de aguas negras',
    'overflow.meaning':
      'Aguas negras que se salen del sistema de recolección antes de llegar al tratamiento, por una boca de registro o dentro de un sótano. Hay que avisar al estado tan pronto como lo exige el permiso.',
    'unaccountedWater.term': 'Agua no contabilizada',
    'unaccountedWater.meaning':
      'El agua que el sistema produjo pero no cobró ni justificó de otro modo: fugas, tuberías rotas, medidores que marcan de menos. Una medida común de qué tan bien cierran las tuberías.',
  },
});
