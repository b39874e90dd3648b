// A catalog area: one message a line, grouped by component.
import { defineMessages } from '@shared/i18n/define-messages';

/**
 * Step 2's questions about what the system has (features/scope/: SystemQuestions,
 * AssetQuestions, SewerQuestions, sewer-limits). The `limit.*` sentences are offered for the
 * board's own "What we cannot do", in the board's voice, in the language of the screen.
 */
export const scopeQuestionMessages = defineMessages('scope', {
  en: {
    // SystemQuestions
    'system.unknownTitle': 'Step 1 will narrow these questions',
    'system.unknown':
      'Step 1 does not say yet whether the utility runs drinking water, sewer or both, so the questions for both are shown. Once step 1 is answered, only those that fit stay.',
    'system.water': 'Drinking water system',
    'system.sewer': 'Sewer system',
    'limits.label': 'What we cannot do',
    'limits.hint': 'Plain words for the agreement, such as: {example}',
    'limits.add': 'Add sentences from my answers',
    'meaning.title': 'What this means for the agreement',
    'answer.yes': 'Yes',
    'answer.no': 'No',
    'answer.unknown': 'Not sure',
    // AssetQuestions: the drinking-water system
    'asset.fireHydrants.question':
      'Does the system have fire hydrants with enough flow to fight fires?',
    'asset.fireHydrants.why':
      'Fire protection needs hydrants and mains big enough to carry fire flow.',
    'asset.fireHydrants.ifNo':
      'Leave fire protection out of the agreement for now. If the board wants it, put hydrants and larger mains in the capital improvement plan; the promise joins the agreement once they are built.',
    'asset.fireHydrants.limit': 'We have no fire hydrants and cannot provide fire protection.',
    'asset.backupSource.question':
      'Is there a backup water source, such as a second well or a link to a neighboring system?',
    'asset.backupSource.why':
      'With a single source, one broken pump or well can cut off everyone until it is repaired.',
    'asset.backupSource.ifNo':
      'Promise only repair times you can keep with one source, and say in the agreement that the system has a single source.',
    'asset.backupSource.limit': 'We have a single water source and no backup.',
    'asset.storage.question': 'Is there a storage tank?',
    'asset.storage.why':
      'Stored water keeps taps running while a pump is repaired or the power is out.',
    'asset.storage.ifNo':
      'Without storage, any pump or power failure stops the water at once: keep promises about outages modest.',
    'asset.storage.limit':
      'We have no storage tank, so a pump or power failure stops the water at once.',
    'asset.backupPower.question':
      'Is there backup power, such as a generator, for the wells and pumps?',
    'asset.backupPower.why': 'Without it, a power cut stops the pumps and, with them, the water.',
    'asset.backupPower.ifNo':
      'Do not promise water during power cuts; say so in the agreement instead.',
    'asset.backupPower.limit':
      'We have no backup power for our wells and pumps; the water stops during a long power cut.',
    'storage.label': 'Storage (gallons)',
    'storage.hint': 'All tanks together, such as 50,000.',
    // SewerQuestions
    'sewer.miles': 'Miles of sewer main',
    'sewer.milesHint': 'A rough figure, such as 18. You may leave it empty.',
    'sewer.collection': 'How does sewage move through the mains?',
    'sewer.collectionHint':
      'Force mains are pipes that pumps push sewage through, usually from a lift station.',
    'sewer.collection.gravity': 'By gravity',
    'sewer.collection.force': 'Pumped through force mains',
    'sewer.collection.gravity-and-force': 'Both: gravity mains and force mains',
    'sewer.stations': 'Lift stations',
    'sewer.stationsHint':
      'Stations that pump sewage up to a higher main. Enter 0 if there are none.',
    'sewer.powered': 'Lift stations with backup power',
    'sewer.poweredHint': 'A generator or another supply that takes over in a power cut.',
    'sewer.treatment': 'Where is the sewage treated?',
    'sewer.treatment.lagoon': 'In a lagoon',
    'sewer.treatment.mechanical': 'In a mechanical treatment plant',
    'sewer.treatment.other-utility': 'Sent to another utility’s plant',
    'sewer.treatment.septic-field': 'In septic tanks and a drain field',
    'sewer.inflow': 'Do rain and groundwater get into the sewers?',
    'sewer.inflowHint':
      'This is called inflow and infiltration: rain runs in through manholes and roof or yard drains, and groundwater seeps in through cracked pipes and joints. In heavy rain it can fill the sewers, the lift stations and the lagoon or plant beyond what they can carry.',
    'sewer.permit': 'Discharge permit number',
    'sewer.permitHint':
      'As printed on your state or federal permit, such as NM0028355. Leave it empty if the system has none.',
    // sewer-limits: the lift-station answers said back ("the third": the one without power)
    'power.all':
      '{stations, plural, one {The lift station has backup power.} other {All # lift stations have backup power.}}',
    'power.none':
      '{stations, plural, one {The lift station has no backup power; a power failure can stop it.} other {None of the # lift stations has backup power; a power failure can stop all of them.}}',
    'power.some':
      '{powered} of {stations} lift stations {powered, plural, one {has} other {have}} backup power; a power failure can stop {without, plural, one {the {last, select, 2 {second} 3 {third} 4 {fourth} 5 {fifth} 6 {sixth} 7 {seventh} 8 {eighth} 9 {ninth} 10 {tenth} other {one without it}}} other {the other #}}.',
    'power.meaning':
      'Do not promise that sewage keeps moving through a long power cut at a lift station without backup power. A generator for each belongs in the capital improvement plan; the promise joins the agreement once they are installed.',
    'inflow.meaning':
      'Keep promises about backups and overflows in heavy rain within what the sewers can carry, and say in the agreement that wet weather can overload them. Finding and sealing the leaks belongs in the capital improvement plan.',
    'limit.someUnpowered':
      '{without, plural, one {# of our {stations} lift stations has no backup power, so a long power cut can stop it and sewage can back up.} other {# of our {stations} lift stations have no backup power, so a long power cut can stop them and sewage can back up.}}',
    'limit.noneUnpowered':
      '{stations, plural, one {Our lift station has no backup power, so a long power cut can stop it and sewage can back up.} other {None of our # lift stations has backup power, so a long power cut can stop them and sewage can back up.}}',
    'limit.inflow':
      'Rain and groundwater get into our sewers, so heavy rain can overload the system and cause backups or overflows.',
  },
  es: {
    'system.unknownTitle': 'El paso 1 reducirá estas preguntas',
    'system.unknown':
      'El paso 1 todavía no dice si el sistema da servicio de agua potable, de drenaje o de los dos, así que se muestran las preguntas de ambos. Cuando se conteste el paso 1, solo quedarán las que correspondan.',
    'system.water': 'Sistema de agua potable',
    'system.sewer': 'Sistema de drenaje',
    'limits.label': 'Lo que no podemos hacer',
    'limits.hint': 'En palabras sencillas para el acuerdo, por ejemplo: {example}',
    'limits.add': 'Agregar oraciones según mis respuestas',
    'meaning.title': 'Lo que esto significa para el acuerdo',
    'answer.yes': 'Sí',
    'answer.no': 'No',
    'answer.unknown': 'No sé',
    'asset.fireHydrants.question':
      '¿Tiene el sistema hidrantes con suficiente caudal para apagar incendios?',
    'asset.fireHydrants.why':
      'La protección contra incendios necesita hidrantes y tuberías principales lo bastante grandes para llevar el caudal contra incendios.',
    'asset.fireHydrants.ifNo':
      'Por ahora, deje la protección contra incendios fuera del acuerdo. Si la mesa directiva la quiere, ponga los hidrantes y las tuberías más grandes en el plan de obras; la promesa entra al acuerdo cuando estén construidos.',
    'asset.fireHydrants.limit':
      'No tenemos hidrantes y no podemos dar protección contra incendios.',
    'asset.backupSource.question':
      '¿Hay una fuente de agua de respaldo, como un segundo pozo o una conexión con un sistema vecino?',
    'asset.backupSource.why':
      'Con una sola fuente, una bomba o un pozo descompuesto puede dejar a todos sin agua hasta que se repare.',
    'asset.backupSource.ifNo':
      'Prometa solo los tiempos de reparación que pueda cumplir con una sola fuente, y diga en el acuerdo que el sistema tiene una sola fuente.',
    'asset.backupSource.limit': 'Tenemos una sola fuente de agua y ninguna de respaldo.',
    'asset.storage.question': '¿Hay un tanque de almacenamiento?',
    'asset.storage.why':
      'El agua almacenada mantiene las llaves con agua mientras se repara una bomba o no hay luz.',
    'asset.storage.ifNo':
      'Sin almacenamiento, cualquier falla de una bomba o apagón deja sin agua de inmediato: haga promesas modestas sobre los cortes.',
    'asset.storage.limit':
      'No tenemos tanque de almacenamiento, así que una falla de una bomba o un apagón deja sin agua de inmediato.',
    'asset.backupPower.question':
      '¿Hay energía de respaldo, como un generador, para los pozos y las bombas?',
    'asset.backupPower.why': 'Sin ella, un apagón para las bombas y, con ellas, el agua.',
    'asset.backupPower.ifNo':
      'No prometa agua durante los apagones; en cambio, dígalo en el acuerdo.',
    'asset.backupPower.limit':
      'No tenemos energía de respaldo para los pozos y las bombas; el agua se para durante un apagón largo.',
    'storage.label': 'Almacenamiento (galones)',
    'storage.hint': 'Todos los tanques juntos, por ejemplo 50,000.',
    'sewer.miles': 'Millas de tubería principal de drenaje',
    'sewer.milesHint': 'Una cifra aproximada, por ejemplo 18. Puede dejarlo vacío.',
    'sewer.collection': '¿Cómo corren las aguas negras por la tubería principal?',
    'sewer.collectionHint':
      'Las tuberías de impulsión son tubos por los que las bombas empujan las aguas negras, por lo general desde una estación de bombeo.',
    'sewer.collection.gravity': 'Por gravedad',
    'sewer.collection.force': 'Bombeadas por tuberías de impulsión',
    'sewer.collection.gravity-and-force': 'Las dos: tuberías por gravedad y tuberías de impulsión',
    'sewer.stations': 'Estaciones de bombeo',
    'sewer.stationsHint':
      'Estaciones que bombean las aguas negras hasta una tubería más alta. Escriba 0 si no hay ninguna.',
    'sewer.powered': 'Estaciones de bombeo con energía de respaldo',
    'sewer.poweredHint': 'Un generador u otra fuente de luz que entra durante un apagón.',
    'sewer.treatment': '¿Dónde se tratan las aguas negras?',
    'sewer.treatment.lagoon': 'En una laguna',
    'sewer.treatment.mechanical': 'En una planta de tratamiento mecánica',
    'sewer.treatment.other-utility': 'Se mandan a la planta de otro sistema',
    'sewer.treatment.septic-field': 'En fosas sépticas y un campo de absorción',
    'sewer.inflow': '¿Entran la lluvia y el agua del subsuelo al drenaje?',
    'sewer.inflowHint':
      'Esto se llama entrada e infiltración: la lluvia entra por los registros y por los desagües de techos y patios, y el agua del subsuelo se filtra por tubos y juntas agrietados. Con mucha lluvia puede llenar el drenaje, las estaciones de bombeo y la laguna o la planta más allá de lo que pueden llevar.',
    'sewer.permit': 'Número del permiso de descarga',
    'sewer.permitHint':
      'Como aparece en su permiso estatal o federal, por ejemplo NM0028355. Déjelo vacío si el sistema no tiene permiso.',
    'power.all':
      '{stations, plural, one {La estación de bombeo tiene energía de respaldo.} other {Las # estaciones de bombeo tienen energía de respaldo.}}',
    'power.none':
      '{stations, plural, one {La estación de bombeo no tiene energía de respaldo; un apagón puede pararla.} other {Ninguna de las # estaciones de bombeo tiene energía de respaldo; un apagón puede pararlas todas.}}',
    'power.some':
      '{powered} de {stations} estaciones de bombeo {powered, plural, one {tiene} other {tienen}} energía de respaldo; un apagón puede parar {without, plural, one {la {last, select, 2 {segunda} 3 {tercera} 4 {cuarta} 5 {quinta} 6 {sexta} 7 {séptima} 8 {octava} 9 {novena} 10 {décima} other {que no la tiene}}} other {las otras #}}.',
    'power.meaning':
      'No prometa que las aguas negras sigan corriendo durante un apagón largo en una estación de bombeo sin energía de respaldo. Un generador para cada una va en el plan de obras; la promesa entra al acuerdo cuando estén instalados.',
    'inflow.meaning':
      'Haga promesas sobre drenajes tapados y derrames con mucha lluvia dentro de lo que el drenaje puede llevar, y diga en el acuerdo que el tiempo de lluvias puede sobrecargarlo. Encontrar y sellar las filtraciones va en el plan de obras.',
    'limit.someUnpowered':
      '{without, plural, one {# de nuestras {stations} estaciones de bombeo no tiene energía de respaldo, así que un apagón largo puede pararla y las aguas negras pueden regresarse.} other {# de nuestras {stations} estaciones de bombeo no tienen energía de respaldo, así que un apagón largo puede pararlas y las aguas negras pueden regresarse.}}',
    'limit.noneUnpowered':
      '{stations, plural, one {Nuestra estación de bombeo no tiene energía de respaldo, así que un apagón largo puede pararla y las aguas negras pueden regresarse.} other {Ninguna de nuestras # estaciones de bombeo tiene energía de respaldo, así que un apagón largo puede pararlas y las aguas negras pueden regresarse.}}',
    'limit.inflow':
      'La lluvia y el agua del subsuelo entran a nuestro drenaje, así que con mucha lluvia el sistema se puede sobrecargar y causar drenajes tapados o derrames.',
  },
});
