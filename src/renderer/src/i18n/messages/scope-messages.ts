// A catalog area: one message a line, grouped by component.
import { defineMessages } from '@shared/i18n/define-messages';
import { scopeAreaMessages } from './scope-area-messages';
import { scopeQuestionMessages } from './scope-question-messages';

/** Step 2's form, mission, rules, help and the examples that differ by system type. */
const formMessages = defineMessages('scope', {
  en: {
    // ScopeForm
    intro:
      'Decide what the agreement will cover, say in a sentence or two why the utility exists, and set the limits every promise must stay within.',
    'section.areas': 'Goal areas',
    'section.areasHint':
      'Three or four areas is a good start. Click a card to choose it, click again to remove it.',
    'section.mission': 'Why the utility exists',
    'section.rules': 'The rules you must follow',
    'section.rulesHint':
      '<regulatoryFloor>The lowest level of service the law allows.</regulatoryFloor> Every goal must meet or beat it.',
    'section.system': 'What the system has',
    'section.systemHint':
      'Promises must stay within what your equipment can do. Ask the operator if you are not sure.',
    'mission.label': 'Mission statement',
    'mission.hint':
      'One or two sentences: whom you serve and what you promise. For example: {example}',
    // MissionSpanishField
    'missionSpanish.label': 'Mission statement in Spanish',
    'missionSpanish.why':
      'Optional, for the papers customers read in Spanish. Left empty, they print the mission in English, marked “(en inglés)”.',
    'missionSpanish.open': 'Write the mission in Spanish',
    'missionSpanish.none': 'No Spanish wording was written for the mission.',
    // RegulatoryFloor
    'rules.style': 'How should the agreement state the rules you must follow?',
    'rules.blanket': 'One broad statement',
    'rules.blanketHint':
      'A single sentence saying you follow every rule. Simple, and enough for most small systems.',
    'rules.categories': 'Statements by category',
    'rules.statement': 'Regulatory statement',
    'rules.otherStatement': 'Statement for every other rule',
    'rules.statementHint': 'You can use the suggested wording as it is.',
    'rules.useSuggested': 'Use the suggested wording',
    'rules.noCategories': 'No category statements yet. Add a ready-made one or write your own.',
    'rules.category': 'Category statement {number}',
    'rules.categoryText': 'Statement',
    'rules.add': 'Add: {name}',
    'rules.addOwn': 'Add my own statement',
    // scope-help
    'help.who': 'Board decides, operator answers the questions about equipment',
    'help.matters.heading': 'Why it matters',
    'help.matters.text':
      'Every promise in the agreement must sit between two limits: the rules the system must follow, and what {equipment} can really do.',
    'help.small.heading': 'Start small',
    'help.small.text':
      'Choose three or four goal areas now. Later you will write about 10 to 12 simple goals in them; you can add more next year.',
    'help.example.heading': 'An example',
    'help.mission.heading': 'The mission statement',
    'help.mission.text': 'It comes first in the agreement. One or two plain sentences are enough.',
    // scope-words: by system type
    'words.water.mission':
      'Sunny Acres Water provides safe, reliable drinking water to our members at a fair price.',
    'words.wastewater.mission':
      'Sunny Acres Sanitation District collects and treats our members’ sewage safely, protecting their homes and the river, at a fair price.',
    'words.both.mission':
      'Sunny Acres Water and Sewer provides safe, reliable drinking water and sewer service to our members at a fair price.',
    'words.wastewater.limit':
      'One of our three lift stations has no backup power, so a long power cut can stop it.',
    'words.water.categories':
      'One sentence each for water quality, operator certification, open meetings and so on, plus a broad one for everything else.',
    'words.wastewater.categories':
      'One sentence each for the discharge permit, overflow reports, operator certification, open meetings and so on, plus a broad one for everything else.',
    'words.both.categories':
      'One sentence each for water quality, the discharge permit, operator certification, open meetings and so on, plus a broad one for everything else.',
    'words.water.equipment': 'its wells, pipes, tanks and pumps',
    'words.wastewater.equipment': 'its sewer mains, lift stations and treatment',
    'words.both.equipment': 'its wells, tanks, pumps, sewer mains, lift stations and treatment',
    'words.hydrantExample':
      'A system with only small pipes and no hydrants cannot promise fire protection. That belongs in the plan for future building work, and enters the agreement once it is built.',
    'words.liftStationExample':
      'A district whose lift stations have no backup power cannot promise that sewage keeps moving through a long power cut. Generators belong in the plan for future building work, and the promise enters the agreement once they are installed.',
    // scope-words: the ready-made category statements
    'category.waterQuality.name': 'Water quality',
    'category.waterQuality.text':
      'We will meet every state and federal drinking-water standard and take every required sample on time.',
    'category.dischargePermit.name': 'Discharge permit',
    'category.dischargePermit.text':
      'We will meet every limit in our discharge permit and file every required report on time.',
    'category.certification.name': 'Operator certification',
    'category.certification.text':
      'Our system will always be run by an operator certified at the level the state requires.',
    'category.openMeetings.name': 'Open meetings',
    'category.openMeetings.text':
      'The board will meet in public, with proper notice, as the open meetings law requires.',
    'category.waterReport.name': 'Reports to customers',
    'category.waterReport.text':
      'We will deliver the yearly water-quality report to every customer by July 1.',
    'category.overflowReports.name': 'Overflow reports',
    'category.overflowReports.text':
      'We will report every sewage overflow to the state as quickly as our permit requires.',
  },
  es: {
    intro:
      'Decida lo que cubrirá el acuerdo, diga en una o dos oraciones para qué existe el sistema y fije los límites dentro de los que debe quedar cada promesa.',
    'section.areas': 'Áreas de metas',
    'section.areasHint':
      'Tres o cuatro áreas son un buen comienzo. Haga clic en una tarjeta para elegirla y otra vez para quitarla.',
    'section.mission': 'Para qué existe el sistema',
    'section.rules': 'Las reglas que debe cumplir',
    'section.rulesHint':
      '<regulatoryFloor>El nivel de servicio más bajo que permite la ley.</regulatoryFloor> Cada meta debe cumplirlo o superarlo.',
    'section.system': 'Lo que tiene el sistema',
    'section.systemHint':
      'Las promesas deben quedar dentro de lo que su equipo puede hacer. Pregúntele al operador si no está seguro.',
    'mission.label': 'Misión',
    'mission.hint': 'Una o dos oraciones: a quién sirven y qué prometen. Por ejemplo: {example}',
    'missionSpanish.label': 'Misión en español',
    'missionSpanish.why':
      'Opcional, para los papeles que los clientes leen en español. Si se deja vacía, imprimen la misión en inglés, marcada “(en inglés)”.',
    'missionSpanish.open': 'Escribir la misión en español',
    'missionSpanish.none': 'No se escribió la misión en español.',
    'rules.style': '¿Cómo debe decir el acuerdo las reglas que el sistema debe cumplir?',
    'rules.blanket': 'Una declaración general',
    'rules.blanketHint':
      'Una sola oración que dice que cumplen todas las reglas. Es sencilla y basta para la mayoría de los sistemas pequeños.',
    'rules.categories': 'Declaraciones por categoría',
    'rules.statement': 'Declaración sobre las reglas',
    'rules.otherStatement': 'Declaración para todas las demás reglas',
    'rules.statementHint': 'Puede usar el texto sugerido tal como está.',
    'rules.useSuggested': 'Usar el texto sugerido',
    'rules.noCategories':
      'Todavía no hay declaraciones por categoría. Agregue una ya escrita o escriba la suya.',
    'rules.category': 'Declaración por categoría {number}',
    'rules.categoryText': 'Declaración',
    'rules.add': 'Agregar: {name}',
    'rules.addOwn': 'Agregar mi propia declaración',
    'help.who': 'La mesa directiva decide; el operador contesta las preguntas sobre el equipo',
    'help.matters.heading': 'Por qué importa',
    'help.matters.text':
      'Cada promesa del acuerdo debe quedar entre dos límites: las reglas que el sistema debe cumplir y lo que {equipment} de verdad pueden hacer.',
    'help.small.heading': 'Empiece poco a poco',
    'help.small.text':
      'Elija ahora tres o cuatro áreas de metas. Después escribirá unas 10 a 12 metas sencillas en ellas; puede agregar más el próximo año.',
    'help.example.heading': 'Un ejemplo',
    'help.mission.heading': 'La misión',
    'help.mission.text': 'Va primero en el acuerdo. Bastan una o dos oraciones sencillas.',
    'words.water.mission':
      'El Sistema de Agua Sunny Acres da agua potable segura y confiable a nuestros socios a un precio justo.',
    'words.wastewater.mission':
      'El Distrito Sanitario Sunny Acres recoge y trata con seguridad las aguas negras de nuestros socios, protegiendo sus casas y el río, a un precio justo.',
    'words.both.mission':
      'El Sistema de Agua y Drenaje Sunny Acres da agua potable segura y confiable y servicio de drenaje a nuestros socios a un precio justo.',
    'words.wastewater.limit':
      'Una de nuestras tres estaciones de bombeo no tiene energía de respaldo, así que un apagón largo puede pararla.',
    'words.water.categories':
      'Una oración para cada tema: la calidad del agua, la certificación del operador, las reuniones públicas y otros, y una general para todo lo demás.',
    'words.wastewater.categories':
      'Una oración para cada tema: el permiso de descarga, los informes de derrames, la certificación del operador, las reuniones públicas y otros, y una general para todo lo demás.',
    'words.both.categories':
      'Una oración para cada tema: la calidad del agua, el permiso de descarga, la certificación del operador, las reuniones públicas y otros, y una general para todo lo demás.',
    'words.water.equipment': 'sus pozos, tuberías, tanques y bombas',
    'words.wastewater.equipment':
      'su tubería principal de drenaje, sus estaciones de bombeo y su tratamiento',
    'words.both.equipment':
      'sus pozos, tanques y bombas, su tubería principal de drenaje, sus estaciones de bombeo y su tratamiento',
    'words.hydrantExample':
      'Un sistema con solo tubos pequeños y sin hidrantes no puede prometer protección contra incendios. Eso va en el plan de obras, y entra al acuerdo cuando esté construido.',
    'words.liftStationExample':
      'Un distrito cuyas estaciones de bombeo no tienen energía de respaldo no puede prometer que las aguas negras sigan corriendo durante un apagón largo. Los generadores van en el plan de obras, y la promesa entra al acuerdo cuando estén instalados.',
    'category.waterQuality.name': 'Calidad del agua',
    'category.waterQuality.text':
      'Cumpliremos cada norma estatal y federal del agua potable y tomaremos a tiempo cada muestra requerida.',
    'category.dischargePermit.name': 'Permiso de descarga',
    'category.dischargePermit.text':
      'Cumpliremos cada límite de nuestro permiso de descarga y presentaremos a tiempo cada informe requerido.',
    'category.certification.name': 'Certificación del operador',
    'category.certification.text':
      'Nuestro sistema siempre estará a cargo de un operador certificado en el nivel que exige el estado.',
    'category.openMeetings.name': 'Reuniones públicas',
    'category.openMeetings.text':
      'La mesa directiva se reunirá en público, con el aviso debido, como lo exige la ley de reuniones públicas.',
    'category.waterReport.name': 'Informes a los clientes',
    'category.waterReport.text':
      'Entregaremos el informe anual de calidad del agua a cada cliente antes del 1 de julio.',
    'category.overflowReports.name': 'Informes de derrames',
    'category.overflowReports.text':
      'Reportaremos al estado cada derrame de aguas negras tan pronto como lo exija nuestro permiso.',
  },
});

/** The words of step 2, the utility's scope (features/scope/). */
export const scopeMessages = {
  en: { ...formMessages.en, ...scopeQuestionMessages.en, ...scopeAreaMessages.en },
  es: { ...formMessages.es, ...scopeQuestionMessages.es, ...scopeAreaMessages.es },
};
